using NhacHan.Domain.Parsing.Model;

namespace NhacHan.Domain.Tests.Parsing.Model;

public class LeadMarkerTests
{
    [Theory]
    [InlineData("I. MỤC ĐÍCH, YÊU CẦU", NumberStyle.Roman, "I", "MỤC ĐÍCH, YÊU CẦU")]
    [InlineData("### IV. TỔ CHỨC THỰC HIỆN", NumberStyle.Roman, "IV", "TỔ CHỨC THỰC HIỆN")]
    [InlineData("1. Cấp cơ sở: Tổng hợp", NumberStyle.Arabic, "1", "Cấp cơ sở: Tổng hợp")]
    [InlineData("1.1. Cấp huyện", NumberStyle.Arabic, "1.1", "Cấp huyện")]
    [InlineData("2.3.1 Hội nghị", NumberStyle.Arabic, "2.3.1", "Hội nghị")]
    [InlineData("(2) Hội nghị Ban Chấp hành", NumberStyle.Paren, "(2)", "Hội nghị Ban Chấp hành")]
    [InlineData("a) Chi bộ thôn", NumberStyle.Letter, "a", "Chi bộ thôn")]
    [InlineData("b. Cấp cơ sở", NumberStyle.Letter, "b", "Cấp cơ sở")]
    [InlineData("PHẦN II. NHIỆM VỤ", NumberStyle.Roman, "II", "NHIỆM VỤ")]
    [InlineData("Phần I: Mục đích", NumberStyle.Roman, "I", "Mục đích")]
    [InlineData("**1. Thời gian:** ½ ngày", NumberStyle.Arabic, "1", "Thời gian:** ½ ngày")]
    public void Reads_numbering(string raw, NumberStyle style, string number, string body)
    {
        var m = LeadMarker.Read(raw);
        Assert.Equal(style, m.Style);
        Assert.Equal(number, m.Number);
        Assert.Equal(body, raw[m.BodyOffset..]);
    }

    [Theory]
    [InlineData("- Ban Tổ chức Tỉnh ủy,", '-')]
    [InlineData("+ Đối với đảng bộ xã", '+')]
    [InlineData("* *Đại biểu tỉnh*:", '*')]
    [InlineData("      - Cho ý kiến", '-')]
    public void Reads_list_markers(string raw, char bullet)
    {
        var m = LeadMarker.Read(raw);
        Assert.Equal(NumberStyle.None, m.Style);
        Assert.Equal(bullet, m.Bullet);
    }

    [Theory]
    [InlineData("27/01/2024 là hạn")]
    [InlineData("1.245 người tham dự")]
    [InlineData("2024-2025 nhiệm kỳ")]
    [InlineData("-----")]
    [InlineData("Ban Tổ chức")]
    public void Does_not_take_dates_numbers_or_rules_for_numbering(string raw)
    {
        var m = LeadMarker.Read(raw);
        Assert.Equal(NumberStyle.None, m.Style);
        Assert.Equal('\0', m.Bullet);
    }
}
