using NhacHan.Bot.Reminders;
using NhacHan.Domain.Plans;
using NhacHan.Domain.Reminders;
using NhacHan.Domain.Storage;
using static NhacHan.Bot.Tests.Reminders.ReminderHarness;

namespace NhacHan.Bot.Tests.Reminders;

public sealed class ReminderMessageTests
{
    private static readonly ReminderPlanner Planner = new(new ReminderSettings());

    [Fact]
    public void Long_batches_split_into_messages_under_telegram_length_with_every_item_once()
    {
        var plan = Plan35();
        var longWhat = string.Join(' ', Enumerable.Repeat("tổng hợp số liệu và báo cáo kết quả", 25));
        plan = plan with
        {
            Deadlines = Enumerable.Range(1, 9).Select(i => plan.Deadlines[0] with { What = $"Việc {i}: {longWhat}", Quote = longWhat }).ToArray(),
        };
        var batch = Assert.Single(Planner.Due([Stored(plan)], [new ChatProfile(1) { Level = UnitLevel.Grassroots }], Local(2024, 1, 19, 7, 30), EmptyReminderState.Instance));
        var messages = ReminderMessage.For(batch, Local(2024, 1, 19, 7, 30));
        Assert.True(messages.Count >= 3, $"{messages.Count} messages");
        Assert.All(messages, m => Assert.InRange(m.Html.Length, 1, ReminderMessage.MaxHtmlLength));
        Assert.Equal(9, messages.Sum(m => m.Items.Count));
        Assert.Equal(batch.Items.Select(i => i.Target.Key), messages.SelectMany(m => m.Items).Select(i => i.Target.Key));
        Assert.All(messages, m => Assert.Equal(m.Items.Count, m.Keyboard.InlineKeyboard.Count()));
    }

    [Theory]
    [InlineData(DeadlineKind.Before, DateGranularity.Day, "Trước ngày 30/09/2026")]
    [InlineData(DeadlineKind.On, DateGranularity.Day, "Chậm nhất ngày 30/09/2026")]
    [InlineData(DeadlineKind.ByMonth, DateGranularity.Month, "Trong tháng 9/2026 (hạn cuối 30/09/2026)")]
    [InlineData(DeadlineKind.ByMonth, DateGranularity.Quarter, "Trong quý III/2026 (hạn cuối 30/09/2026)")]
    [InlineData(DeadlineKind.RangeEnd, DateGranularity.Day, "Đến ngày 30/09/2026")]
    public void Date_phrases_say_how_the_date_binds(DeadlineKind kind, DateGranularity granularity, string expected)
    {
        var d = new Deadline(new DateOnly(2026, 9, 30), kind, "Cấp cơ sở", "Sơ kết", null, null, "I", "q", false) { Granularity = granularity };
        var target = ReminderTarget.Of(Stored(new Plan { Deadlines = [d] }), new DateOnly(2026, 1, 1), new DateOnly(2027, 1, 1), 7, new ReminderSettings()).Single();
        Assert.Equal(expected, ReminderText.DatePhrase(target));
    }

    [Fact]
    public void Countdown_is_vietnamese_days_or_hours()
    {
        Assert.Equal("3 ngày", ReminderText.Countdown(TimeSpan.FromHours(3 * 24 + 16.5)));
        Assert.Equal("16 giờ", ReminderText.Countdown(TimeSpan.FromHours(16.5)));
        Assert.Equal("dưới 1 giờ", ReminderText.Countdown(TimeSpan.FromMinutes(20)));
    }
}
