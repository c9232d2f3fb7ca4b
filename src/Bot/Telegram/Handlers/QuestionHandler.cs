using NhacHan.Bot.Telegram.Chat;
using NhacHan.Domain.Answers;
using NhacHan.Domain.Storage;
using Telegram.Bot.Types;

namespace NhacHan.Bot.Telegram.Handlers;

/// <summary>Free text: the unit name when onboarding asked for it, otherwise a question for the engine.</summary>
public sealed class QuestionHandler(
    IConversationEngine engine,
    IChatStore chats,
    DialogState dialog,
    Onboarding onboarding,
    ChoiceKeyboard keyboard,
    TelegramReplies replies)
{
    public async Task Handle(Message message, string text, CancellationToken ct)
    {
        var chatId = message.Chat.Id;
        if (dialog.IsAwaitingUnit(chatId))
        {
            await onboarding.SetUnit(chatId, text, ct).ConfigureAwait(false);
            return;
        }
        var answer = engine.Ask(text, chats.Get(chatId));
        await replies.Send(chatId, answer.Text, keyboard.For(answer.Choices), ct).ConfigureAwait(false);
    }
}
