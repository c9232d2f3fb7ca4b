using System.Text;
using NhacHan.Domain.Documents;
using NhacHan.Domain.Tests.Documents.Support;

namespace NhacHan.Domain.Tests.Documents;

public class DocumentReaderTests
{
    private const string Plan = "KẾ HOẠCH\nTổ chức đại hội chi bộ\nHoàn thành trước ngày 30/6/2025.";

    private static SourceDocument ReadOk(string name, byte[] bytes)
    {
        var result = DocumentReader.Read(name, bytes);
        Assert.Null(result.Error);
        return result.Document!;
    }

    private static ParseError ReadFails(string name, byte[] bytes)
    {
        var result = DocumentReader.Read(name, bytes);
        Assert.Null(result.Document);
        Assert.NotNull(result.Error);
        return result.Error!;
    }

    [Fact]
    public void Zero_bytes_is_empty()
    {
        var error = ReadFails("kh.txt", []);
        Assert.Equal(ParseErrorCode.Empty, error.Code);
        Assert.Contains("Tệp rỗng", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Whitespace_only_text_is_empty() =>
        Assert.Equal(ParseErrorCode.Empty, ReadFails("kh.txt", Encoding.UTF8.GetBytes(" \r\n\t \n")).Code);

    [Fact]
    public void Over_the_size_cap_is_too_large_without_reading()
    {
        var error = ReadFails("kh.txt", new byte[30 * 1024 * 1024]);
        Assert.Equal(ParseErrorCode.TooLarge, error.Code);
        Assert.Contains("30 MB", error.Message, StringComparison.Ordinal);
        Assert.Contains("25 MB", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Utf8_without_bom_is_read()
    {
        var doc = ReadOk("kh.txt", Encoding.UTF8.GetBytes(Plan));
        Assert.Equal(Plan, doc.Text);
        Assert.Equal("Tổ chức đại hội chi bộ", ((ParagraphBlock)doc.Blocks[1]).Text);
    }

    [Fact]
    public void Utf8_bom_is_dropped() =>
        Assert.Equal(Plan, ReadOk("kh.md", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Plan)]).Text);

    [Fact]
    public void Utf16_le_with_bom() =>
        Assert.Equal(Plan, ReadOk("kh.txt", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Plan)]).Text);

    [Fact]
    public void Utf16_be_with_bom() =>
        Assert.Equal(Plan, ReadOk("kh.txt", [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(Plan)]).Text);

    [Fact]
    public void Utf16_le_without_bom_is_recognised_by_its_nul_bytes() =>
        Assert.Equal(Plan, ReadOk("kh.txt", Encoding.Unicode.GetBytes(Plan)).Text);

    [Fact]
    public void Utf16_be_without_bom_is_recognised_by_its_nul_bytes() =>
        Assert.Equal(Plan, ReadOk("kh.txt", Encoding.BigEndianUnicode.GetBytes(Plan)).Text);

    [Fact]
    public void Decomposed_text_comes_out_nfc()
    {
        var decomposed = Plan.Normalize(NormalizationForm.FormD);
        Assert.Equal(Plan, ReadOk("kh.txt", Encoding.UTF8.GetBytes(decomposed)).Text);
    }

    [Fact]
    public void Text_files_are_normalised_nbsp_zero_width_and_number_dashes()
    {
        var doc = ReadOk("kh.txt", Encoding.UTF8.GetBytes("Kế\u00a0hoạch số 15–KH/TU\u200b ngày 30/6/2025"));
        Assert.Equal("Kế hoạch số 15-KH/TU ngày 30/6/2025", doc.Text);
    }

