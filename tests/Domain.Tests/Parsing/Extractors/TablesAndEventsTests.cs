using NhacHan.Domain.Parsing.Text;
using NhacHan.Domain.Plans;

namespace NhacHan.Domain.Tests.Parsing.Extractors;

public class TablesAndEventsTests
{
    [Theory]
    [InlineData("Quý III/2024", "2024-07-01", "2024-09-30")]
    [InlineData("Tháng 10, 11/2024", "2024-10-01", "2024-11-30")]
    [InlineData("Tháng 02/2025", "2025-02-01", "2025-02-28")]
    [InlineData("Quý 4 năm 2026", "2026-10-01", "2026-12-31")]
    [InlineData("6 tháng đầu năm 2027", "2027-01-01", "2027-06-30")]
    [InlineData("Năm 2026", "2026-01-01", "2026-12-31")]
    [InlineData("Tuần 2 tháng 5/2025", "2025-05-08", "2025-05-14")]
    [InlineData("Tuần 5 tháng 3/2025", "2025-03-29", "2025-03-31")]
    [InlineData("Tuần thứ 1 tháng 2 năm 2026", "2026-02-01", "2026-02-07")]
    [InlineData("Tuần đầu tháng 6/2025", "2025-06-01", "2025-06-07")]
    [InlineData("Tuần cuối tháng 6/2025", "2025-06-24", "2025-06-30")]
    public void Period_labels(string label, string start, string end)
    {
        var p = PeriodLabel.TryParse(label);
        Assert.Equal((DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture)), p);
    }

    [Theory]
    [InlineData("Quý V/2024")]
    [InlineData("Tháng 13/2024")]
    [InlineData("Cho ý kiến tháng 10/2024")]
    [InlineData("Tuần 5 tháng 2/2026")]
    [InlineData("Tuần 6 tháng 5/2025")]
    public void Not_period_labels(string label) => Assert.Null(PeriodLabel.TryParse(label));

    private const string Flattened = "I. NỘI DUNG\n\nPHỤ LỤC\nTIẾN ĐỘ\n-----\n\tThời gian\n\tNội dung công việc\n\t\n\tCấp tỉnh\n\tCấp huyện\n\tQuý III/2024\n\t1. Ban Thường vụ Tỉnh ủy\n- Tổ chức Hội nghị Tỉnh ủy mở rộng để quán triệt Chỉ thị.\n- Ban hành Hướng dẫn thực hiện Chỉ thị sau khi có Hướng dẫn của Trung ương.\n\tBan thường vụ cấp ủy\n- Đăng ký đại hội điểm, báo cáo về Ban Tổ chức Tỉnh ủy trước ngày 15/9/2024.\n\tQuý IV/2024\n\t- Ban Chấp hành Đảng bộ tỉnh tập trung chỉ đạo chuẩn bị đại hội.\n\t\n";

    private const string TimeInSecondColumn = """
        I. NỘI DUNG
        1. Triển khai.

        ### Phụ lục: Lịch thực hiện

        | TT | Thời gian | Nội dung | Đơn vị thực hiện |
        |---|---|---|---|
        | 1 | Tuần 2 tháng 5/2025 | Tổ chức hội nghị quán triệt | Ban Tuyên giáo Đảng ủy Khối |
        | 2 | Quý III/2025 | Kiểm tra tại 05 doanh nghiệp; hoàn thành báo cáo trước 15/10/2025 | Ủy ban Kiểm tra Đảng ủy Khối |
        """;

    [Fact]
    public void A_due_date_in_the_period_column_is_a_deadline_of_its_row()
    {
        var plan = Parse.Body(TimeInSecondColumn + "\n| 3 | Trước 30/6/2025 | Gửi báo cáo tự đánh giá về Đảng ủy Khối (qua Ban Tuyên giáo) | Các đảng bộ, chi bộ cơ sở |\n");
        var d = plan.Deadlines.Single(x => x.Date == new DateOnly(2025, 6, 30));
        Assert.Equal(DeadlineKind.Before, d.Kind);
        Assert.Equal("Các đảng bộ, chi bộ cơ sở", d.Who);
        Assert.Equal("Gửi báo cáo tự đánh giá về Đảng ủy Khối", d.What);
        Assert.Equal("Đảng ủy Khối", d.ReportTo);
        Assert.Equal("Ban Tuyên giáo", d.Via);
        Assert.Equal("PHỤ LỤC.Trước 30/6/2025", d.Section);
    }

    [Fact]
    public void A_series_of_meetings_each_takes_its_own_heading_place_and_participants()
    {
        var plan = Parse.Body("""
            II. CÁC HỘI NGHỊ
            1. Hội nghị lấy ý kiến cán bộ chủ chốt
            - Thời gian: 07h30, ngày 12/3/2025 (thứ Tư).
            - Địa điểm: Hội trường Huyện ủy.
            - Thành phần: Ủy viên Ban Chấp hành Đảng bộ huyện.
            2. Hội nghị lấy ý kiến cán bộ hưu trí
            - Thời gian: 08 giờ 00, ngày 26/3/2025 (thứ Tư).
            - Địa điểm: Hội trường Trung tâm Chính trị huyện.
            - Thành phần: Đại diện Hội Cựu chiến binh huyện.
            """);
        Assert.Equal(2, plan.Events.Count);
        Assert.Equal(new DateTime(2025, 3, 26, 8, 0, 0), plan.Events[1].Start);
        Assert.Equal("Hội nghị lấy ý kiến cán bộ hưu trí", plan.Events[1].What);
        Assert.Equal("Hội trường Trung tâm Chính trị huyện", plan.Events[1].Place);
        Assert.Equal(["Đại diện Hội Cựu chiến binh huyện"], plan.Events[1].Participants);
        Assert.Equal("Hội trường Huyện ủy", plan.Events[0].Place);
    }

    [Fact]
    public void Timetable_with_the_period_in_the_second_column_is_read_by_header_names()
    {
        var plan = Parse.Body(TimeInSecondColumn);
        Assert.Equal(["Tuần 2 tháng 5/2025", "Quý III/2025"], plan.Schedule.Select(s => s.Period).ToArray());
        Assert.Equal("Ban Tuyên giáo Đảng ủy Khối", plan.Schedule[0].Who);
        // Period labels are no deadlines; a date inside a task cell is, with the row's unit.
        var d = Assert.Single(plan.Deadlines);
        Assert.Equal(new DateOnly(2025, 10, 15), d.Date);
        Assert.Equal("Ủy ban Kiểm tra Đảng ủy Khối", d.Who);
        Assert.Equal("PHỤ LỤC.Quý III/2025", d.Section);
    }

    [Fact]
    public void Flattened_timetable_gives_schedule_items_with_period_level_and_who()
    {
        var plan = Parse.Body(Flattened);
        Assert.Equal(4, plan.Schedule.Count);
        var first = plan.Schedule[0];
        Assert.Equal(("Quý III/2024", new DateOnly(2024, 7, 1), new DateOnly(2024, 9, 30), "Cấp tỉnh", "Ban Thường vụ Tỉnh ủy"),
            (first.Period, first.Start, first.End, first.Level, first.Who));
        Assert.Equal("Tổ chức Hội nghị Tỉnh ủy mở rộng để quán triệt Chỉ thị", first.What);
        Assert.Equal(("Cấp huyện", "Ban thường vụ cấp ủy"), (plan.Schedule[2].Level, plan.Schedule[2].Who));
        var last = plan.Schedule[3];
        Assert.Equal(("Quý IV/2024", "Cấp tỉnh", "Ban Chấp hành Đảng bộ tỉnh"), (last.Period, last.Level, last.Who));
        Assert.Equal("tập trung chỉ đạo chuẩn bị đại hội", last.What);
    }

    [Fact]
    public void Schedule_quotes_are_unique_and_at_least_thirty_characters()
    {
        var plan = Parse.Body(Flattened);
        foreach (var s in plan.Schedule)
        {
            Assert.True(s.Quote.Length >= 30, s.Quote);
            var text = "KẾ HOẠCH\n\nthử nghiệm\n\n" + Flattened;
            Assert.Equal(text.IndexOf(s.Quote, StringComparison.Ordinal), text.LastIndexOf(s.Quote, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Dated_task_in_a_timetable_cell_is_a_deadline_with_the_cell_label_and_path()
    {
        var plan = Parse.Body(Flattened);
        var d = Assert.Single(plan.Deadlines);
        Assert.Equal((new DateOnly(2024, 9, 15), DeadlineKind.Before), (d.Date, d.Kind));
        Assert.Equal("Ban thường vụ cấp ủy", d.Who);
        Assert.Equal("PHỤ LỤC.Quý III/2024.Cấp huyện", d.Section);
        Assert.Equal("Ban Tổ chức Tỉnh ủy", d.ReportTo);
    }

    [Fact]
    public void Markdown_progress_table_gives_deadlines_with_lead_unit()
    {
        var plan = Parse.Body("""
            III. TIẾN ĐỘ THỰC HIỆN

            | TT | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian hoàn thành |
            |---|---|---|---|---|
            | 1 | Xây dựng dự thảo báo cáo chính trị | Văn phòng Đảng ủy | Các chi bộ | 20/10/2026 |
            | 2 | Tổ chức hội nghị lấy ý kiến | Ban Tuyên giáo | Mặt trận | Trước ngày 30/10/2026 |
            """);
        Assert.Equal(2, plan.Deadlines.Count);
        var first = plan.Deadlines[0];
        Assert.Equal((new DateOnly(2026, 10, 20), DeadlineKind.On, "Văn phòng Đảng ủy", "Xây dựng dự thảo báo cáo chính trị"),
            (first.Date, first.Kind, first.Who, first.What));
        Assert.Equal((new DateOnly(2026, 10, 30), DeadlineKind.Before, "Ban Tuyên giáo"), (plan.Deadlines[1].Date, plan.Deadlines[1].Kind, plan.Deadlines[1].Who));
        Assert.Contains("20/10/2026", first.Quote, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Từ 01/8 đến 15/8/2025")]
    [InlineData("Từ ngày 01/8/2025 đến ngày 15/8/2025")]
    public void Range_in_the_time_column_gives_its_start_and_its_end(string cell)
    {
        var plan = Parse.Body($"""
            III. TIẾN ĐỘ THỰC HIỆN

            | TT | Nội dung | Đơn vị chủ trì | Thời gian |
            |---|---|---|---|
            | 1 | Tổ chức tự kiểm tra tại các chi bộ | Các chi bộ | {cell} |
            """);
        Assert.Equal([(new DateOnly(2025, 8, 1), DeadlineKind.Start, "Các chi bộ"), (new DateOnly(2025, 8, 15), DeadlineKind.RangeEnd, "Các chi bộ")],
            plan.Deadlines.Select(d => (d.Date, d.Kind, d.Who)));
    }

    [Fact]
    public void Empty_lead_cell_continues_the_unit_above_as_a_merged_cell()
    {
        var plan = Parse.Body("""
            V. TIẾN ĐỘ THỰC HIỆN

            | STT | Nội dung | Đơn vị chủ trì | Thời gian hoàn thành |
            |---|---|---|---|
            | 1 | Hoàn thành dự thảo báo cáo | Văn phòng Đảng ủy | Trước ngày 20/4/2026 |
            | 2 | Tổ chức hội nghị tổng kết |  | Ngày 08/5/2026 |
            """);
        Assert.Equal(["Văn phòng Đảng ủy", "Văn phòng Đảng ủy"], plan.Deadlines.Select(d => d.Who));
    }

    [Fact]
    public void Progress_table_with_the_time_in_its_last_column_is_no_timetable()
    {
        var plan = Parse.Body("""
            III. TIẾN ĐỘ THỰC HIỆN

            | TT | Nội dung | Đơn vị chủ trì | Thời gian |
            |---|---|---|---|
            | 1 | Xây dựng kế hoạch tuyên truyền | Văn phòng Đảng ủy | Tháng 7/2025 |
            | 2 | Tổ chức sinh hoạt chuyên đề | Các chi bộ | Trước ngày 30/8/2025 |
            """);
        Assert.Empty(plan.Schedule);
        Assert.Equal([(new DateOnly(2025, 7, 31), "Văn phòng Đảng ủy"), (new DateOnly(2025, 8, 30), "Các chi bộ")], plan.Deadlines.Select(d => (d.Date, d.Who)));
    }

    [Fact]
    public void Meeting_time_before_the_date_with_a_comma_is_an_event()
    {
        var plan = Parse.Body("2.1. Cấp phường\nTổ chức hội nghị học tập, quán triệt vào lúc 07 giờ 30, ngày 05/6/2026 tại Hội trường Đảng ủy phường. Thành phần: Ban Chấp hành Đảng bộ phường; bí thư các chi bộ trực thuộc.\n");
        Assert.Empty(plan.Deadlines);
        var e = Assert.Single(plan.Events);
        Assert.Equal((new DateTime(2026, 6, 5, 7, 30, 0), "Hội trường Đảng ủy phường"), (e.Start, e.Place));
    }

    [Fact]
    public void Meeting_with_time_is_an_event_not_a_deadline()
    {
        var plan = Parse.Text("""
            KẾ HOẠCH
            Tổ chức Hội nghị sơ kết công tác xây dựng Đảng ngày 10/01/2026 của Đảng ủy

            III. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN

            1. Thời gian: 08 giờ 00, ngày 20/3/2026.

            2. Địa điểm: Hội trường Ủy ban nhân dân xã.

            3. Thành phần

            - Đại biểu huyện: Thường trực Huyện ủy;

            - Đại biểu xã: Các đồng chí Ủy viên Ban Chấp hành Đảng bộ xã.
            """);
        Assert.Empty(plan.Deadlines);
        var e = Assert.Single(plan.Events);
        Assert.Equal(new DateTime(2026, 3, 20, 8, 0, 0), e.Start);
        Assert.Equal("Hội trường Ủy ban nhân dân xã", e.Place);
        Assert.Equal("Hội nghị sơ kết công tác xây dựng Đảng", e.What);
        Assert.Equal(["Đại biểu huyện", "Đại biểu xã"], e.Participants);
    }
}

public class InlineEventTests
{
    [Fact]
    public void Meeting_time_and_place_in_one_sentence()
    {
        var plan = Parse.Text("KẾ HOẠCH\ntổ chức Hội nghị học tập Nghị quyết\n\nII. THỜI GIAN, ĐỊA ĐIỂM\n\nHội nghị được tổ chức vào lúc 7h30 ngày 05/3/2026 tại Hội trường Huyện ủy.\n");
        var e = Assert.Single(plan.Events);
        Assert.Equal((new DateTime(2026, 3, 5, 7, 30, 0), "Hội trường Huyện ủy", "Hội nghị học tập Nghị quyết"), (e.Start, e.Place, e.What));
        Assert.Empty(plan.Deadlines);
    }
}

public class MarkdownTimetableTests
{
    [Fact]
    public void Row_numbers_before_the_period_do_not_leak_into_the_previous_row()
    {
        var plan = Parse.Body("""
            PHỤ LỤC

            | TT | Thời gian | Nội dung | Đơn vị thực hiện |
            |---|---|---|---|
            | 1 | Tháng 3/2026 | Rà soát danh sách đảng viên | Các chi bộ |
            | 2 | Quý II/2026 | Kiểm tra hồ sơ đảng viên<br>- Báo cáo kết quả kiểm tra | Ủy ban Kiểm tra |
            """);
        Assert.Equal(["Rà soát danh sách đảng viên", "Kiểm tra hồ sơ đảng viên", "Báo cáo kết quả kiểm tra"], plan.Schedule.Select(s => s.What));
        Assert.Equal(["Các chi bộ", "Ủy ban Kiểm tra", "Ủy ban Kiểm tra"], plan.Schedule.Select(s => s.Who));
        Assert.Equal(new DateOnly(2026, 6, 30), plan.Schedule[2].End);
    }
}
