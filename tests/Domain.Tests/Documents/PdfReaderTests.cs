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
    public void A_table_in_the_body_is_read_row_by_row()
    {
        PdfText[] page =
        [
            new("Tien do thuc hien:", 72, 100),
            new("Noi dung", 72, 130), new("Chu tri", 250, 130), new("Thoi gian", 420, 130),
            new("Ban hanh ke hoach", 72, 146), new("Van phong", 250, 146), new("Truoc 30/6/2026", 420, 146),
            new("Hoi nghi tong ket", 72, 162), new("Ban To chuc", 250, 162), new("Thang 8/2026", 420, 162),
            new("To chuc thuc hien nghiem tuc ke hoach nay.", 72, 200),
            new("Noi nhan:", 72, 240), new("T/M BAN THUONG VU", 350, 240),
            new("- Luu VP.", 72, 256), new("BI THU", 380, 256),
        ];
        Assert.Equal(
            ["Tien do thuc hien:", "Noi dung", "Chu tri", "Thoi gian", "Ban hanh ke hoach", "Van phong", "Truoc 30/6/2026",
             "Hoi nghi tong ket", "Ban To chuc", "Thang 8/2026", "To chuc thuc hien nghiem tuc ke hoach nay.",
             "Noi nhan:", "- Luu VP.", "T/M BAN THUONG VU", "BI THU"],
            Paragraphs(Pdf(null, page)));
    }

    [Fact]
    public void A_two_column_table_mid_page_is_not_taken_for_a_header()
    {
        PdfText[] page =
        [
            new("Lich trinh:", 72, 100),
            new("Thang 7/2026", 72, 130), new("Hoi nghi quan triet", 300, 130),
            new("Thang 8/2026", 72, 146), new("Dai hoi chi bo", 300, 146),
            new("Cac chi bo thuc hien nghiem tuc ke hoach.", 72, 200),
            new("Doan cuoi cung cua trang nay.", 72, 230),
            new("Dong ket thuc.", 72, 260),
        ];
        Assert.Equal(
            ["Lich trinh:", "Thang 7/2026", "Hoi nghi quan triet", "Thang 8/2026", "Dai hoi chi bo", "Cac chi bo thuc hien nghiem tuc ke hoach.", "Doan cuoi cung cua trang nay.", "Dong ket thuc."],
            Paragraphs(Pdf(null, page)));
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

    [Fact]
    public void A_flate_bomb_content_stream_is_refused_without_inflating_it_into_memory()
    {
        var pdf = FlateBombPdf(200 * 1024 * 1024);
        Assert.True(pdf.Length < 1_000_000);
        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = DocumentReader.Read("bom.pdf", pdf);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.NotNull(result.Error);
        Assert.True(allocated < 100L * 1024 * 1024, $"allocated {allocated / (1024 * 1024)} MB");
    }

    /// <summary>A one-page PDF whose content stream inflates to <paramref name="inflatedBytes"/> spaces.</summary>
    private static byte[] FlateBombPdf(int inflatedBytes)
    {
        using var compressed = new MemoryStream();
        using (var z = new System.IO.Compression.ZLibStream(compressed, System.IO.Compression.CompressionLevel.SmallestSize, leaveOpen: true))
        {
            var chunk = new byte[1024 * 1024];
            Array.Fill(chunk, (byte)' ');
            for (var i = 0; i < inflatedBytes / chunk.Length; i++) z.Write(chunk);
        }
        var data = compressed.ToArray();
        using var pdf = new MemoryStream();
        var offsets = new List<long>();
        void Write(string s) => pdf.Write(System.Text.Encoding.ASCII.GetBytes(s));
        Write("%PDF-1.4\n");
        offsets.Add(pdf.Position); Write("1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n");
        offsets.Add(pdf.Position); Write("2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n");
        offsets.Add(pdf.Position); Write("3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >> endobj\n");
        offsets.Add(pdf.Position); Write($"4 0 obj << /Length {data.Length} /Filter /FlateDecode >> stream\n");
        pdf.Write(data);
        Write("\nendstream endobj\n");
        var xref = pdf.Position;
        Write("xref\n0 5\n0000000000 65535 f \n");
        foreach (var o in offsets) Write($"{o:0000000000} 00000 n \n");
        Write($"trailer << /Root 1 0 R /Size 5 >>\nstartxref\n{xref}\n%%EOF\n");
        return pdf.ToArray();
    }
}
