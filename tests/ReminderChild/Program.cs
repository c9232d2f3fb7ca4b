using System.Globalization;
using Microsoft.Extensions.Logging.Abstractions;
using NhacHan.Bot.Options;
using NhacHan.Bot.Reminders;
using NhacHan.Bot.Telegram;
using NhacHan.Domain.Plans;
using NhacHan.Domain.Reminders;
using NhacHan.Domain.Storage;
using Telegram.Bot;

// Usage: NhacHan.ReminderChild DB PLAN_JSON BASE_URL TOKEN NOW_ISO
// Runs one reminder round ("now" fixed) and prints the number of messages delivered.
if (args.Length != 5)
{
    Console.Error.WriteLine("usage: DB PLAN_JSON BASE_URL TOKEN NOW_ISO");
    return 2;
}
var now = DateTimeOffset.Parse(args[4], CultureInfo.InvariantCulture);
var time = new StoppedClock(now);
using var db = NhacHanDatabase.Open(args[0]);
var chats = new LiteDbChatStore(db, new LiteDbAuditLog(db), time);
var plan = PlanJson.Deserialize(File.ReadAllText(args[1]));
var plans = new FixedPlanStore(new StoredPlan("p35", plan, PlanStatus.Active, new PlanSource("plan.json", "sha", "cli", DateTimeOffset.UnixEpoch, false)));
var bot = new TelegramBotClient(new TelegramBotClientOptions(args[3], args[2]) { RetryThreshold = 0 });
var outbox = new TelegramOutbox(bot, chats, Microsoft.Extensions.Options.Options.Create(new BotOptions()), NullLogger<TelegramOutbox>.Instance);
var dispatcher = new ReminderDispatcher(plans, chats, new ReminderLog(db), new ReminderPlanner(new ReminderOptions().ToSettings()), outbox, time,
    NullLogger<ReminderDispatcher>.Instance);
Console.WriteLine("started");
var delivered = await dispatcher.RunOnce(CancellationToken.None);
Console.WriteLine(delivered.ToString(CultureInfo.InvariantCulture));
return 0;

/// <summary>"Now" stays at the given moment (the planner's view); real waits still use the system clock.</summary>
internal sealed class StoppedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
}

/// <summary>One plan, read-only.</summary>
internal sealed class FixedPlanStore(StoredPlan plan) : IPlanStore
{
    public event Action<StoredPlan>? Changed
    {
        add { }
        remove { }
    }

    public IReadOnlyList<StoredPlan> All() => [plan];

    public StoredPlan? Get(string id) => id == plan.Id ? plan : null;

    public ImportCheck Check(Plan p, ReadOnlySpan<byte> fileBytes) => throw new NotSupportedException();

    public ImportOutcome Save(Plan p, string fileName, byte[] fileBytes, string uploadedBy, bool isSample = false) => throw new NotSupportedException();

    public bool Archive(string id, string by) => throw new NotSupportedException();

    public byte[]? OpenOriginal(string id) => null;
}
