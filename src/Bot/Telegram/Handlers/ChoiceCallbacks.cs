using NhacHan.Bot.Telegram.Chat;
using NhacHan.Domain.Answers;
using NhacHan.Domain.Storage;
using Telegram.Bot.Types;

namespace NhacHan.Bot.Telegram.Handlers;

/// <summary>A press on one of the engine's choices → engine.Choose → a new answer.</summary>
public sealed class ChoiceCallbacks(IConversationEngine engine, IChatStore chats, ChoiceKeyboard keyboard, TelegramReplies replies) : ICallbackHandler
{
    public string Prefix => ChoiceKeyboard.Prefix;

    public async Task Handle(CallbackQuery query, string payload, CancellationToken ct)
    {
        var chatId = query.Message?.Chat.Id ?? query.From.Id;
        if (keyboard.Action(payload) is not { } action)
        {
            await replies.Send(chatId, Routing.UpdateRouter.StaleButton, null, ct).ConfigureAwait(false);
            return;
        }
        var answer = engine.Choose(action, chats.Get(chatId));
        await replies.Send(chatId, answer.Text, keyboard.For(answer.Choices), ct).ConfigureAwait(false);
    }
}
