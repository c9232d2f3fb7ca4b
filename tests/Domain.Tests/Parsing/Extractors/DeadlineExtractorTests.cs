using NhacHan.Domain.Plans;

namespace NhacHan.Domain.Tests.Parsing.Extractors;

public class DeadlineExtractorTests
{
    [Fact]
    public void Work_marked_done_in_the_item_or_its_heading_is_done()
    {
        var plan = Parse.Body("II. TIẾN ĐỘ\n1. Các nhiệm vụ đã thực hiện xong\n- Ban Thường vụ quán triệt nghị quyết ngày 20.2.2025.\n"
            + "2. Các nhiệm vụ tiếp tục\n- Phòng Đào tạo rà soát, hoàn thành trước 28/4/2025, đã xong.\n- Văn phòng tổng hợp trước ngày 30/9/2025.\n");
        Assert.Equal([true, true, false], plan.Deadlines.OrderBy(d => d.Date).Select(d => d.Done).ToArray());
        Assert.Equal("rà soát", plan.Deadlines.OrderBy(d => d.Date).ElementAt(1).What);
    }

    [Theory]
    [InlineData("- Theo Hướng dẫn số 05-HD/BTGTU, ngày 3/3/2025 của Ban Tuyên giáo Tỉnh ủy, các chi bộ tổ chức sinh hoạt chuyên đề, hoàn thành trước 15.4.2025.",
        "các chi bộ", "tổ chức sinh hoạt chuyên đề")]
    [InlineData("- Căn cứ Quyết định số 1131/QĐ-BGDĐT ngày 18/4/2023 của Bộ Giáo dục và Đào tạo, Phòng Đào tạo cập nhật chuẩn năng lực số trong tháng 8/2025.",
        "Phòng Đào tạo", "cập nhật chuẩn năng lực số")]
    public void An_opening_clause_citing_a_document_is_no_subject(string item, string who, string what)
    {
        var d = Assert.Single(Parse.Body("II. TIẾN ĐỘ\n2. Các nhiệm vụ tiếp tục thực hiện\n" + item + "\n").Deadlines);
        Assert.Equal(who, d.Who);
        Assert.Equal(what, d.What);
    }

    [Fact]
    public void A_date_broken_onto_the_next_line_is_quoted_whole()
    {
        var d = Assert.Single(Parse.Body("II. NỘI DUNG\n1. Các chi bộ báo cáo kết quả trước ngày\n27/01/2026.\n").Deadlines);
        Assert.Equal(new DateOnly(2026, 1, 27), d.Date);
        Assert.Equal(DeadlineKind.Before, d.Kind);
        Assert.Equal("Các chi bộ", d.Who);
        Assert.EndsWith("trước ngày\n27/01/2026", d.Quote, StringComparison.Ordinal);
    }

    [Fact]
    public void A_list_of_dates_gives_one_deadline_each_with_the_same_work()
    {
        var plan = Parse.Body("II. NỘI DUNG\n1. Các đoàn thể sơ kết trước 15/3/2026 và 30/6/2026.\n");
        Assert.Equal([(new DateOnly(2026, 3, 15), "sơ kết"), (new DateOnly(2026, 6, 30), "sơ kết")],
            plan.Deadlines.Select(d => (d.Date, d.What)).ToArray());
        Assert.All(plan.Deadlines, d => Assert.Equal(DeadlineKind.Before, d.Kind));
        var months = Parse.Body("II. NỘI DUNG\n1. Văn phòng Đảng ủy tổng hợp báo cáo tháng 12 và tháng 01/2026.\n").Deadlines;
        Assert.Equal("tổng hợp báo cáo", months[0].What);
        Assert.Equal(new DateOnly(2025, 12, 31), months[0].Date);
    }

    [Fact]
    public void A_headings_bracketed_horizon_is_no_deadline()
    {
        var plan = Parse.Body("II. TIẾN ĐỘ (đến hết 30/9/2025)\n1. Văn phòng Đảng ủy tổng hợp kết quả trước ngày 30/9/2025.\n");
        var d = Assert.Single(plan.Deadlines);
        Assert.Equal(DeadlineKind.Before, d.Kind);
        Assert.Equal(new DateOnly(2025, 9, 30), d.Date);
    }

