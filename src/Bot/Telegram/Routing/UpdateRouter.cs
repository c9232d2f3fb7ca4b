using Microsoft.Extensions.Logging;
using NhacHan.Bot.Telegram.Chat;
using NhacHan.Bot.Telegram.Handlers;
using NhacHan.Bot.Telegram.Uploads;
using NhacHan.Domain.Storage;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace NhacHan.Bot.Telegram.Routing;

/// <summary>
/// One update → one handler: commands by name (every <see cref="ICommandHandler"/> in DI), button presses by the
/// prefix of their data (every <see cref="ICallbackHandler"/>), documents to the upload flow, text to the engine.
/// </summary>
public sealed partial class UpdateRouter(
    IEnumerable<ICommandHandler> commands,
    IEnumerable<ICallbackHandler> callbacks,
    QuestionHandler questions,
    UploadHandler uploads,
    BotIdentityProvider identity,
    TelegramReplies replies,
    ITelegramBotClient bot,
    IChatStore chats,
    ILogger<UpdateRouter> log)
{
    public const string StaleButton = "Nút này không còn dùng được. Gõ /help để bắt đầu lại.";

    public Task Route(Update update, CancellationToken ct) => update switch
    {
        { Message: { } message } => RouteMessage(message, ct),
        { CallbackQuery: { } query } => RouteCallback(query, ct),
        { MyChatMember: { NewChatMember.Status: ChatMemberStatus.Kicked or ChatMemberStatus.Left } member } => Removed(member),
        { MyChatMember: { NewChatMember.Status: ChatMemberStatus.Member or ChatMemberStatus.Administrator } member } => Readded(member),
        _ => Ignore(update.Type.ToString()),
    };

    private async Task RouteMessage(Message message, CancellationToken ct)
    {
        var me = await identity.Get(ct).ConfigureAwait(false);
        switch (IncomingClassifier.Classify(message, me))
        {
            case CommandIncoming { Name: var name, Arguments: var args }:
                var handler = commands.FirstOrDefault(h => h.Command == name);
                if (handler is not null) await handler.Handle(message, args, ct).ConfigureAwait(false);
                // In a group an unknown "/x" is usually meant for another bot: stay quiet there.
                else if (message.Chat.Id > 0) await replies.Send(message.Chat.Id, CommandMenu.UnknownCommand(name, commands), null, ct).ConfigureAwait(false);
                else LogIgnored(message.Chat.Id, "unknown command in a group");
                break;
            case DocumentIncoming:
                await uploads.Handle(message, ct).ConfigureAwait(false);
                break;
            case TextIncoming { Text: var text }:
                await questions.Handle(message, text, ct).ConfigureAwait(false);
                break;
            case IgnoredIncoming { Reason: var reason }:
                LogIgnored(message.Chat.Id, reason);
                break;
        }
    }

    private async Task RouteCallback(CallbackQuery query, CancellationToken ct)
    {
        // Answer first: it stops the button's spinner, and a query can be answered only once. A query too old to
        // answer (after a restart) is still handled.
        try
        {
            await bot.AnswerCallbackQuery(query.Id, cancellationToken: ct).ConfigureAwait(false);
        }
        catch (ApiRequestException e) when (e.ErrorCode == 400)
        {
            LogUnanswerable(query.Id, e.Message);
        }
        var data = query.Data ?? "";
        var colon = data.IndexOf(':', StringComparison.Ordinal);
        var prefix = colon < 0 ? data : data[..colon];
        var payload = colon < 0 ? "" : data[(colon + 1)..];
        var handler = callbacks.FirstOrDefault(h => h.Prefix == prefix);
        if (handler is null)
        {
            await replies.Send(query.Message?.Chat.Id ?? query.From.Id, StaleButton, null, ct).ConfigureAwait(false);
            return;
        }
        await handler.Handle(query, payload, ct).ConfigureAwait(false);
    }

    private Task Removed(ChatMemberUpdated member)
    {
        chats.Unsubscribe(member.Chat.Id, $"telegram: {member.NewChatMember.Status}");
        return Task.CompletedTask;
    }

    /// <summary>Unblocked, or added back to the group: reminders may reach the chat again.</summary>
    private Task Readded(ChatMemberUpdated member)
    {
        if (chats.Get(member.Chat.Id) is { Subscribed: false } profile) chats.Upsert(profile with { Subscribed = true });
        return Task.CompletedTask;
    }

    private Task Ignore(string type)
    {
        LogIgnoredUpdate(type);
        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Message in chat {ChatId} ignored: {Reason}")]
    private partial void LogIgnored(long chatId, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Callback query {QueryId} could not be answered: {Reason}")]
    private partial void LogUnanswerable(string queryId, string reason);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Update of type {Type} ignored")]
    private partial void LogIgnoredUpdate(string type);
}
