using NhacHan.Bot.Telegram.Html;
using RichText = NhacHan.Domain.Answers.RichText;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace NhacHan.Bot.Telegram.Chat;

/// <summary>Sends HTML replies through the outbox: split at 4096 characters, the keyboard on the last part.</summary>
public sealed class TelegramReplies(ITelegramOutbox outbox)
{
    public Task Send(long chatId, string html, InlineKeyboardMarkup? keyboard, CancellationToken ct) =>
        Send(chatId, html, keyboard, replyTo: null, ct);

    /// <param name="replyTo">In groups, the question being answered, so the answer shows which one it is.</param>
    public async Task Send(long chatId, string html, InlineKeyboardMarkup? keyboard, int? replyTo, CancellationToken ct)
    {
        var parts = HtmlSplitter.Split(html);
        for (var i = 0; i < parts.Count; i++)
        {
            var text = parts[i];
            var markup = i == parts.Count - 1 ? keyboard : null;
            var reply = i == 0 && replyTo is { } id ? new ReplyParameters { MessageId = id, AllowSendingWithoutReply = true } : null;
            await outbox.Send(chatId, (bot, c) => bot.SendMessage(chatId, text, ParseMode.Html, replyParameters: reply, replyMarkup: markup,
                linkPreviewOptions: new LinkPreviewOptions { IsDisabled = true }, cancellationToken: c), ct).ConfigureAwait(false);
        }
    }

    public Task Send(long chatId, RichText text, InlineKeyboardMarkup? keyboard, CancellationToken ct) =>
        Send(chatId, TelegramHtml.Render(text), keyboard, ct);

    /// <summary>Redraws the message a button belongs to (pages, confirmations); sends anew when it cannot.</summary>
    public async Task Edit(CallbackQuery query, string html, InlineKeyboardMarkup? keyboard, CancellationToken ct)
    {
        var chatId = query.Message?.Chat.Id ?? query.From.Id;
        var parts = HtmlSplitter.Split(html);
        if (query.Message is not { } message || parts.Count != 1)
        {
            await Send(chatId, html, keyboard, ct).ConfigureAwait(false);
            return;
        }
        try
        {
            await outbox.Send(chatId, (bot, c) => bot.EditMessageText(chatId, message.MessageId, parts[0], ParseMode.Html,
                replyMarkup: keyboard, linkPreviewOptions: new LinkPreviewOptions { IsDisabled = true }, cancellationToken: c), ct)
                .ConfigureAwait(false);
        }
        catch (ApiRequestException e) when (e.ErrorCode == 400 && e.Message.Contains("not modified", StringComparison.OrdinalIgnoreCase))
        {
            // The same page pressed twice: nothing to redraw.
        }
    }

    public async Task SendDocument(long chatId, string fileName, byte[] bytes, string? captionHtml, CancellationToken ct)
    {
        await outbox.Send(chatId, async (bot, c) =>
        {
            using var stream = new MemoryStream(bytes, writable: false);
            return await bot.SendDocument(chatId, InputFile.FromStream(stream, fileName), captionHtml, ParseMode.Html, cancellationToken: c)
                .ConfigureAwait(false);
        }, ct).ConfigureAwait(false);
    }
}
