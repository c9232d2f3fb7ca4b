using NhacHan.Domain.Documents;

namespace NhacHan.Domain.Tests.Documents;

public class LegacyFontDetectorTests
{
    // "ĐẢNG BỘ HUYỆN TAM ĐƯỜNG / Cộng hòa xã hội chủ nghĩa Việt Nam / Kế hoạch tổ chức đại hội chi bộ" in TCVN3.
    public const string Tcvn3Sample = "§¶ng bé huyÖn Tam §­êng\nC«ng hßa x· héi chñ nghÜa ViÖt Nam\nKÕ ho¹ch tæ chøc ®¹i héi chi bé, hoµn thµnh tr­íc ngµy 30/6/2025.";

    // "Cộng hòa xã hội chủ nghĩa Việt Nam / Đảng bộ huyện / Ủy ban kiểm tra" in VNI.
    public const string VniSample = "Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam\nÑaûng boä huyeän Tam Ñöôøng\nUûy ban kieåm tra hoaøn thaønh tröôùc ngaøy 30/6/2025.";

    [Fact]
    public void Tcvn3_is_detected_with_a_sample_of_the_broken_text()
    {
        var hit = LegacyFontDetector.Detect(Tcvn3Sample);
        Assert.NotNull(hit);
        Assert.Equal(LegacyFontFamily.Tcvn3, hit.Value.Family);
        Assert.Contains("§¶ng", hit.Value.Sample, StringComparison.Ordinal);
    }

    [Fact]
    public void Vni_is_detected()
    {
        var hit = LegacyFontDetector.Detect(VniSample);
        Assert.NotNull(hit);
        Assert.Equal(LegacyFontFamily.Vni, hit.Value.Family);
        Assert.Contains("Coäng", hit.Value.Sample, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ĐẢNG BỘ TỈNH THỪA THIÊN HUẾ\nCộng hòa xã hội chủ nghĩa Việt Nam. Ủy ban kiểm tra hoàn thành trước ngày 30/6/2025; báo cáo kết quả về Ban Thường vụ.")]
    [InlineData("Căn cứ Điều lệ Đảng; § 3 của Quy định; giá 100.000 đ; nhiệt độ 30° C; © 2024.")]
    [InlineData("Thông tin khách mời: Müller, Françoise, Søren, José — hội nghị quốc tế.")]
    [InlineData("Hạn nộp: ngày 15–10–2025 · phòng họp số 2 · ghi chú ¶ cuối.")]
    [InlineData("")]
    public void Ordinary_text_is_not_legacy(string text) => Assert.Null(LegacyFontDetector.Detect(text));

    [Fact]
    public void Modern_text_quoting_one_legacy_word_is_not_flagged()
    {
        var text = string.Concat(Enumerable.Repeat("Đảng ủy xã tổ chức hội nghị, hoàn thành trước ngày 20/5/2025. ", 20)) + "(phông cũ hiển thị §¶ng bé)";
        Assert.Null(LegacyFontDetector.Detect(text));
        Assert.Null(LegacyFontDetector.DetectPartial(text));
    }

    [Fact]
    public void A_legacy_header_in_a_unicode_document_is_partial()
    {
        var text = "§¶ng bé huyÖn Tam §­êng\nC«ng hßa x· héi chñ nghÜa ViÖt Nam\n" + string.Concat(Enumerable.Repeat("Đảng ủy xã tổ chức hội nghị, hoàn thành trước ngày 20/5/2025. ", 10));
        Assert.Null(LegacyFontDetector.Detect(text));
        var partial = LegacyFontDetector.DetectPartial(text);
        Assert.Equal(LegacyFontFamily.Tcvn3, partial?.Family);
        Assert.Null(LegacyFontDetector.DetectPartial(Tcvn3Sample));
    }
}
