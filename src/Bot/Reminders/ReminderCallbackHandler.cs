using System.Globalization;
using Microsoft.Extensions.Logging;
using NhacHan.Bot.Telegram;
using NhacHan.Domain.Reminders;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace NhacHan.Bot.Reminders;

/// <summary>
/// The reminder buttons: "rm:d:KEY" [Đã xong] stops that deadline's reminders for the chat, "rm:s:KEY"
/// [Nhắc lại sau] snoozes it for a day; "rm:c:…" are the /caidat buttons (<see cref="SettingsCommand"/>).
/// </summary>
public sealed partial class ReminderCallbackHandler(
    ReminderLog log,
    ReminderPlanner planner,
    SettingsCommand settings,
    ITelegramOutbox outbox,
    TimeProvider time,
    ILogger<ReminderCallbackHandler> logger) : ICallbackHandler
{
    public const string CallbackPrefix = "rm";

    public string Prefix => CallbackPrefix;

    public async Task Handle(CallbackQuery query, string payload, CancellationToken ct)
    {
        if (payload.StartsWith(CallbackPrefix + ":", StringComparison.Ordinal)) payload = payload[(CallbackPrefix.Length + 1)..];
        var chatId = query.Message?.Chat.Id ?? query.From.Id;
        var now = time.GetUtcNow();
        string answer;
        if (payload.StartsWith("d:", StringComparison.Ordinal))
        {
            log.MarkDone(chatId, payload[2..], now);
            answer = "Đã ghi nhận hoàn thành: sẽ không nhắc việc này nữa.";
            LogAction(chatId, "done", payload[2..]);
        }
        else if (payload.StartsWith("s:", StringComparison.Ordinal))
        {
            var s = planner.Settings;
            var until = s.OutOfQuiet(now + s.SnoozeFor);
            log.Snooze(chatId, payload[2..], until);
            answer = $"Sẽ nhắc lại lúc {s.ToLocal(until).ToString("HH:mm 'ngày' dd/MM/yyyy", CultureInfo.InvariantCulture)}.";
            LogAction(chatId, "snooze", payload[2..]);
        }
        else if (payload.StartsWith("c:", StringComparison.Ordinal))
        {
            answer = await settings.Apply(query, payload[2..], ct).ConfigureAwait(false);
        }
        else
        {
            answer = "Nút này không còn dùng được.";
        }
        await outbox.Send(chatId, async (bot, c) =>
        {
            await bot.AnswerCallbackQuery(query.Id, answer, cancellationToken: c).ConfigureAwait(false);
            return true;
        }, ct).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Chat {ChatId} pressed {Action} on {Key}")]
    private partial void LogAction(long chatId, string action, string key);
}