    [Fact]
    public void A_headings_own_deadline_stays()
    {
        var plan = Parse.Body("II. HOÀN THÀNH TRƯỚC 30/4/2025\n1. Các chi bộ tổ chức đại hội.\n");
        Assert.Equal(new DateOnly(2025, 4, 30), Assert.Single(plan.Deadlines).Date);
    }

    [Fact]
    public void Label_who_report_to_via_and_verbatim_quote()
    {
        var plan = Parse.Body("III. THỜI GIAN\n\n1. Cấp cơ sở: Tổng hợp số liệu (*không tổ chức hội nghị*), báo cáo Ban Thường vụ Huyện ủy (*qua Ban Tổ chức Huyện ủy*) trước ngày **27/01/2024**.\n");
        var d = Assert.Single(plan.Deadlines);
        Assert.Equal((new DateOnly(2024, 1, 27), DeadlineKind.Before), (d.Date, d.Kind));
        Assert.Equal("Cấp cơ sở", d.Who);
        Assert.Equal("Tổng hợp số liệu (không tổ chức hội nghị), báo cáo Ban Thường vụ Huyện ủy", d.What);
        Assert.Equal("Ban Thường vụ Huyện ủy", d.ReportTo);
        Assert.Equal("Ban Tổ chức Huyện ủy", d.Via);
        Assert.Equal("III.1", d.Section);
        Assert.Equal("Cấp cơ sở: Tổng hợp số liệu (*không tổ chức hội nghị*), báo cáo Ban Thường vụ Huyện ủy (*qua Ban Tổ chức Huyện ủy*) trước ngày **27/01/2024**", d.Quote);
        Assert.False(d.Done);
    }

    [Fact]
    public void Lead_unit_label_of_the_item_is_who_and_the_item_heading_is_what()
    {
        var plan = Parse.Body("II. NỘI DUNG\n\n1. Kiểm tra tổ chức đảng khi có dấu hiệu vi phạm\n- Đối tượng: Ban Thường vụ Huyện ủy A.\n- Đơn vị chủ trì: Phòng Kiểm tra số 1.\n- Thời gian: Hoàn thành trước ngày 30/6/2025.\n");
        var d = Assert.Single(plan.Deadlines);
        Assert.Equal((new DateOnly(2025, 6, 30), DeadlineKind.Before), (d.Date, d.Kind));
        Assert.Equal("Phòng Kiểm tra số 1", d.Who);
        Assert.Equal("Kiểm tra tổ chức đảng khi có dấu hiệu vi phạm", d.What);
    }

    [Fact]
    public void Unit_heading_starting_with_dang_doan_is_who_and_an_unknown_verb_is_no_subject()
    {
        var plan = Parse.Body("III. PHÂN CÔNG\n\n1. Đảng đoàn Hội đồng nhân dân thành phố\n- Lãnh đạo rà soát các đơn vị, hoàn thành chậm nhất ngày 31/3/2025.\n- Sơ kết 6 tháng việc thực hiện kế hoạch, báo cáo Ban Thường vụ Thành ủy trước ngày 15/7/2025.\n");
        Assert.Equal(["Đảng đoàn Hội đồng nhân dân thành phố", "Đảng đoàn Hội đồng nhân dân thành phố"], plan.Deadlines.Select(d => d.Who));
        Assert.Equal("Ban Thường vụ Thành ủy", plan.Deadlines[1].ReportTo);
    }

    [Fact]
    public void Report_sent_to_a_body_names_report_to()
    {
        var plan = Parse.Body("II. NỘI DUNG\n\n5. Sơ kết 6 tháng công tác dân vận: báo cáo gửi Thường trực Tỉnh ủy chậm nhất ngày 20/6/2025.\n");
        Assert.Equal("Thường trực Tỉnh ủy", Assert.Single(plan.Deadlines).ReportTo);
    }

