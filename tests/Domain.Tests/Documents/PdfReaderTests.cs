using NhacHan.Domain.Documents;
using NhacHan.Domain.Tests.Documents.Support;
using static NhacHan.Domain.Tests.Documents.Support.PdfFactory;

namespace NhacHan.Domain.Tests.Documents;

public class PdfReaderTests
{
    private static string[] Paragraphs(byte[] pdf)
    {
        var result = DocumentReader.Read("kh.pdf", pdf);
        Assert.Null(result.Error);
        var doc = result.Document!;
        foreach (var p in doc.Blocks.OfType<ParagraphBlock>()) Assert.Equal(p.Text, doc.Slice(p.Span));
        return doc.Blocks.OfType<ParagraphBlock>().Select(p => p.Text).ToArray();
    }

    private const string Full = "Cac chi bo to chuc dai hoi theo dung huong dan cua cap tren va bao dam chat luong";

    [Fact]
    public void Wrapped_lines_of_one_paragraph_are_joined()
    {
        var pdf = Pdf(null, Lines(100, 14, Full, "toan dien, hoan thanh truoc ngay 30/6/2025."));
        Assert.Equal([Full + " toan dien, hoan thanh truoc ngay 30/6/2025."], Paragraphs(pdf));
    }

    [Fact]
    public void A_short_line_ends_its_paragraph_unless_the_next_starts_lower_case()
    {
        var pdf = Pdf(null, Lines(100, 14, "Thoi gian hoan thanh:", "Truoc ngay 30/6/2025.", "Ban To chuc chu tri", "phoi hop voi Van phong."));
        Assert.Equal(["Thoi gian hoan thanh:", "Truoc ngay 30/6/2025.", "Ban To chuc chu tri phoi hop voi Van phong."], Paragraphs(pdf));
    }

    [Fact]
    public void Headings_and_list_items_stay_separate()
    {
        var pdf = Pdf(null, Lines(100, 14, "I. MUC DICH, YEU CAU", "1. Muc dich", Full, "- Ban Tuyen giao chu tri;", "a) Hoi nghi quan triet;", "(2) Dai hoi chi bo;", "+ cap co so."));
        Assert.Equal(["I. MUC DICH, YEU CAU", "1. Muc dich", Full, "- Ban Tuyen giao chu tri;", "a) Hoi nghi quan triet;", "(2) Dai hoi chi bo;", "+ cap co so."], Paragraphs(pdf));
    }

    [Fact]
    public void An_all_caps_heading_does_not_swallow_the_body_below()
    {
        var pdf = Pdf(null, Lines(100, 14, "KE HOACH", "to chuc dai hoi chi bo nhiem ky 2025 - 2030"));
        Assert.Equal(["KE HOACH", "to chuc dai hoi chi bo nhiem ky 2025 - 2030"], Paragraphs(pdf));
    }

    [Fact]
    public void A_blank_gap_or_a_first_line_indent_starts_a_new_paragraph()
    {
        var gap = Pdf(null, [.. Lines(100, 14, Full), .. Lines(140, 14, "Tiep theo la doan moi.")]);
        Assert.Equal([Full, "Tiep theo la doan moi."], Paragraphs(gap));
        var indent = Pdf(null, Lines(100, 14, Full, ">Doan moi thut dau dong."));
        Assert.Equal([Full, "Doan moi thut dau dong."], Paragraphs(indent));
    }

    [Fact]
    public void Two_columns_on_one_row_are_separate_lines()
    {
        var pdf = Pdf(null, [new PdfText("HUYEN UY TAM DUONG", 60, 60), new PdfText("DANG CONG SAN VIET NAM", 320, 60), new PdfText("Tam Duong, ngay 09 thang 5 nam 2025", 300, 90)]);
        Assert.Equal(["HUYEN UY TAM DUONG", "DANG CONG SAN VIET NAM", "Tam Duong, ngay 09 thang 5 nam 2025"], Paragraphs(pdf));
    }

    [Fact]
    public void A_two_column_header_is_read_left_column_first_then_right()
    {
        PdfText[] header =
        [
            new("DANG BO TINH LAM DONG", 60, 60), new("DANG CONG SAN VIET NAM", 330, 60),
            new("DANG UY PHUONG XUAN HUONG", 55, 76),
            new("*", 140, 92),
            new("So 31-KH/DU", 110, 108), new("Da Lat, ngay 03 thang 4 nam 2026", 320, 108),
            new("KE HOACH", 270, 150),
        ];
        Assert.Equal(
            ["DANG BO TINH LAM DONG", "DANG UY PHUONG XUAN HUONG", "*", "So 31-KH/DU", "DANG CONG SAN VIET NAM", "Da Lat, ngay 03 thang 4 nam 2026", "KE HOACH"],
            Paragraphs(Pdf(null, header)));
    }

    [Fact]
    public void A_paragraph_continues_across_a_page_break_and_page_numbers_are_dropped()
    {
        var page1 = Lines(760, 14, Full).Append(new PdfText("1", 290, 820)).ToList();
        var page2 = Lines(60, 14, "hoan thanh truoc ngay 30/6/2025.", "Ban To chuc theo doi.");
        Assert.Equal([Full + " hoan thanh truoc ngay 30/6/2025.", "Ban To chuc theo doi."], Paragraphs(Pdf(null, page1, page2)));
    }

    [Fact]
    public void Vietnamese_text_comes_out_as_nfc_unicode()
    {
        if (VietnameseFontPath is null) return; // No TrueType font with Vietnamese glyphs here; the committed pdf_01 fixture covers it.
        var pdf = Pdf(File.ReadAllBytes(VietnameseFontPath), Lines(100, 16, "II. NỘI DUNG", "Đảng ủy xã hoàn thành trước ngày 20/5/2025."));
        Assert.Equal(["II. NỘI DUNG", "Đảng ủy xã hoàn thành trước ngày 20/5/2025."], Paragraphs(pdf));
    }

    [Fact]
    public void Image_only_pdf_is_a_scan()
    {
        var error = DocumentReader.Read("scan.pdf", ImageOnlyPdf()).Error!;
        Assert.Equal(ParseErrorCode.ScannedPdf, error.Code);
        Assert.Equal("PDF không có lớp văn bản (bản scan). Vui lòng gửi bản .docx hoặc PDF xuất trực tiếp từ Word.", error.Message);
    }

    [Fact]
    public void Truncated_and_corrupted_pdfs_are_errors_not_exceptions()
    {
        var pdf = Pdf(null, Lines(100, 14, Full, "hoan thanh truoc ngay 30/6/2025."));
        var random = new Random(3);
        for (var i = 0; i < 60; i++)
        {
            var bytes = i % 2 == 0 ? pdf.AsSpan(0, random.Next(8, pdf.Length)).ToArray() : (byte[])pdf.Clone();
            if (i % 2 == 1) for (var f = 0; f < 10; f++) bytes[random.Next(9, bytes.Length)] = (byte)random.Next(256);
            var result = DocumentReader.Read("kh.pdf", bytes);
            Assert.True(result.Document is not null || result.Error is not null);
        }
        Assert.Equal(ParseErrorCode.Corrupt, DocumentReader.Read("kh.pdf", "%PDF-1.7\n garbage"u8.ToArray()).Error!.Code);
    }
}
