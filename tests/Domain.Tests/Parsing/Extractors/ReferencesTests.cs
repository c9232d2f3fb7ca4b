using NhacHan.Domain.Plans;

namespace NhacHan.Domain.Tests.Parsing.Extractors;

public class ReferencesTests
{
    [Fact]
    public void Issuer_stops_before_a_verb_a_second_citation_or_a_subject_that_acts()
    {
        var refs = Parse.Body("I. CĂN CỨ\nNghị quyết số 57-NQ/TW, ngày 22.12.2024 của Bộ Chính trị xác định khoa học là đột phá. "
            + "Thực hiện Kế hoạch số 02-KH/BCĐTW, ngày 15.01.2025 của Ban Chỉ đạo Trung ương và Chương trình hành động số 28-CTr/TU, ngày 10/2/2025 của Tỉnh ủy Nghệ An, Đảng ủy Trường xác định nhiệm vụ.\n"
            + "- Căn cứ Quyết định số 1131/QĐ-BGDĐT ngày 18/4/2023 của Bộ Giáo dục và Đào tạo, Phòng Đào tạo cập nhật chuẩn năng lực số.\n").References;
        Assert.Equal(["57-NQ/TW Bộ Chính trị", "02-KH/BCĐTW Ban Chỉ đạo Trung ương", "28-CTr/TU Tỉnh ủy Nghệ An", "1131/QĐ-BGDĐT Bộ Giáo dục và Đào tạo"],
            refs.Select(r => r.Number + " " + r.Issuer).ToArray());
        Assert.Equal("Chương trình", refs[2].Kind);
        Assert.Equal(new DateOnly(2025, 2, 10), refs[2].Date);
    }

    [Fact]
    public void Kind_number_date_and_issuer_of_a_citation()
    {
        var plan = Parse.Body("Thực hiện Kế hoạch số 146-KH/TU, ngày 18/01/2024 của Ban Thường vụ Tỉnh ủy về tổng kết, Huyện ủy ban hành kế hoạch.\n");
        Assert.Equal([new DocumentReference("Kế hoạch", "146-KH/TU", new DateOnly(2024, 1, 18), "Ban Thường vụ Tỉnh ủy")], plan.References);
    }

    [Fact]
    public void Numbers_with_a_slash_programmes_and_an_issuer_before_a_quoted_title()
    {
        var plan = Parse.Body("- Căn cứ Quyết định số 1234/QĐ-UBND, ngày 05/3/2025 của Ủy ban nhân dân tỉnh về phân bổ kinh phí;\n- Chương trình số 05-CTr/TU, ngày 30/12/2024 của Ban Thường vụ Tỉnh ủy;\n- Nghị quyết số 18-NQ/TW, ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng khóa XII \"Một số vấn đề về tiếp tục đổi mới\".\n");
        Assert.Equal([
            new DocumentReference("Quyết định", "1234/QĐ-UBND", new DateOnly(2025, 3, 5), "Ủy ban nhân dân tỉnh"),
            new DocumentReference("Chương trình", "05-CTr/TU", new DateOnly(2024, 12, 30), "Ban Thường vụ Tỉnh ủy"),
            new DocumentReference("Nghị quyết", "18-NQ/TW", new DateOnly(2017, 10, 25), "Ban Chấp hành Trung ương Đảng khóa XII"),
        ], plan.References);
        Assert.Empty(plan.Deadlines);
    }

    [Fact]
    public void Deduplicated_by_number_with_date_from_a_later_mention()
    {
        var plan = Parse.Body("Theo Chỉ thị số 35-CT/TW của Bộ Chính trị.\n\nCăn cứ Chỉ thị số 35-CT/TW, ngày 30/5/2019 của Bộ Chính trị.\n");
        var r = Assert.Single(plan.References);
        Assert.Equal(new DateOnly(2019, 5, 30), r.Date);
        Assert.Equal("Bộ Chính trị", r.Issuer);
    }

    [Fact]
    public void Issuer_list_with_capitals_and_spelled_date()
    {
        var plan = Parse.Body("Thực hiện Kết luận số 127-KL/TW, ngày 28 tháng 02 năm 2025 của Bộ Chính trị, Ban Bí thư khoá XIII về sắp xếp.\n");
        var r = Assert.Single(plan.References);
        Assert.Equal(("Kết luận", "127-KL/TW", new DateOnly(2025, 2, 28), "Bộ Chính trị, Ban Bí thư khoá XIII"), (r.Kind, r.Number, r.Date!.Value, r.Issuer));
    }

    [Fact]
    public void Issuer_before_ban_hanh_when_no_cua()
    {
        var plan = Parse.Body("Ban Thường vụ Huyện ủy đã ban hành Kế hoạch số 339-KH/HU, ngày 14/02/2025 thực hiện thí điểm.\n");
        Assert.Equal("Ban Thường vụ Huyện ủy", Assert.Single(plan.References).Issuer);
    }

    [Fact]
    public void Government_style_numbers_and_dashes()
    {
        var plan = Parse.Body("Căn cứ Nghị định 30/2020/NĐ-CP và Hướng dẫn số 12 – HD/BTCTW.\n");
        Assert.Equal(["30/2020/NĐ-CP", "12-HD/BTCTW"], plan.References.Select(r => r.Number));
    }

    [Fact]
    public void Mixed_case_symbols_such_as_CTr()
    {
        var plan = Parse.Body("Thực hiện Chương trình số 12-CTr/TU, ngày 25/12/2025 của Ban Thường vụ Tỉnh ủy.\n");
        Assert.Equal(("Chương trình", "12-CTr/TU"), (plan.References[0].Kind, plan.References[0].Number));
    }

    [Fact]
    public void Document_without_a_number_is_left_out() =>
        Assert.Empty(Parse.Body("Thực hiện Hướng dẫn của Ban Tổ chức Trung ương về công tác nhân sự.\n").References);

    [Fact]
    public void Supersedes_takes_only_the_replaced_plan()
    {
        var plan = Parse.Body("Kế hoạch này thay thế Kế hoạch số 294-KH/HU, ngày 19/7/2024 của Ban Chấp hành Đảng bộ huyện về thực hiện Chỉ thị số 35-CT/TW của Bộ Chính trị.\n");
        Assert.Equal(["294-KH/HU"], plan.Supersedes);
        Assert.Equal(2, plan.References.Count);
    }

    [Fact]
    public void Supersedes_several_listed_plans()
    {
        var plan = Parse.Body("Kế hoạch này thay thế Kế hoạch số 12-KH/ĐU và Kế hoạch số 15-KH/ĐU của Đảng ủy xã.\n");
        Assert.Equal(["12-KH/ĐU", "15-KH/ĐU"], plan.Supersedes);
    }

    [Fact]
    public void Thay_giay_moi_is_no_supersession() =>
        Assert.Empty(Parse.Body("(Kế hoạch này thay giấy mời theo Kế hoạch số 5-KH/TU).\n").Supersedes);
}
