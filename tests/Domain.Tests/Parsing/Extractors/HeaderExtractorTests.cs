namespace NhacHan.Domain.Tests.Parsing.Extractors;

public class HeaderExtractorTests
{
    private const string Header = """
        ĐẢNG BỘ TỈNH LAI CHÂU
        HUYỆN ỦY TAM ĐƯỜNG
        *
        Số 215–KH/HU
        ĐẢNG CỘNG SẢN VIỆT NAM
        Tam Đường, ngày 09 tháng 5 năm 2025

        KẾ HOẠCH
        tổ chức đại hội chi bộ thôn
        nhiệm kỳ 2025 - 2027
        -----

        I. MỤC ĐÍCH, YÊU CẦU
        """;

    [Fact]
    public void Number_with_an_en_dash_is_normalised() => Assert.Equal("215-KH/HU", Parse.Text(Header).Number);

    [Fact]
    public void Place_and_date_from_the_dateline()
    {
        var plan = Parse.Text(Header);
        Assert.Equal("Tam Đường", plan.Place);
        Assert.Equal(new DateOnly(2025, 5, 9), plan.IssuedOn);
        Assert.Null(plan.IssuedMonth);
    }

    [Fact]
    public void Place_and_date_on_the_number_line_of_a_two_column_text_header()
    {
        var plan = Parse.Text("""
            QUẬN ỦY HẢI CHÂU                                  ĐẢNG CỘNG SẢN VIỆT NAM
                    *
            Số 47-KH/QU                                 Hải Châu, ngày 20 tháng 02 năm 2025

            KẾ HOẠCH
            kiểm điểm chất lượng

            I. MỤC ĐÍCH
            """);
        Assert.Equal("47-KH/QU", plan.Number);
        Assert.Equal("Hải Châu", plan.Place);
        Assert.Equal(new DateOnly(2025, 2, 20), plan.IssuedOn);
    }

    [Fact]
    public void Issuer_is_the_last_line_of_the_top_left_block_in_normal_case() =>
        Assert.Equal("Huyện ủy Tam Đường", Parse.Text(Header).Issuer);

    [Fact]
    public void Title_joins_lower_case_continuation_lines() =>
        Assert.Equal("tổ chức đại hội chi bộ thôn nhiệm kỳ 2025 - 2027", Parse.Text(Header).Title);

    [Fact]
    public void Blank_day_gives_only_the_month_and_blank_number_gives_null()
    {
        var plan = Parse.Text("TỈNH ỦY BẮC NINH\nSố     -KH/TU\nBắc Ninh, ngày      tháng 8 năm 2024\n\nKẾ HOẠCH\n\nthực hiện Chỉ thị\n");
        Assert.Null(plan.Number);
        Assert.Null(plan.IssuedOn);
        Assert.Equal(new DateOnly(2024, 8, 1), plan.IssuedMonth);
        Assert.Equal("Tỉnh ủy Bắc Ninh", plan.Issuer);
    }

    [Fact]
    public void Title_glued_to_the_heading_by_markdown()
    {
        var plan = Parse.Text("KẾ HOẠCH**Tổ chức Hội nghị sơ kết 6 tháng**\n\nThực hiện Chỉ thị …\n");
        Assert.Equal("Tổ chức Hội nghị sơ kết 6 tháng", plan.Title);
    }

    [Fact]
    public void Title_stops_at_the_opening_paragraph()
    {
        var plan = Parse.Text("KẾ HOẠCH\n\nthực hiện Chỉ thị số 45-CT/TW\n\nThực hiện Chỉ thị số 45-CT/TW, ngày 14/4/2025 của Bộ Chính trị, Huyện ủy ban hành kế hoạch như sau:\n");
        Assert.Equal("thực hiện Chỉ thị số 45-CT/TW", plan.Title);
        Assert.Equal("Huyện ủy", plan.Issuer);
    }

    [Fact]
    public void Issuer_without_header_comes_from_the_closing_request()
    {
        var plan = Parse.Text("KẾ HOẠCH\n\ntổng kết\n\nI. NỘI DUNG\n\n1. Đánh giá.\n\nBan Thường vụ Huyện ủy yêu cầu các cấp ủy nghiêm túc thực hiện.\n");
        Assert.Equal("Ban Thường vụ Huyện ủy", plan.Issuer);
    }

    [Fact]
    public void State_body_number_form_and_programme_heading()
    {
        var plan = Parse.Text("UBND XÃ AN BÌNH\nSố: 12/KH-UBND\n\nCHƯƠNG TRÌNH\n\ncông tác năm 2026\n\nI. NỘI DUNG\n");
        Assert.Equal("12/KH-UBND", plan.Number);
        Assert.Equal("công tác năm 2026", plan.Title);
        Assert.Equal("UBND xã An Bình", plan.Issuer);
    }

    [Theory]
    [InlineData("TỈNH ỦY LÂM ĐỒNG\nBAN DÂN VẬN", "Ban Dân vận Tỉnh ủy Lâm Đồng")]
    [InlineData("TỈNH ỦY QUẢNG NGÃI\nỦY BAN KIỂM TRA", "Ủy ban Kiểm tra Tỉnh ủy Quảng Ngãi")]
    [InlineData("ĐẢNG BỘ TỈNH BÌNH ĐỊNH\nĐẢNG ỦY CƠ QUAN SỞ GIÁO DỤC VÀ ĐÀO TẠO", "Đảng ủy cơ quan Sở Giáo dục và Đào tạo")]
    [InlineData("ĐẢNG BỘ TỈNH\nĐẢNG ỦY CÔNG AN TỈNH", "Đảng ủy Công an tỉnh")]
    [InlineData("HUYỆN ỦY A\nBAN TỔ CHỨC HUYỆN ỦY", "Ban Tổ chức Huyện ủy")]
    public void Issuer_joins_a_body_to_its_committee_and_keeps_names_of_sectors(string header, string issuer) =>
        Assert.Equal(issuer, Parse.Text(header + "\n*\nSố 12-KH/UBKTTU\n\nĐẢNG CỘNG SẢN VIỆT NAM\nA, ngày 10 tháng 01 năm 2025\n\nKẾ HOẠCH\nkiểm tra năm 2025\n\nI. MỤC ĐÍCH\n").Issuer);
}
