using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using NhacHan.Bot.Tests.Emulator;
using Xunit.Abstractions;

namespace NhacHan.Bot.Tests.Telegram;

/// <summary>1,000 chats ask at once: every one is answered, nothing fails, and chats are handled concurrently.</summary>
[Collection(TelegramCollection.Name)]
public sealed class LoadTests(EmulatorFixture emulator, ITestOutputHelper output) : IDisposable
{
    private const int Chats = 1000;
    private const long FirstChat = 2_000_000;
    // The fake engine keeps this about the transport (polling, lanes, outbox); NHACHAN_LOAD_REAL_ENGINE=1 runs
    // the same load through the real store and engine (slower; a measurement rather than a CI check).
    private static readonly bool RealEngine = Environment.GetEnvironmentVariable("NHACHAN_LOAD_REAL_ENGINE") == "1";
    private readonly TestBotSetup _setup = new() { UseFakes = !RealEngine };

    [Fact]
    public async Task A_thousand_chats_asking_at_once_are_all_answered_concurrently()
    {
        await using var bot = await TestBotHost.Start(emulator, _setup);
        var docx = TestDocuments.Docx();
        bot.Plans.Save(RealEngine ? NhacHan.Domain.Parsing.PlanFileParser.Parse("kh31.docx", docx).Plan! : TestPlans.Tongket(), "kh31.docx", docx, "test");
        using var http = new HttpClient { BaseAddress = new Uri(emulator.BaseUrl), Timeout = TimeSpan.FromSeconds(30) };

        var started = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, Chats), new ParallelOptions { MaxDegreeOfParallelism = 64 }, async (i, ct) =>
        {
            using var r = await http.PostAsJsonAsync("/sendMessage",
                new { token = _setup.Token, chatId = FirstChat + i, text = i % 2 == 0 ? "hạn nộp báo cáo là khi nào?" : "han nop bao cao la khi nao" }, ct);
            r.EnsureSuccessStatusCode();
        });
        var sent = clock.Elapsed;

        JsonElement total = default;
        for (var polls = 0; polls < 600 && clock.Elapsed < TimeSpan.FromSeconds(60); polls++)
        {
            total = (await Stats(http)).GetProperty("total");
            if (total.GetProperty("messages").GetInt32() >= Chats) break;
            await Task.Delay(100);
        }
        var stats = await Stats(http);
        total = stats.GetProperty("total");
        var lastAnswerMs = total.GetProperty("last_ms").GetInt64() - started;
        output.WriteLine($"{(RealEngine ? "real" : "fake")} engine, {Chats} chats: all questions sent in {sent.TotalMilliseconds:0} ms; last answer {lastAnswerMs} ms after the first question; peak concurrency {bot.Dispatcher.PeakConcurrency}");

        Assert.Equal(Chats, total.GetProperty("messages").GetInt32());
        Assert.Equal(Chats, total.GetProperty("chats").GetInt32());
        Assert.All(stats.GetProperty("chats").EnumerateArray(), c => Assert.Equal(1, c.GetProperty("messages").GetInt32()));
        foreach (var error in new[] { "too_many_requests", "forbidden", "bad_request", "too_large" })
            Assert.Equal(0, total.GetProperty(error).GetInt32());
        Assert.True(bot.Dispatcher.PeakConcurrency > 1, $"peak concurrency {bot.Dispatcher.PeakConcurrency}");
    }

    private async Task<JsonElement> Stats(HttpClient http)
    {
        using var r = await http.PostAsJsonAsync("/stats", new { token = _setup.Token, timestamps = false });
        var json = await r.Content.ReadFromJsonAsync<JsonElement>();
        return json.GetProperty("result").Clone();
    }

    public void Dispose() => TestBotHost.DeleteDb(_setup.DbPath);
}
