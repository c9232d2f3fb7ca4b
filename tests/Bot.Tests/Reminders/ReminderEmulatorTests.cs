using NhacHan.Bot.Tests.Emulator;
using NhacHan.Domain.Reminders;
using NhacHan.Domain.Storage;
using Telegram.Bot;
using Xunit.Abstractions;
using static NhacHan.Bot.Tests.Reminders.ReminderHarness;

namespace NhacHan.Bot.Tests.Reminders;

/// <summary>Reminders through a real Telegram.Bot client to the emulator with Telegram's limits and unknown-chat
/// check on. The client's own 429 retry is off, so every refusal would reach (and be counted by) the outbox.</summary>
public sealed class ReminderEmulatorTests(RulesEmulatorFixture emulator, ITestOutputHelper output) : IClassFixture<RulesEmulatorFixture>
{
    internal static TelegramBotClient Client(string baseUrl, string token) =>
        new(new TelegramBotClientOptions(token, baseUrl) { RetryThreshold = 0 }) { Timeout = TimeSpan.FromSeconds(20) };

    [Fact]
    public async Task Three_hundred_chats_all_get_their_reminder_within_every_rate_limit()
    {
        var token = EmulatorFixture.NewToken();
        using var admin = new EmulatorAdmin(emulator.BaseUrl, token);
        var ids = Enumerable.Range(1, 300).Select(i => 700_000L + i).ToArray();
        await admin.Register(ids);
        using var h = new ReminderHarness(Client(emulator.BaseUrl, token), Local(2024, 1, 19, 7, 30));
        h.Plans.Add(Stored(Plan35()));
        foreach (var id in ids) h.AddChat(id);

        var since = EmulatorAdmin.NowMs;
        var delivered = await h.Dispatcher.RunOnce(default).WaitAsync(TimeSpan.FromSeconds(60));
        var stats = await admin.StatsSince(since);
        output.WriteLine($"300 chats: {stats.Messages} messages, {stats.Rate:F2} msg/s, peak 1 s {stats.Peak1s}, 429s {stats.TooManyRequests}");

        Assert.Equal(300, delivered);
        Assert.Equal(300, stats.Messages);
        Assert.Equal(0, stats.TooManyRequests);
        Assert.InRange(stats.Peak1s, 1, 30);
        Assert.InRange(stats.Rate, 1, 30);
        Assert.All(stats.Chats.Values, c => Assert.Equal((1, 1), (c.Messages, c.Peak1s)));
        Assert.Equal(ids, stats.Chats.Keys.Order().ToArray());
        Assert.Empty(h.Planner.Due(h.Plans.All(), h.Chats.All(), h.Time.GetUtcNow(), h.Log));
    }

    [Fact]
    public async Task Several_messages_per_chat_keep_one_second_apart_and_groups_their_own_pace()
    {
        var token = EmulatorFixture.NewToken();
        using var admin = new EmulatorAdmin(emulator.BaseUrl, token);
        long[] ids = [710_001, 710_002, -710_003];
        await admin.Register(ids);
        using var h = new ReminderHarness(Client(emulator.BaseUrl, token), Local(2024, 1, 19, 7, 30));
        // Eight deadlines due together → two messages (6 + 2 items) per chat.
        var plan = Plan35();
        plan = plan with { Deadlines = Enumerable.Range(1, 8).Select(i => plan.Deadlines[0] with { What = $"Việc số {i}" }).ToArray() };
        h.Plans.Add(Stored(plan));
        foreach (var id in ids) h.AddChat(id);

        var since = EmulatorAdmin.NowMs;
        Assert.Equal(6, await h.Dispatcher.RunOnce(default).WaitAsync(TimeSpan.FromSeconds(30)));
        var stats = await admin.StatsSince(since);
        output.WriteLine($"min gap in a chat: {stats.MinChatGapMs} ms");
        Assert.Equal(0, stats.TooManyRequests);
        Assert.All(stats.Chats.Values, c => Assert.Equal(2, c.Messages));
        Assert.True(stats.MinChatGapMs >= 1000, $"two messages to one chat {stats.MinChatGapMs} ms apart");
    }

    [Fact]
    public async Task A_chat_that_blocked_the_bot_is_unsubscribed_and_the_others_are_unaffected()
    {
        var token = EmulatorFixture.NewToken();
        using var admin = new EmulatorAdmin(emulator.BaseUrl, token);
        var ids = Enumerable.Range(1, 20).Select(i => 720_000L + i).ToArray();
        await admin.Register(ids);
        await admin.Block(720_007);
        using var h = new ReminderHarness(Client(emulator.BaseUrl, token), Local(2024, 1, 19, 7, 30));
        h.Plans.Add(Stored(Plan35()));
        foreach (var id in ids) h.AddChat(id);

        var since = EmulatorAdmin.NowMs;
        Assert.Equal(19, await h.Dispatcher.RunOnce(default).WaitAsync(TimeSpan.FromSeconds(30)));
        var stats = await admin.StatsSince(since);
        Assert.Equal(19, stats.Messages);
        Assert.Equal(1, stats.Forbidden);
        Assert.False(h.Chats.Get(720_007)!.Subscribed);
        Assert.All(ids.Where(i => i != 720_007), i => Assert.True(h.Chats.Get(i)!.Subscribed));
        Assert.Contains(new LiteDbAuditLog(h.Db).Recent(5), a => a.Action == "chat.unsubscribed" && a.Subject == "720007");

        // The next round does not try the blocked chat again.
        h.Time.SetUtcNow(Local(2024, 1, 23, 7, 30));
        Assert.Equal(19, await h.Dispatcher.RunOnce(default).WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.Equal(1, (await admin.StatsSince(since)).Forbidden);
    }
}
