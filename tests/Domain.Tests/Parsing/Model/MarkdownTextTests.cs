using NhacHan.Domain.Parsing.Model;

namespace NhacHan.Domain.Tests.Parsing.Model;

public class MarkdownTextTests
{
    [Theory]
    [InlineData("trước ngày **27/01/2024**", "trước ngày 27/01/2024")]
    [InlineData("(*qua Ban Tổ chức Huyện ủy*)", "(qua Ban Tổ chức Huyện ủy)")]
    [InlineData("## KẾ HOẠCH", "KẾ HOẠCH")]
    [InlineData("Tỉnh ủy\\*.", "Tỉnh ủy.")]
    [InlineData("Hội nghị \t tổng kết\u00A0 lần 2", "Hội nghị tổng kết lần 2")]
    public void Clean_strips_markdown_and_collapses_whitespace(string raw, string clean) =>
        Assert.Equal(clean, MarkdownText.Clean(raw));

    [Theory]
    [InlineData("T/M BAN THƯỜNG VỤ", true)]
    [InlineData("Ban Thường vụ Tỉnh ủy", false)]
    [InlineData("2024", false)]
    public void Mostly_upper(string s, bool upper) => Assert.Equal(upper, MarkdownText.IsMostlyUpper(s));
}
