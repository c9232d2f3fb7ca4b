using System.Text;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NhacHan.Bot.Options;
using NhacHan.Bot.Telegram.Chat;
using NhacHan.Bot.Telegram.Html;
using NhacHan.Domain.Reminders;
using NhacHan.Domain.Storage;

namespace NhacHan.Bot.Telegram.Uploads;

/// <summary>
/// Bot:NotifyNewPlans: after a plan is stored, tells each subscribed chat with a profile which of its upcoming
/// deadlines concern that chat. Runs in the background (the outbox paces it) so the admin's button returns at once.
/// Chats without a profile are skipped: everything "concerns" them, and a notice to every chat would be noise.
/// </summary>
public sealed partial class NewPlanNotices(
    IChatStore chats,
    TelegramReplies replies,
    BotContext context,
    IOptions<BotOptions> options,
    IHostApplicationLifetime lifetime,
    ILogger<NewPlanNotices> log)
{
    /// <summary>Starts the notices; returns the background task (tests await it), or null when there is nothing to do.</summary>
    public Task? Announce(StoredPlan plan, long exceptChatId)
    {
        if (!options.Value.NotifyNewPlans || plan.Source.IsSample || plan.Status != PlanStatus.Active) return null;
        var today = context.Today;
        var notices = chats.All()
            .Where(c => c.Subscribed && c.ChatId != exceptChatId && (c.Level is not null || c.Unit is { Length: > 0 }))
            .Select(c => (Chat: c, Rows: plan.Plan.Deadlines.Select((d, i) => new DeadlineRow(plan, i, d))
                .Where(r => !r.Deadline.Done && r.Deadline.Date >= today && Relevance.Concerns(r.Deadline, plan.Id, c))
                .OrderBy(r => r.Deadline.Date).ToArray()))
            .Where(x => x.Rows.Length > 0)
            .ToArray();
        if (notices.Length == 0) return null;
        var stopping = lifetime.ApplicationStopping;
        return Task.Run(async () =>
        {
            foreach (var (chat, rows) in notices)
            {
                try
                {
                    await replies.Send(chat.ChatId, Text(plan, rows, today),
                        Keyboards.Rows([[Keyboards.Button("Xem kế hoạch", $"kh:p:{plan.Id}")]]), stopping).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (stopping.IsCancellationRequested)
                {
                    return;
                }
                catch (Exception e)
                {
                    LogFailed(e, chat.ChatId, plan.Id);
                }
            }
            LogSent(plan.Id, notices.Length);
        }, CancellationToken.None);
    }

    public static string Text(StoredPlan plan, IReadOnlyList<DeadlineRow> rows, DateOnly today)
    {
        var first = rows[0].Deadline;
        var sb = new StringBuilder("📄 <b>Kế hoạch mới</b>: ").Append(TelegramHtml.Escape(Texts.PlanName(plan.Plan)));
        sb.Append('\n').Append(rows.Count).Append(" mốc liên quan đến bạn; gần nhất: <b>").Append(DeadlineText.When(first)).Append("</b> (")
            .Append(Texts.Countdown(first.Date, today)).Append(") — ").Append(TelegramHtml.Escape(first.Who)).Append(": ")
            .Append(TelegramHtml.Escape(first.What));
        sb.Append("\nGõ /sapden để xem các hạn sắp đến.");
        return sb.ToString();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "New plan {PlanId} announced to {Chats} chats")]
    private partial void LogSent(string planId, int chats);

    [LoggerMessage(Level = LogLevel.Warning, Message = "New plan notice to chat {ChatId} for plan {PlanId} failed")]
    private partial void LogFailed(Exception e, long chatId, string planId);
}