    [Fact]
    public void Subject_of_the_sentence_is_who()
    {
        var plan = Parse.Body("II. NỘI DUNG\n\n- Ban Thường vụ Huyện ủy cho ý kiến vào văn kiện đại hội (**hoàn thành trước ngày 25/5/2025**).\n");
        var d = Assert.Single(plan.Deadlines);
        Assert.Equal("Ban Thường vụ Huyện ủy", d.Who);
        Assert.Equal("cho ý kiến vào văn kiện đại hội", d.What);
    }

    [Fact]
    public void Heading_gives_who_and_topic_when_the_line_only_has_the_time()
    {
        var plan = Parse.Body("II. NỘI DUNG\n\n1.1. Cấp huyện\n\n(1) Hội nghị ban thường vụ\n\n- Thời gian hoàn thành trước ngày 08/5/2025.\n");
        var d = Assert.Single(plan.Deadlines);
        Assert.Equal(("Cấp huyện", "Hội nghị ban thường vụ", "II.1.1.(1)"), (d.Who, d.What, d.Section));
    }

    [Fact]
    public void Done_when_the_text_says_it_is_finished()
    {
        var plan = Parse.Body("II. NỘI DUNG\n\n(1) Đại hội chi bộ không quá 01 ngày, hoàn thành trước ngày 31/3/2025 (đã hoàn thành theo Kế hoạch số 294-KH/HU).\n");
        Assert.True(Assert.Single(plan.Deadlines).Done);
    }

    [Fact]
    public void Citation_dates_and_document_numbers_are_no_deadlines()
    {
        var plan = Parse.Body("I. CĂN CỨ\n\nThực hiện Chỉ thị số 35-CT/TW, ngày 30/5/2019 của Bộ Chính trị và Nghị định 30/2020/NĐ-CP.\n");
        Assert.Empty(plan.Deadlines);
        Assert.Equal(2, plan.References.Count);
    }

    [Fact]
    public void Month_level_timing_is_by_month_at_the_months_end()
    {
        var plan = Parse.Body("II. TRIỂN KHAI\n\nCấp ủy các cấp tiếp tục quán triệt.\n\nThời gian tổ chức triển khai, quán triệt hoàn thành trong tháng 8/2024.\n");
        var d = Assert.Single(plan.Deadlines);
        Assert.Equal((new DateOnly(2024, 8, 31), DeadlineKind.ByMonth), (d.Date, d.Kind));
        Assert.Equal("Cấp ủy các cấp", d.Who);
        Assert.Equal("tổ chức triển khai, quán triệt", d.What);
    }

    [Fact]
    public void Latest_day_is_kind_on_and_the_date_clause_is_scoped_by_semicolons()
    {
        var plan = Parse.Body("II. NỘI DUNG\n\n- Thống nhất chọn một số đảng bộ cơ sở thực hiện mô hình mới; đăng ký 01 chi bộ làm đại hội điểm, báo cáo về Ban Tổ chức Tỉnh ủy, chậm nhất ngày 01/5/2025.\n");
        var d = Assert.Single(plan.Deadlines);
        Assert.Equal((new DateOnly(2025, 5, 1), DeadlineKind.On), (d.Date, d.Kind));
        Assert.Equal("Ban Tổ chức Tỉnh ủy", d.ReportTo);
        Assert.StartsWith("đăng ký 01 chi bộ", d.What, StringComparison.Ordinal);
    }

    [Fact]
    public void Header_date_is_no_deadline()
    {
        var plan = Parse.Text("HUYỆN ỦY AN LÃO\nAn Lão, ngày 03 tháng 3 năm 2026\n\nKẾ HOẠCH\n\nsơ kết\n\nI. NỘI DUNG\n\n1. Sơ kết.\n");
        Assert.Empty(plan.Deadlines);
        Assert.Equal(new DateOnly(2026, 3, 3), plan.IssuedOn);
    }

