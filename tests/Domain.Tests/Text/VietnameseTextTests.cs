using NhacHan.Domain.Text;

namespace NhacHan.Domain.Tests.Text;

public class VietnameseTextTests
{
    [Theory]
    [InlineData("Hạn nộp báo cáo", "han nop bao cao")]
    [InlineData("Đảng ủy xã ĐỒNG", "dang uy xa dong")]
    [InlineData("Ban  Tổ\u00a0chức\tHuyện ủy", "ban to chuc huyen uy")]
    [InlineData("Quý III/2025", "quy iii/2025")]
    public void Fold_removes_tones_maps_d_and_collapses_spaces(string input, string expected) =>
        Assert.Equal(expected, VietnameseText.Fold(input));

    [Theory]
    [InlineData("Huyện uỷ", "Huyện ủy")]
    [InlineData("hoà bình", "hòa bình")]
    [InlineData("thuỷ lợi", "thủy lợi")]
    [InlineData("khoẻ", "khỏe")]
    [InlineData("quý III", "quý III")]
    [InlineData("Ủy ban", "Ủy ban")]
    [InlineData("hoàn thành", "hoàn thành")]
    public void CanonicalTones_moves_old_style_tones(string input, string expected) =>
        Assert.Equal(expected, VietnameseText.CanonicalTones(input));

    [Fact]
    public void Nfc_composes_combining_marks()
    {
        var decomposed = "Ha\u0323n"; // "Hạn" with a combining dot below
        Assert.Equal("Hạn", VietnameseText.Nfc(decomposed));
    }
}
