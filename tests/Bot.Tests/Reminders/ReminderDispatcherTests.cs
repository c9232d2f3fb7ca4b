using NhacHan.Domain.Storage;
using Telegram.Bot.Types;
using static NhacHan.Bot.Tests.Reminders.ReminderHarness;

namespace NhacHan.Bot.Tests.Reminders;

public sealed class ReminderDispatcherTests
{
    [Fact]
    public async Task Sends_at_the_planned_time_once_with_the_source_and_buttons()
    {
        using var h = new ReminderHarness(now: Local(2024, 1, 23, 7, 0));
        h.Plans.Add(Stored(Plan35()));
        h.AddChat(11);
        h.AddChat(12, UnitLevel.Province);
        Assert.Equal(1, await h.Dispatcher.RunOnce(default)); // the 7-day reminder of 19/01, missed: late
        h.Recorder.Sent.Clear();

        h.Time.SetUtcNow(Local(2024, 1, 23, 7, 30));
        Assert.Equal(1, await h.Dispatcher.RunOnce(default));
        var (chat, text, keyboard) = Assert.Single(h.Recorder.Sent);
        Assert.Equal(11, chat);
        Assert.Equal(
            "🔔 <b>Nhắc hạn — còn 3 ngày</b>\n" +
            "Trước ngày 27/01/2024: Cấp cơ sở tổng hợp số liệu (không tổ chức hội nghị), báo cáo Ban Thường vụ Huyện ủy (qua Ban Tổ chức Huyện ủy).\n" +
            "📄 Kế hoạch số 146-KH/HU — mục III.1\n" +
            "<blockquote>Cấp cơ sở: Tổng hợp số liệu (không tổ chức hội nghị), báo cáo Ban Thường vụ Huyện ủy (qua Ban Tổ chức Huyện ủy) trước ngày 27/01/2024</blockquote>\n",
            text);
        var buttons = Assert.Single(keyboard!.InlineKeyboard).ToArray();
        Assert.Equal(["✅ Đã xong", "⏰ Nhắc lại sau"], buttons.Select(b => b.Text).ToArray());
        Assert.All(buttons, b => Assert.True(System.Text.Encoding.UTF8.GetByteCount(b.CallbackData!) <= 64));
        Assert.StartsWith("rm:d:p35:", buttons[0].CallbackData);

        h.Time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(0, await h.Dispatcher.RunOnce(default));
        Assert.Single(h.Recorder.Sent);
    }

    [Fact]
    public async Task A_clean_restart_neither_repeats_nor_loses_a_reminder()
    {
        using var h = new ReminderHarness(now: Local(2024, 1, 19, 7, 30));
        h.Plans.Add(Stored(Plan35()));
        for (var id = 1; id <= 5; id++) h.AddChat(id);
        Assert.Equal(5, await h.Dispatcher.RunOnce(default));

        h.Restart();
        h.Time.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(0, await h.Dispatcher.RunOnce(default));

        // Down from 20/01 to 23/01 10:00: the 3-day reminder is sent late, once, to each chat.
        h.Restart();
        h.Time.SetUtcNow(Local(2024, 1, 23, 10, 0));
        Assert.Equal(5, await h.Dispatcher.RunOnce(default));
        h.Restart();
        Assert.Equal(0, await h.Dispatcher.RunOnce(default));
        Assert.Equal(10, h.Recorder.Sent.Count);
        Assert.All(h.Recorder.Sent.Skip(5), s => Assert.Contains("(nhắc muộn)", s.Text));
        Assert.Equal(5, h.Recorder.Sent.Select(s => s.ChatId).Distinct().Count());
    }

