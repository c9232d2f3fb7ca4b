using NhacHan.Domain.Reminders;
using NhacHan.Domain.Storage;
using static NhacHan.Domain.Tests.Reminders.ReminderTestData;

namespace NhacHan.Domain.Tests.Reminders;

public sealed class ReminderScheduleReportTests
{
    [Fact]
    public void Without_a_chat_lists_what_a_chat_following_every_plan_would_receive()
    {
        var lines = ReminderScheduleReport.Build(Planner(), [Stored(Plan35())], null, Local(2024, 1, 20), Local(2024, 1, 27));
        Assert.Equal(
            [
                "23/01/2024 07:30  hạn trước 27/01/2024  (trước 3 ngày)  146-KH/HU [p35] mục III.1  chat 0  Cấp cơ sở: Tổng hợp số liệu (không tổ chức hội nghị), báo cáo Ban…",
                "25/01/2024 07:30  hạn trước 27/01/2024  (trước 1 ngày)  146-KH/HU [p35] mục III.1  chat 0  Cấp cơ sở: Tổng hợp số liệu (không tổ chức hội nghị), báo cáo Ban…",
                "26/01/2024 07:30  hạn trước 27/01/2024  (ngày cuối)  146-KH/HU [p35] mục III.1  chat 0  Cấp cơ sở: Tổng hợp số liệu (không tổ chức hội nghị), báo cáo Ban…",
            ],
            lines);
    }

    [Fact]
    public void With_a_chat_only_what_concerns_it()
    {
        var lines = ReminderScheduleReport.Build(Planner(), [Stored(Plan35())], new ChatProfile(42) { Level = UnitLevel.District, RemindersOn = false },
            Local(2024, 1, 1), Local(2024, 2, 16));
        Assert.Equal(5, lines.Count);
        Assert.StartsWith("01/01/2024 07:30  hạn 01/01/2024–31/03/2024  (bắt đầu)  146-KH/HU [p35] mục PHỤ LỤC.Quý I/2024  chat 42", lines[0]);
        Assert.All(lines.Skip(1), l => Assert.Contains("hạn 15/02/2024", l));
    }
}
