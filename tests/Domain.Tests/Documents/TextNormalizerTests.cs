using NhacHan.Domain.Documents;

namespace NhacHan.Domain.Tests.Documents;

public class TextNormalizerTests
{
    [Theory]
    [InlineData("Ha\u0323n cho\u0301t", "Hạn chót")]
    [InlineData("Ban\u00a0Tổ\u202fchức", "Ban Tổ chức")]
    [InlineData("Kế\u200b hoạch\u200d số\ufeff", "Kế hoạch số")]
    [InlineData("Kế hoạch số 15–KH/TU", "Kế hoạch số 15-KH/TU")]
    [InlineData("Chỉ thị 45—CT/TW", "Chỉ thị 45-CT/TW")]
    [InlineData("Quyết định 30–QĐ-TW", "Quyết định 30-QĐ-TW")]
    [InlineData("từ 01/4–15/4/2026", "từ 01/4–15/4/2026")]
    [InlineData("giai đoạn 2025–2030", "giai đoạn 2025–2030")]
    [InlineData("Mục I – MỤC ĐÍCH", "Mục I – MỤC ĐÍCH")]
    [InlineData("dòng 1\r\ndòng 2\n\tô bảng  hai  dấu cách", "dòng 1\r\ndòng 2\n\tô bảng  hai  dấu cách")]
    public void Normalize(string input, string expected) => Assert.Equal(expected, TextNormalizer.Normalize(input));

    [Fact]
    public void Normalize_returns_the_same_instance_when_nothing_changes()
    {
        const string text = "Hoàn thành trước ngày 30/6/2025.";
        Assert.Same(text, TextNormalizer.Normalize(text));
    }

    [Theory]
    [InlineData("  Hoàn \t thành\u00a0\u00a0trước  ", "Hoàn thành trước")]
    [InlineData("ĐẢNG BỘ TỈNH \n HUYỆN ỦY", "ĐẢNG BỘ TỈNH\nHUYỆN ỦY")]
    [InlineData("\t\t", "")]
    public void NormalizeInline_collapses_layout_whitespace(string input, string expected) =>
        Assert.Equal(expected, TextNormalizer.NormalizeInline(input));
}