    [Fact]
    public void Binary_that_is_not_utf8_is_unsupported_and_lists_the_types()
    {
        var bytes = new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0xC3, 0x28, 0xFF };
        var error = ReadFails("anh.png", bytes);
        Assert.Equal(ParseErrorCode.UnsupportedType, error.Code);
        foreach (var type in new[] { ".docx", ".pdf", ".txt", ".md" }) Assert.Contains(type, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Valid_utf8_with_nul_bytes_is_binary_not_text() =>
        Assert.Equal(ParseErrorCode.UnsupportedType, ReadFails("x.bin", [0x41, 0x00, 0x00, 0x00, 0x42, 0x43, 0x00, 0x00, 0x00]).Code);

    [Fact]
    public void Ole2_header_is_the_old_word_format()
    {
        var bytes = new byte[512];
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(bytes, 0);
        var error = ReadFails("ke-hoach.doc", bytes);
        Assert.Equal(ParseErrorCode.LegacyWordDoc, error.Code);
        Assert.Equal("Định dạng .doc (Word cũ) không được hỗ trợ. Vui lòng lưu lại thành .docx hoặc xuất .pdf rồi gửi lại.", error.Message);
    }

    [Fact]
    public void Ole2_content_is_recognised_even_when_renamed_txt()
    {
        var bytes = new byte[512];
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(bytes, 0);
        Assert.Equal(ParseErrorCode.LegacyWordDoc, ReadFails("ke-hoach.txt", bytes).Code);
    }

    [Fact]
    public void Ole2_named_docx_is_a_password_protected_word_file()
    {
        var bytes = new byte[512];
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(bytes, 0);
        var error = ReadFails("ke-hoach.docx", bytes);
        Assert.Equal(ParseErrorCode.Corrupt, error.Code);
        Assert.Contains("mật khẩu", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rtf_is_unsupported_with_a_hint() =>
        Assert.Contains(".docx", ReadFails("kh.rtf", Encoding.ASCII.GetBytes("{\\rtf1\\ansi Hello}")).Message, StringComparison.Ordinal);

    [Fact]
    public void Docx_content_is_read_whatever_the_name()
    {
        var docx = DocxFactory.Docx(DocxFactory.P("KẾ HOẠCH tổ chức đại hội"));
        Assert.Equal("KẾ HOẠCH tổ chức đại hội", ReadOk("tai-lieu.bin", docx).Text);
    }

    [Fact]
    public void A_zip_that_is_not_a_word_document_is_unsupported()
    {
        var zip = DocxFactory.Zip(("xl/workbook.xml", Encoding.UTF8.GetBytes("<workbook/>")));
        Assert.Equal(ParseErrorCode.UnsupportedType, ReadFails("bang.xlsx", zip).Code);
    }

    [Fact]
    public void Text_named_docx_is_reported_as_a_mismatch()
    {
        var error = ReadFails("kh.docx", Encoding.UTF8.GetBytes(Plan));
        Assert.Equal(ParseErrorCode.Corrupt, error.Code);
        Assert.Contains("đuôi .docx", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_named_pdf_is_reported_as_a_mismatch() =>
        Assert.Contains("đuôi .pdf", ReadFails("kh.pdf", Encoding.UTF8.GetBytes(Plan)).Message, StringComparison.Ordinal);

    [Fact]
    public void Legacy_tcvn3_text_is_reported_with_the_font_family()
    {
        var error = ReadFails("kh.txt", Encoding.UTF8.GetBytes(LegacyFontDetectorTests.Tcvn3Sample));
        Assert.Equal(ParseErrorCode.LegacyVietnameseFont, error.Code);
        Assert.Contains("TCVN3", error.Message, StringComparison.Ordinal);
        Assert.Contains("Unicode", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Legacy_vni_text_saved_as_8_bit_is_reported_too()
    {
        var error = ReadFails("kh.txt", Encoding.Latin1.GetBytes(LegacyFontDetectorTests.VniSample));
        Assert.Equal(ParseErrorCode.LegacyVietnameseFont, error.Code);
        Assert.Contains("VNI", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_few_legacy_lines_in_a_unicode_file_give_a_warning_not_an_error()
    {
        var text = "§¶ng bé huyÖn Tam §­êng\nC«ng hßa x· héi chñ nghÜa ViÖt Nam\n" + string.Concat(Enumerable.Repeat("Đảng ủy xã tổ chức hội nghị, hoàn thành trước ngày 20/5/2025.\n", 10));
        var doc = ReadOk("kh.txt", Encoding.UTF8.GetBytes(text));
        var warning = Assert.Single(doc.Warnings);
        Assert.Contains("TCVN3", warning, StringComparison.Ordinal);
        Assert.Contains("§¶ng", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void Ordinary_files_have_no_warnings() => Assert.Empty(ReadOk("kh.txt", Encoding.UTF8.GetBytes(Plan)).Warnings);
}