    [Fact]
    public async Task Several_deadlines_for_a_chat_go_out_as_one_message_with_numbered_buttons()
    {
        using var h = new ReminderHarness(now: Local(2024, 1, 19, 7, 30));
        var plan = Plan35();
        plan = plan with { Deadlines = [.. plan.Deadlines, plan.Deadlines[0] with { What = "Gửi danh sách <đảng viên> & biểu mẫu", Section = "III.4" }] };
        h.Plans.Add(Stored(plan));
        h.AddChat(21);
        Assert.Equal(1, await h.Dispatcher.RunOnce(default));
        var (_, text, keyboard) = Assert.Single(h.Recorder.Sent);
        Assert.StartsWith("🔔 <b>Nhắc hạn — 2 việc</b>\n\n1. <b>còn 7 ngày</b>\n", text);
        Assert.Contains("Cấp cơ sở gửi danh sách &lt;đảng viên&gt; &amp; biểu mẫu", text);
        Assert.Equal(["✅ Xong (1)", "⏰ Nhắc lại (1)", "✅ Xong (2)", "⏰ Nhắc lại (2)"],
            keyboard!.InlineKeyboard.SelectMany(r => r).Select(b => b.Text).ToArray());
    }

    [Fact]
    public async Task Done_and_snooze_buttons_change_what_comes_next()
    {
        using var h = new ReminderHarness(now: Local(2024, 1, 23, 7, 30));
        h.Plans.Add(Stored(Plan35()));
        h.AddChat(31);
        h.AddChat(32);
        await h.Dispatcher.RunOnce(default);
        var data31 = h.Recorder.To(31)[0].Keyboard!.InlineKeyboard.First().ToArray();
        var data32 = h.Recorder.To(32)[0].Keyboard!.InlineKeyboard.First().ToArray();
        var handler = h.Callbacks();
        await handler.Handle(Query(31, data31[0].CallbackData!), data31[0].CallbackData!, default);
        await handler.Handle(Query(32, data32[1].CallbackData!), data32[1].CallbackData!, default);
        Assert.Equal(["Đã ghi nhận hoàn thành: sẽ không nhắc việc này nữa.", "Sẽ nhắc lại lúc 07:30 ngày 24/01/2024."], h.Recorder.CallbackAnswers.ToArray());
        h.Recorder.Sent.Clear();

        h.Time.SetUtcNow(Local(2024, 1, 24, 7, 30));
        Assert.Equal(1, await h.Dispatcher.RunOnce(default));
        var (chat, text, _) = Assert.Single(h.Recorder.Sent);
        Assert.Equal(32, chat);
        Assert.StartsWith("🔔 <b>Nhắc lại — còn 2 ngày</b>", text);

        h.Time.SetUtcNow(Local(2024, 1, 26, 7, 30));
        await h.Dispatcher.RunOnce(default);
        Assert.Equal([32L, 32L], h.Recorder.Sent.Select(s => s.ChatId).ToArray());
    }

    [Fact]
    public async Task A_chat_that_blocked_the_bot_is_unsubscribed_and_the_rest_still_get_theirs()
    {
        var bot = new RecordingBot();
        bot.Blocked.Add(42);
        using var h = new ReminderHarness(bot, Local(2024, 1, 19, 7, 30));
        h.Plans.Add(Stored(Plan35()));
        foreach (var id in new long[] { 41, 42, 43 }) h.AddChat(id);
        Assert.Equal(2, await h.Dispatcher.RunOnce(default));
        Assert.False(h.Chats.Get(42)!.Subscribed);
        Assert.True(h.Chats.Get(41)!.Subscribed);
        Assert.Equal([41L, 43L], bot.Sent.Select(s => s.ChatId).Order().ToArray());
        h.Time.SetUtcNow(Local(2024, 1, 23, 7, 30));
        Assert.Equal(2, await h.Dispatcher.RunOnce(default));
    }

    internal static CallbackQuery Query(long chatId, string data) => new()
    {
        Id = Guid.NewGuid().ToString("N"),
        From = new User { Id = chatId, FirstName = "A" },
        Data = data,
        Message = new Message { Id = 1, Chat = new Chat { Id = chatId }, Date = DateTime.UtcNow },
    };
}