    [Fact]
    public void Dateline_is_no_deadline_even_without_a_title()
    {
        var plan = Parse.Text("ĐẢNG ỦY XÃ AN BÌNH\nSố 07-KH/ĐU\nAn Bình, ngày 03 tháng 3 năm 2026\n\nI. NỘI DUNG\n\n1. Chi bộ báo cáo trước ngày 10/3/2026.\n");
        var d = Assert.Single(plan.Deadlines);
        Assert.Equal(new DateOnly(2026, 3, 10), d.Date);
    }

    [Fact]
    public void Deadlines_are_in_document_order()
    {
        var plan = Parse.Body("II. TIẾN ĐỘ\n\n1. Chi bộ báo cáo trước ngày 10/6/2026.\n\n2. Đảng ủy tổng hợp trước ngày 20/6/2026.\n");
        Assert.Equal([new DateOnly(2026, 6, 10), new DateOnly(2026, 6, 20)], plan.Deadlines.Select(d => d.Date));
    }
}

public class NamedPeriodTests
{
    [Theory]
    [InlineData("Đánh giá kết quả công tác xây dựng Đảng 6 tháng đầu năm 2026.")]
    [InlineData("Lập thành tích chào mừng các ngày lễ lớn trong năm 2025.")]
    [InlineData("Báo cáo sơ kết quý III/2026 của Đảng ủy.")]
    public void A_period_that_only_names_what_a_report_covers_is_no_deadline(string sentence) =>
        Assert.Empty(Parse.Body("II. NỘI DUNG\n\n1. " + sentence + "\n").Deadlines);

    [Theory]
    [InlineData("Ủy ban Kiểm tra chủ trì kiểm tra 04 đảng ủy, hoàn thành trong quý II/2026.", "2026-06-30")]
    [InlineData("Các chi bộ hoàn thành việc rà soát trong 6 tháng đầu năm 2026.", "2026-06-30")]
    [InlineData("Văn phòng hoàn thành số hóa hồ sơ trong năm 2026.", "2026-12-31")]
    public void A_period_with_a_due_cue_is_a_by_month_deadline(string sentence, string date)
    {
        var d = Assert.Single(Parse.Body("II. NỘI DUNG\n\n1. " + sentence + "\n").Deadlines);
        Assert.Equal((DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), DeadlineKind.ByMonth), (d.Date, d.Kind));
    }
}

public class RelativeDeadlineTests
{
    [Fact]
    public void Timing_tied_to_an_event_is_kept_with_its_anchor_and_no_date()
    {
        var plan = Parse.Body("IV. TỔ CHỨC THỰC HIỆN\n\n3. Các đảng ủy trực thuộc hoàn thiện báo cáo trong 10 ngày kể từ ngày kết thúc hội nghị.\n");
        Assert.Empty(plan.Deadlines);
        var r = Assert.Single(plan.RelativeDeadlines);
        Assert.Equal(("Các đảng ủy trực thuộc", "IV.3"), (r.Who, r.Section));
        Assert.Contains("trong 10 ngày kể từ ngày kết thúc hội nghị", r.Quote, StringComparison.Ordinal);
        Assert.Contains("kết thúc hội nghị", r.Anchor, StringComparison.Ordinal);
    }

    [Fact]
    public void Unit_label_of_the_sentence_covers_a_later_clause()
    {
        var plan = Parse.Body("V. TỔ CHỨC THỰC HIỆN\n\n2. Các chi bộ trực thuộc: Tổ chức đại hội theo đúng lịch trình; trong 05 ngày làm việc sau đại hội, gửi biên bản và hồ sơ đại hội về Đảng ủy.\n");
        var r = Assert.Single(plan.RelativeDeadlines);
        Assert.Equal(("Các chi bộ trực thuộc", "gửi biên bản và hồ sơ đại hội về Đảng ủy"), (r.Who, r.What));
    }

    [Fact]
    public void Purpose_and_contents_parts_assign_no_relative_work()
    {
        var plan = Parse.Body("I. MỤC ĐÍCH, YÊU CẦU\n\n1. Bố trí cán bộ kịp thời ngay sau đại hội.\n\nII. NỘI DUNG\n\n1. Việc phân công cấp ủy sau đại hội.\n");
        Assert.Empty(plan.RelativeDeadlines);
    }
}
