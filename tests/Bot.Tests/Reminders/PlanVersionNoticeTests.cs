using LiteDB;
using Microsoft.Extensions.Logging.Abstractions;
using NhacHan.Bot.Options;
using NhacHan.Bot.Reminders;
using NhacHan.Domain.Plans;
using NhacHan.Domain.Storage;
using static NhacHan.Bot.Tests.Reminders.ReminderHarness;

namespace NhacHan.Bot.Tests.Reminders;

/// <summary>A stored new version of a plan (same id, another file) is announced once as "Kế hoạch được cập nhật".</summary>
public sealed class PlanVersionNoticeTests
{
    private const string UpdatedV2 =
        "🔄 <b>Kế hoạch được cập nhật</b>: Kế hoạch số 146-KH/HU — tổng kết thực hiện Chỉ thị số 35-CT/TW\n" +
        "Bản mới có 1 việc liên quan đến đơn vị bạn. Gần nhất:\n" +
        "• Trước ngày 30/01/2024: Cấp cơ sở tổng hợp số liệu (không tổ chức hội nghị), báo cáo Ban Thường vụ Huyện ủy (qua Ban Tổ chức Huyện ủy). (mục III.1)\n" +
        "Bot sẽ nhắc theo bản mới. Đổi cài đặt: /caidat";

    private static NewPlanNotifier Notifier(ReminderHarness h, IPlanStore plans) =>
        new(plans, h.Chats, h.Outbox, h.Planner, h.Db, h.Time,
            Microsoft.Extensions.Options.Options.Create(new BotOptions()), NullLogger<NewPlanNotifier>.Instance);

    /// <summary>Version 2 moves the grassroots deadline from 27/01 to 30/01/2024.</summary>
    private static Plan Version2() => Plan35() with
    {
        Deadlines = [.. Plan35().Deadlines.Select(d => d.Section == "III.1" ? d with { Date = new DateOnly(2024, 1, 30) } : d)],
    };

    private static StoredPlan Version(Plan plan, string sha, PlanStatus status = PlanStatus.Active, bool sample = false) =>
        new("p35", plan, status, new PlanSource("kh.docx", sha, "telegram:1", DateTimeOffset.UnixEpoch, sample));

    [Fact]
    public async Task Each_version_is_announced_once_the_first_as_new_the_next_as_updated()
    {
        using var h = new ReminderHarness(now: Local(2024, 1, 12, 9, 0));
        h.AddChat(91);
        h.AddChat(92, UnitLevel.Province); // not concerned by the grassroots deadline
        using var notifier = Notifier(h, h.Plans);

        Assert.Equal(1, await notifier.Notify(Version(Plan35(), "sha-1"), default));
        Assert.Equal(1, await notifier.Notify(Version(Version2(), "sha-2"), default));
        Assert.Equal(0, await notifier.Notify(Version(Version2(), "sha-2"), default));

        var sent = h.Recorder.Sent.ToArray();
        Assert.Equal([91L, 91L], sent.Select(s => s.ChatId));
        Assert.StartsWith("🆕 <b>Kế hoạch mới</b>: Kế hoạch số 146-KH/HU", sent[0].Text, StringComparison.Ordinal);
        Assert.Equal(UpdatedV2, sent[1].Text);
    }

    [Theory]
    [InlineData(PlanStatus.Archived, false)]
    [InlineData(PlanStatus.Superseded, false)]
    [InlineData(PlanStatus.Active, true)]
    public async Task No_notice_for_archived_superseded_or_sample_versions(PlanStatus status, bool sample)
    {
        using var h = new ReminderHarness(now: Local(2024, 1, 12, 9, 0));
        h.AddChat(93);
        using var notifier = Notifier(h, h.Plans);
        Assert.Equal(1, await notifier.Notify(Version(Plan35(), "sha-1"), default));
        Assert.Equal(0, await notifier.Notify(Version(Version2(), "sha-2", status, sample), default));
        Assert.Single(h.Recorder.Sent);
    }

    [Fact]
    public async Task A_plan_announced_before_versions_were_keyed_gets_the_update_notice()
    {
        using var h = new ReminderHarness(now: Local(2024, 1, 12, 9, 0));
        h.AddChat(94);
        // The record an older build wrote: the bare plan id.
        h.Db.Lite.GetCollection("reminder_plan_notices").Insert(new BsonDocument { ["_id"] = "p35", ["at"] = DateTime.UtcNow });
        using var notifier = Notifier(h, h.Plans);
        Assert.Equal(1, await notifier.Notify(Version(Version2(), "sha-2"), default));
        Assert.Equal(UpdatedV2, Assert.Single(h.Recorder.Sent).Text);
    }

    [Fact]
    public async Task Saving_a_new_version_in_the_real_store_sends_the_update_notice()
    {
        using var h = new ReminderHarness(now: Local(2024, 1, 12, 9, 0));
        h.AddChat(95);
        var store = new LiteDbPlanStore(h.Db, h.Time);
        using var notifier = Notifier(h, store);
        await notifier.StartAsync(default);
        var v1 = store.Save(Plan35(), "kh.docx", [1, 2, 3], "telegram:1");
        var v2 = store.Save(Version2(), "kh-sua.docx", [4, 5, 6], "telegram:1");
        store.Save(Version2(), "kh-sua.docx", [4, 5, 6], "telegram:1"); // the same file again: a duplicate
        Assert.Equal(ImportDisposition.NewVersion, v2.Disposition);
        Assert.Equal(v1.Stored.Id, v2.Stored.Id);

        var until = DateTime.UtcNow.AddSeconds(10);
        while (h.Recorder.Sent.Count < 2 && DateTime.UtcNow < until) await Task.Delay(10);
        await Task.Delay(200); // nothing more may follow
        await notifier.StopAsync(default);
        var sent = h.Recorder.Sent.ToArray();
        Assert.Equal(2, sent.Length);
        Assert.StartsWith("🆕 <b>Kế hoạch mới</b>: ", sent[0].Text, StringComparison.Ordinal);
        Assert.Equal(UpdatedV2, sent[1].Text);
    }
}
