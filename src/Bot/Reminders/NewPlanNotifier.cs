using System.Text;
using System.Threading.Channels;
using LiteDB;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NhacHan.Bot.Options;
using NhacHan.Bot.Telegram;
using NhacHan.Domain.Reminders;
using NhacHan.Domain.Storage;
using Telegram.Bot;
using Telegram.Bot.Types.Enums;

namespace NhacHan.Bot.Reminders;

/// <summary>
/// "Kế hoạch mới": when a new active, non-sample plan is stored, every subscribed chat it concerns (a deadline or
/// schedule item for its level or unit) gets a short notice; a new version of a plan already announced (same id,
/// another file) gets "Kế hoạch được cập nhật" instead. Once per version: remembered in "reminder_plan_notices"
/// by plan id + SHA-256 of the file. Off when Bot:NotifyNewPlans is false. The store's event only queues the
/// plan; sending happens here.
/// </summary>
public sealed partial class NewPlanNotifier : BackgroundService
{
    private readonly IPlanStore _plans;
    private readonly IChatStore _chats;
    private readonly ITelegramOutbox _outbox;
    private readonly ReminderPlanner _planner;
    private readonly TimeProvider _time;
    private readonly ILiteCollection<BsonDocument> _notices;
    private readonly bool _enabled;
    private readonly ILogger<NewPlanNotifier> _log;
    private readonly Channel<StoredPlan> _queue = Channel.CreateUnbounded<StoredPlan>(new UnboundedChannelOptions { SingleReader = true });

    public NewPlanNotifier(
        IPlanStore plans, IChatStore chats, ITelegramOutbox outbox, ReminderPlanner planner, NhacHanDatabase db,
        TimeProvider time, IOptions<BotOptions> bot, ILogger<NewPlanNotifier> log)
    {
        _plans = plans;
        _chats = chats;
        _outbox = outbox;
        _planner = planner;
        _time = time;
        _notices = db.Lite.GetCollection("reminder_plan_notices");
        _notices.EnsureIndex("plan");
        _enabled = bot.Value.NotifyNewPlans;
        _log = log;
        if (_enabled) _plans.Changed += OnChanged;
    }

    private void OnChanged(StoredPlan plan)
    {
        if (ReminderPlanner.Eligible(plan)) _queue.Writer.TryWrite(plan);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!_enabled) return;
        try
        {
            await foreach (var plan in _queue.Reader.ReadAllAsync(stoppingToken).ConfigureAwait(false))
            {
                try
                {
                    await Notify(plan, stoppingToken).ConfigureAwait(false);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    LogFailed(plan.Id, e);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    /// <summary>Sends the notice for one plan to the chats it concerns; returns how many got it.</summary>
    public async Task<int> Notify(StoredPlan plan, CancellationToken ct)
    {
        if (!ReminderPlanner.Eligible(plan)) return 0;
        var key = $"{plan.Id}:{plan.Source.Sha256}";
        if (_notices.FindById(key) is not null) return 0;
        // An earlier version was announced: a record for this plan id (or one written before versions were keyed,
        // whose _id is the bare plan id).
        var update = _notices.Exists(Query.EQ("plan", plan.Id)) || _notices.FindById(plan.Id) is not null;
        _notices.Upsert(new BsonDocument
        {
            ["_id"] = key, ["plan"] = plan.Id, ["sha256"] = plan.Source.Sha256, ["at"] = _time.GetUtcNow().UtcDateTime,
        });
        var now = _time.GetUtcNow();
        var sent = 0;
        foreach (var chat in _chats.All().Where(ReminderPlanner.Eligible))
        {
            // What this chat will be reminded of from this plan over the next year.
            var upcoming = _planner.Schedule([plan], [chat], now, now.AddYears(1))
                .GroupBy(r => r.Target.Key).Select(g => g.First().Target).OrderBy(t => t.DueAt).ToArray();
            if (upcoming.Length == 0) continue;
            var html = update ? UpdatedText(plan, upcoming) : Text(plan, upcoming);
            var m = await _outbox.Send(chat.ChatId, (bot, c) => bot.SendMessage(chat.ChatId, html, ParseMode.Html, cancellationToken: c), ct).ConfigureAwait(false);
            if (m is not null) sent++;
        }
        LogNotified(plan.Id, update ? "new version" : "new plan", sent);
        return sent;
    }

    public static string Text(StoredPlan plan, IReadOnlyList<ReminderTarget> upcoming) =>
        Compose("🆕 <b>Kế hoạch mới</b>: ", plan, upcoming, "Có ", "Bot sẽ nhắc trước mỗi hạn. Đổi cài đặt: /caidat");

    /// <summary>A new version of a plan already announced: its dates may have moved, so the nearest one is repeated.</summary>
    public static string UpdatedText(StoredPlan plan, IReadOnlyList<ReminderTarget> upcoming) =>
        Compose("🔄 <b>Kế hoạch được cập nhật</b>: ", plan, upcoming, "Bản mới có ",
            "Bot sẽ nhắc theo bản mới. Đổi cài đặt: /caidat");

    private static string Compose(string head, StoredPlan plan, IReadOnlyList<ReminderTarget> upcoming, string countLead, string tail)
    {
        var sb = new StringBuilder(head);
        sb.Append(ReminderText.Html(ReminderText.PlanLabel(plan)));
        if (plan.Plan.Number is not null && plan.Plan.Title.Length > 0) sb.Append(" — ").Append(ReminderText.Html(ReminderText.Shorten(plan.Plan.Title, 160)));
        sb.Append('\n').Append(countLead).Append(upcoming.Count).Append(" việc liên quan đến đơn vị bạn. Gần nhất:\n");
        var first = upcoming[0];
        sb.Append("• ").Append(ReminderText.Html(ReminderText.DatePhrase(first))).Append(": ").Append(ReminderText.Html(ReminderText.Duty(first)));
        if (first.Section.Length > 0) sb.Append(" (mục ").Append(ReminderText.Html(first.Section)).Append(')');
        sb.Append('\n').Append(tail);
        return sb.ToString();
    }

    public override void Dispose()
    {
        _plans.Changed -= OnChanged;
        base.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Plan {PlanId} ({Kind}): notice sent to {Chats} chats")]
    private partial void LogNotified(string planId, string kind, int chats);

    [LoggerMessage(Level = LogLevel.Error, Message = "New plan notice for {PlanId} failed")]
    private partial void LogFailed(string planId, Exception e);
}
