using NhacHan.Bot.Telegram.Chat;
using NhacHan.Bot.Telegram.Html;
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
        var replyTo = message.Chat.Id < 0 ? message.MessageId : (int?)null;
        await replies.Send(chatId, TelegramHtml.Render(answer.Text), keyboard.For(answer.Choices), replyTo, ct).ConfigureAwait(false);
    }
}
