using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using NhacHan.Bot.Options;
using NhacHan.Bot.Reminders;
using NhacHan.Bot.Telegram;
using NhacHan.Domain.Plans;
using NhacHan.Domain.Reminders;
using NhacHan.Domain.Storage;
using Telegram.Bot;

namespace NhacHan.Bot.Tests.Reminders;

/// <summary>
/// A reminder stack over a real LiteDB file in a temp folder, a FakeTimeProvider for "now", and a Telegram client
/// (recording, or a real one against the emulator). <see cref="Restart"/> reopens the file with new instances,
/// as a restarted bot process would.
/// </summary>
internal sealed class ReminderHarness : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("nhachan-rem-").FullName;

    public ReminderHarness(ITelegramBotClient? bot = null, DateTimeOffset? now = null, BotOptions? botOptions = null)
    {
        Bot = bot ?? new RecordingBot();
        BotOptions = botOptions ?? new BotOptions();
        Time = new FakeTimeProvider(now ?? Local(2024, 1, 19, 7, 0));
        Open();
    }

    public ITelegramBotClient Bot { get; }

    public RecordingBot Recorder => (RecordingBot)Bot;

    public BotOptions BotOptions { get; }

    public FakeTimeProvider Time { get; }

    public InMemoryPlanStore Plans { get; } = new();

    public string DbPath => Path.Combine(_dir, "nhachan.db");

    public NhacHanDatabase Db { get; private set; } = null!;

    public LiteDbChatStore Chats { get; private set; } = null!;

    public ReminderLog Log { get; private set; } = null!;

    public ReminderPlanner Planner { get; } = new(new ReminderOptions().ToSettings());

    public TelegramOutbox Outbox { get; private set; } = null!;

    public ReminderDispatcher Dispatcher { get; private set; } = null!;

    public static DateTimeOffset Local(int y, int m, int d, int h = 0, int min = 0) => new(y, m, d, h, min, 0, TimeSpan.FromHours(7));

    public static Plan Plan35() =>
        PlanJson.Deserialize(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "fixtures", "reminders", "plan-35.json")));

    public static StoredPlan Stored(Plan plan, string id = "p35") =>
        new(id, plan, PlanStatus.Active, new PlanSource("plan.txt", "sha", "cli", DateTimeOffset.UnixEpoch, false));

    public void AddChat(long id, UnitLevel? level = UnitLevel.Grassroots) => Chats.Upsert(new ChatProfile(id) { Level = level });

    private void Open()
    {
        Db = NhacHanDatabase.Open(DbPath);
        Chats = new LiteDbChatStore(Db, new LiteDbAuditLog(Db), Time);
        Log = new ReminderLog(Db);
        // The outbox paces in real time (it waits between real sends); "now" for planning is the fake clock.
        Outbox = new TelegramOutbox(Bot, Chats, Microsoft.Extensions.Options.Options.Create(BotOptions), NullLogger<TelegramOutbox>.Instance);
        Dispatcher = new ReminderDispatcher(Plans, Chats, Log, Planner, Outbox, Time, NullLogger<ReminderDispatcher>.Instance);
    }

    /// <summary>A clean restart: everything but the database file and the plans is new.</summary>
    public void Restart()
    {
        Db.Dispose();
        Open();
    }

    public ReminderCallbackHandler Callbacks() => new(Log, Planner,
        new SettingsCommand(Chats, Outbox, Microsoft.Extensions.Options.Options.Create(new ReminderOptions()), Time),
        Outbox, Time, NullLogger<ReminderCallbackHandler>.Instance);

    public void Dispose()
    {
        Db.Dispose();
        try
        {
            Directory.Delete(_dir, recursive: true);
        }
        catch (IOException)
        {
            // Best effort.
        }
    }
}
