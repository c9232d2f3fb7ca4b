using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using NhacHan.Bot.Options;
using NhacHan.Bot.Telegram.Runtime;
using NhacHan.Bot.Tests.Telegram.Fakes;
using NhacHan.Domain.Storage;

namespace NhacHan.Bot.Tests.Telegram;

/// <summary>A failed setWebhook at start is retried with doubling waits (capped) until it succeeds or the host stops.</summary>
public sealed class WebhookRetryTests : IDisposable
{
    private const string Token = "123456:AAFakeTokenForRetryTests_abcdefghijk";
    private readonly NhacHanDatabase _db = NhacHanDatabase.InMemory();
    private readonly TimerWatch _time = new();
    private readonly LogCapture _logs = new();
    private readonly ILoggerFactory _loggers;
    private readonly ServiceProvider _services = new ServiceCollection().BuildServiceProvider();

    public WebhookRetryTests() => _loggers = LoggerFactory.Create(b => b.AddProvider(_logs).SetMinimumLevel(LogLevel.Debug));

    private BotStartup Startup(FlakyWebhookBot bot) => new(
        bot,
        _services.GetRequiredService<IServiceScopeFactory>(),
        new UpdateLedger(_db, _time),
        Microsoft.Extensions.Options.Options.Create(new BotOptions
        {
            Token = Token,
            Webhook = new WebhookOptions { Enabled = true, Url = "https://bot.example.vn/telegram/update", SecretToken = "s" },
        }),
        _time,
        _loggers.CreateLogger<BotStartup>());

    /// <summary>A fake clock that also records each wait started on it, so the test advances only once a wait is armed.</summary>
    private sealed class TimerWatch() : FakeTimeProvider(new DateTimeOffset(2024, 1, 20, 1, 0, 0, TimeSpan.Zero))
    {
        private readonly System.Collections.Concurrent.ConcurrentQueue<TimeSpan> _waits = new();

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            _waits.Enqueue(dueTime);
            return base.CreateTimer(callback, state, dueTime, period);
        }

        /// <summary>The next wait the code under test starts (at most 5 s of real time).</summary>
        public async Task<TimeSpan> NextWait()
        {
            for (var i = 0; i < 500; i++)
            {
                if (_waits.TryDequeue(out var wait)) return wait;
                await Task.Delay(10);
            }
            throw new TimeoutException("no wait was started within 5 s");
        }
    }

    /// <summary>Waits (at most 5 s of real time) until the fake client has seen that many setWebhook calls.</summary>
    private static async Task WaitForCalls(FlakyWebhookBot bot, int calls)
    {
        for (var i = 0; i < 500 && bot.WebhookCalls < calls; i++) await Task.Delay(10);
        Assert.Equal(calls, bot.WebhookCalls);
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(3, 4)]
    [InlineData(6, 32)]
    [InlineData(7, 60)]
    [InlineData(100, 60)]
    public void The_wait_doubles_from_one_second_up_to_a_minute(int failures, int seconds)
    {
        Assert.Equal(TimeSpan.FromSeconds(seconds), BotStartup.RetryDelay(failures, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60)));
    }

    [Fact]
    public async Task A_failing_setWebhook_is_retried_on_schedule_until_it_succeeds_and_the_token_is_never_logged()
    {
        var bot = new FlakyWebhookBot(Token, failures: 3);
        using var startup = Startup(bot);
        await startup.StartAsync(CancellationToken.None); // returns after the first failure: the host is not held up
        Assert.Equal(1, bot.WebhookCalls);

        // Each wait is armed with the expected length; only its full length lets the next attempt through.
        var expected = new[] { 1, 2, 4 };
        for (var i = 0; i < expected.Length; i++)
        {
            var wait = await _time.NextWait();
            Assert.Equal(TimeSpan.FromSeconds(expected[i]), wait);
            _time.Advance(wait - TimeSpan.FromMilliseconds(1));
            await Task.Delay(50);
            Assert.Equal(i + 1, bot.WebhookCalls); // not before the wait is over
            _time.Advance(TimeSpan.FromMilliseconds(1));
            await WaitForCalls(bot, i + 2);
        }

        // Succeeded: no more attempts however long the bot runs.
        _time.Advance(TimeSpan.FromMinutes(10));
        await Task.Delay(50);
        Assert.Equal(4, bot.WebhookCalls);
        await startup.StopAsync(CancellationToken.None);

        var lines = _logs.Lines;
        Assert.Equal(3, lines.Count(l => l.Contains("setWebhook attempt", StringComparison.Ordinal)));
        Assert.Contains(lines, l => l.Contains("setWebhook attempt 3 failed; next attempt in 00:00:04", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("Telegram webhook registered (attempt 4)", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("AAFakeTokenForRetryTests", StringComparison.Ordinal));
        Assert.All(bot.WebhookUrls, u => Assert.Equal("https://bot.example.vn/telegram/update", u));
    }

    [Fact]
    public async Task Stopping_the_host_ends_the_retries()
    {
        var bot = new FlakyWebhookBot(Token, failures: int.MaxValue);
        using var startup = Startup(bot);
        await startup.StartAsync(CancellationToken.None);
        _time.Advance(await _time.NextWait());
        await WaitForCalls(bot, 2);
        Assert.Equal(TimeSpan.FromSeconds(2), await _time.NextWait()); // armed: stop during the wait

        var stop = startup.StopAsync(CancellationToken.None);
        Assert.Same(stop, await Task.WhenAny(stop, Task.Delay(TimeSpan.FromSeconds(5))));
        _time.Advance(TimeSpan.FromMinutes(10));
        await Task.Delay(50);
        Assert.Equal(2, bot.WebhookCalls);
    }

    public void Dispose()
    {
        _services.Dispose();
        _loggers.Dispose();
        _logs.Dispose();
        _db.Dispose();
    }
}
