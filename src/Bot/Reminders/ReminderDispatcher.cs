using Microsoft.Extensions.Logging;
using NhacHan.Bot.Telegram;
using NhacHan.Domain.Reminders;
using NhacHan.Domain.Storage;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types.Enums;

namespace NhacHan.Bot.Reminders;

/// <summary>
/// One round of reminding: asks the planner what is due now, sends each chat's messages through the outbox one
/// by one and logs each message's reminders right after its successful send — so a crash can repeat at most the
/// message that was in flight, and nothing logged is ever sent again.
/// </summary>
public sealed partial class ReminderDispatcher(
    IPlanStore plans,
    IChatStore chats,
    ReminderLog log,
    ReminderPlanner planner,
    ITelegramOutbox outbox,
    TimeProvider time,
    ILogger<ReminderDispatcher> logger)
{
    /// <summary>Sends what is due; returns the number of messages delivered.</summary>
    public async Task<int> RunOnce(CancellationToken ct)
    {
        var allPlans = plans.All();
        var allChats = chats.All();
        var batches = planner.Due(allPlans, allChats, time.GetUtcNow(), log);
        var now = time.GetUtcNow();
        // Round-robin by the earliest moment each message may go (a chat's n-th message n seconds in, a
        // group's 3n), so one chat's pacing never holds the others back in this one-at-a-time loop.
        var queue = batches
            .SelectMany(b => ReminderMessage.For(b, now).Select((m, i) => (b.ChatId, Index: i * (b.ChatId < 0 ? 3 : 1), Message: m)))
            .OrderBy(x => x.Index).ThenBy(x => x.ChatId)
            .ToArray();
        var gone = new HashSet<long>();
        var delivered = 0;
        foreach (var (chatId, _, message) in queue)
        {
            ct.ThrowIfCancellationRequested();
            if (gone.Contains(chatId)) continue;
            var outcome = await Deliver(chatId, message, ct).ConfigureAwait(false);
            if (outcome == Outcome.Sent) delivered++;
            if (outcome == Outcome.ChatGone) gone.Add(chatId);
        }
        if (delivered > 0) LogRound(delivered, batches.Count);
        return delivered;
    }

    /// <summary>When to look again: the next planned send within <paramref name="horizon"/>, else the horizon.</summary>
    public DateTimeOffset NextWake(TimeSpan horizon)
    {
        var now = time.GetUtcNow();
        return planner.NextAfter(plans.All(), chats.All(), now, horizon, log) ?? now + horizon;
    }

    private enum Outcome
    {
        Sent,
        ChatGone,
        Failed,
    }

    private async Task<Outcome> Deliver(long chatId, ReminderMessage message, CancellationToken ct)
    {
        try
        {
            var sent = await outbox.Send(chatId, (bot, c) => bot.SendMessage(chatId, message.Html, ParseMode.Html, replyMarkup: message.Keyboard, cancellationToken: c), ct)
                .ConfigureAwait(false);
            if (sent is null) return Outcome.ChatGone; // 403: the outbox unsubscribed the chat.
            log.MarkSent(message.Items, time.GetUtcNow());
            return Outcome.Sent;
        }
        catch (ApiRequestException e) when (e.ErrorCode == 400)
        {
            // A request Telegram will never accept ("chat not found", bad markup): log it as handled so it is not
            // retried every minute, and say so loudly.
            LogRejected(chatId, e.Message);
            log.MarkSent(message.Items, time.GetUtcNow());
            return Outcome.Failed;
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            // Retries are exhausted: leave it unlogged; the next round tries again.
            LogFailed(chatId, e.GetType().Name, e.Message);
            return Outcome.Failed;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Sent {Messages} reminder messages to {Chats} chats")]
    private partial void LogRound(int messages, int chats);

    [LoggerMessage(Level = LogLevel.Error, Message = "Telegram rejected a reminder for chat {ChatId}: {Reason}; it will not be retried")]
    private partial void LogRejected(long chatId, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reminder for chat {ChatId} not delivered ({Error}: {Reason}); will retry")]
    private partial void LogFailed(long chatId, string error, string reason);
}
