using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NhacHan.Bot.Hosting;
using NhacHan.Bot.Options;
using NhacHan.Bot.Telegram;
using NhacHan.Bot.Telegram.Runtime;
using NhacHan.Bot.Tests.Emulator;
using NhacHan.Bot.Tests.Telegram.Fakes;
using NhacHan.Domain.Answers;
using NhacHan.Domain.Storage;
using Telegram.Bot;

namespace NhacHan.Bot.Tests.Telegram;

/// <summary>How a test wants its bot. <see cref="UseFakes"/> swaps in the in-memory plan store and the small fake
/// engine; set it false (or delete the overrides in <see cref="TestBotHost"/>) once the real ones are registered.</summary>
public sealed record TestBotSetup
{
    public const long AdminId = 777_001;

    public string Token { get; init; } = EmulatorFixture.NewToken();
    public string DbPath { get; init; } = Path.Combine(Path.GetTempPath(), $"nhachan-tg-{Guid.NewGuid():N}.db");
    public bool UseFakes { get; init; } = true;
    public FakePlanStore Plans { get; init; } = new();

    /// <summary>07:00 on 20/01/2024 in Hà Nội.</summary>
    public DateTimeOffset Now { get; init; } = new(2024, 1, 20, 0, 0, 0, TimeSpan.Zero);

    public IReadOnlyDictionary<string, string?> Extra { get; init; } = new Dictionary<string, string?>();

    /// <summary>Last-word service changes of one test.</summary>
    public Action<IServiceCollection>? Services { get; init; }
}

/// <summary>The real host (NhacHanHost, role Run) pointed at the emulator, with test-friendly settings.</summary>
public sealed class TestBotHost : IAsyncDisposable
{
    private TestBotHost(TestBotSetup setup, IHost host)
    {
        Setup = setup;
        Host = host;
    }

    public TestBotSetup Setup { get; }
    public IHost Host { get; }
    public IServiceProvider Services => Host.Services;
    public IPlanStore Plans => Services.GetRequiredService<IPlanStore>();
    public UpdateDispatcher Dispatcher => Services.GetRequiredService<UpdateDispatcher>();

    public static async Task<TestBotHost> Start(EmulatorFixture emulator, TestBotSetup? setup = null)
    {
        setup ??= new TestBotSetup();
        var overrides = new Dictionary<string, string?>
        {
            ["Bot:Token"] = setup.Token,
            ["Bot:ApiBaseUrl"] = emulator.BaseUrl,
            ["Bot:Admins:0"] = TestBotSetup.AdminId.ToString(CultureInfo.InvariantCulture),
            ["Bot:PollTimeoutSeconds"] = "10",
            // The plain emulator has no flood limits; Telegram's would make these tests take minutes. (The outbox's
            // token buckets replenish on a timer: a period under 1 ms never fires, so 1000/s is the ceiling.)
            ["Bot:Outbox:GlobalPerSecond"] = "1000",
            ["Bot:Outbox:PrivateChatPerSecond"] = "100",
            ["Bot:Outbox:GroupPerMinute"] = "6000",
            ["Bot:NotifyNewPlans"] = "false",
            ["Reminders:Enabled"] = "false",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (k, v) in setup.Extra) overrides[k] = v;
        var settings = new HostSettings
        {
            DbPath = setup.DbPath,
            NoSample = true,
            Overrides = overrides,
            ConfigureServices = services =>
            {
                services.AddSingleton<TimeProvider>(new FakeTimeProvider(setup.Now));
                // The fake clock fixes "today"; the outbox must still pace (and wait) in real time.
                services.AddSingleton<ITelegramOutbox>(sp => new TelegramOutbox(sp.GetRequiredService<ITelegramBotClient>(),
                    sp.GetRequiredService<IChatStore>(), sp.GetRequiredService<IOptions<BotOptions>>(),
                    sp.GetRequiredService<ILogger<TelegramOutbox>>(), TimeProvider.System));
                // Tests run many hosts in one process; the shared heartbeat file is the Docker probe's business.
                foreach (var d in services.Where(d => d.ImplementationType == typeof(Heartbeat)).ToArray()) services.Remove(d);
                if (setup.UseFakes)
                {
                    services.AddSingleton<IPlanStore>(setup.Plans);
                    services.AddSingleton<IConversationEngine, FakeConversationEngine>();
                }
                setup.Services?.Invoke(services);
            },
        };
        var host = NhacHanHost.Build(settings, HostRole.Run);
        await host.StartAsync().WaitAsync(TimeSpan.FromSeconds(30));
        return new TestBotHost(setup, host);
    }

    public async Task Stop()
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        await Host.StopAsync(cts.Token);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await Stop();
        }
        finally
        {
            Host.Dispose();
        }
    }

    /// <summary>Deletes the database file (tests that restart keep it between hosts).</summary>
    public static void DeleteDb(string path)
    {
        File.Delete(path);
        File.Delete(Path.ChangeExtension(path, null) + "-log.db");
    }
}
