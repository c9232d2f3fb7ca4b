using Microsoft.Extensions.Logging.Abstractions;
using NhacHan.Bot.Options;
using NhacHan.Bot.Reminders;
using NhacHan.Domain.Storage;
using Telegram.Bot.Types;
using static NhacHan.Bot.Tests.Reminders.ReminderHarness;

namespace NhacHan.Bot.Tests.Reminders;

public sealed class SettingsAndNoticeTests
{
    [Fact]
    public async Task Caidat_shows_the_settings_and_its_buttons_change_the_stored_profile()
    {
        using var h = new ReminderHarness();
        var settings = new SettingsCommand(h.Chats, h.Outbox, Microsoft.Extensions.Options.Options.Create(new ReminderOptions()), h.Time);
        await settings.Handle(new Message { Id = 5, Chat = new Chat { Id = 61 }, Date = DateTime.UtcNow, Text = "/caidat" }, "", default);
        var (_, text, keyboard) = Assert.Single(h.Recorder.Sent);
        Assert.Equal(
            "⚙️ <b>Cài đặt nhắc hạn</b>\nNhắc hạn: <b>đang bật</b>\nNhắc trước 7, 3, 1 ngày và sáng ngày cuối, lúc 07:30 (giờ Việt Nam).\n" +
            "Không gửi trong giờ nghỉ 21:00–06:30: lời nhắc chờ đến hết giờ nghỉ.",
            text);
        var buttons = keyboard!.InlineKeyboard.SelectMany(r => r).ToArray();
        Assert.Equal("rm:c:off", buttons[0].CallbackData);
        Assert.Contains(buttons, b => b.Text == "✓ 7·3·1·0 ngày");

        var handler = h.Callbacks();
        await handler.Handle(ReminderDispatcherTests.Query(61, "rm:c:l:3.1.0"), "rm:c:l:3.1.0", default);
        await handler.Handle(ReminderDispatcherTests.Query(61, "rm:c:off"), "rm:c:off", default);
        var profile = h.Chats.Get(61)!;
        Assert.Equal([3, 1, 0], profile.LeadDays);
        Assert.False(profile.RemindersOn);
        Assert.Equal(["Sẽ nhắc trước 3, 1 ngày và sáng ngày cuối.", "Đã tắt nhắc hạn."], h.Recorder.CallbackAnswers.ToArray());
        Assert.Contains("Nhắc hạn: <b>đang tắt</b>", h.Recorder.Edits.Last().Text);

        // Off: nothing is sent any more.
        h.Plans.Add(Stored(Plan35()));
        h.Time.SetUtcNow(Local(2024, 1, 23, 7, 30));
        Assert.Equal(0, await h.Dispatcher.RunOnce(default));
    }

    [Fact]
    public async Task A_new_plan_is_announced_once_to_the_subscribed_chats_it_concerns()
    {
        using var h = new ReminderHarness(now: Local(2024, 1, 12, 9, 0));
        h.AddChat(71);
        h.AddChat(72, UnitLevel.Province);
        h.Chats.Upsert(new ChatProfile(73) { Level = UnitLevel.Grassroots, Subscribed = false });
        var notifier = new NewPlanNotifier(h.Plans, h.Chats, h.Outbox, h.Planner, h.Db, h.Time,
            Microsoft.Extensions.Options.Options.Create(new BotOptions()), NullLogger<NewPlanNotifier>.Instance);
        var plan = Stored(Plan35());
        Assert.Equal(1, await notifier.Notify(plan, default));
        Assert.Equal(0, await notifier.Notify(plan, default));
        var (chat, text, _) = Assert.Single(h.Recorder.Sent);
        Assert.Equal(71, chat);
        Assert.Equal(
            "🆕 <b>Kế hoạch mới</b>: Kế hoạch số 146-KH/HU — tổng kết thực hiện Chỉ thị số 35-CT/TW\n" +
            "Có 1 việc liên quan đến đơn vị bạn. Gần nhất:\n" +
            "• Trước ngày 27/01/2024: Cấp cơ sở tổng hợp số liệu (không tổ chức hội nghị), báo cáo Ban Thường vụ Huyện ủy (qua Ban Tổ chức Huyện ủy). (mục III.1)\n" +
            "Bot sẽ nhắc trước mỗi hạn. Đổi cài đặt: /caidat",
            text);
        notifier.Dispose();
    }

    [Theory]
    [InlineData(true, 1)]
    [InlineData(false, 0)]
    public async Task Storing_a_plan_triggers_the_notice_only_when_configured(bool notify, int expected)
    {
        using var h = new ReminderHarness(now: Local(2024, 1, 12, 9, 0));
        h.AddChat(81);
        using var notifier = new NewPlanNotifier(h.Plans, h.Chats, h.Outbox, h.Planner, h.Db, h.Time,
            Microsoft.Extensions.Options.Options.Create(new BotOptions { NotifyNewPlans = notify }), NullLogger<NewPlanNotifier>.Instance);
        await notifier.StartAsync(default);
        h.Plans.Save(Plan35(), "kh.docx", [1, 2, 3], "telegram:1");
        h.Plans.Save(Plan35() with { Number = "mau" }, "mau.md", [4], "sample", isSample: true);
        var until = DateTime.UtcNow.AddSeconds(notify ? 10 : 1);
        while (h.Recorder.Sent.Count < expected && DateTime.UtcNow < until) await Task.Delay(10);
        await Task.Delay(200);
        await notifier.StopAsync(default);
        Assert.Equal(expected, h.Recorder.Sent.Count);
        if (notify) Assert.StartsWith("🆕 <b>Kế hoạch mới</b>: Kế hoạch số 146-KH/HU", h.Recorder.Sent.Single().Text);
    }
}
