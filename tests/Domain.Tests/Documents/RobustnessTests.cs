using System.Buffers.Binary;
using System.Text;
using NhacHan.Domain.Documents;
using static NhacHan.Domain.Tests.Documents.Support.DocxFactory;

namespace NhacHan.Domain.Tests.Documents;

/// <summary>Hostile and broken input: always a document or a Vietnamese ParseError, never an exception.</summary>
public class RobustnessTests
{
    private static readonly byte[] ValidDocx = Docx(
        P("KẾ HOẠCH tổ chức đại hội") + Table(["Nội dung", "Thời gian"], ["Đại hội chi bộ", "Trước 30/6/2025"]) + P("Hoàn thành trước ngày 31/7/2025."),
        Numbering(1, ("upperRoman", "%1.", 1)));

    private static void AssertDocumentOrVietnameseError(ReadResult result)
    {
        if (result.Document is { } doc)
        {
            Assert.Null(result.Error);
            foreach (var p in doc.Blocks.OfType<ParagraphBlock>()) Assert.Equal(p.Text, doc.Slice(p.Span));
            return;
        }
        Assert.NotNull(result.Error);
        Assert.Matches("[àáảãạăâđêôơưệếềểễộốồổỗờớởỡợứừửữựỳýỷỹỵìíỉĩịùúủũụòóỏõọèéẻẽẹ]", result.Error!.Message);
    }

    [Fact]
    public void Random_bytes_with_every_kind_of_header()
    {
        var random = new Random(20260101);
        byte[][] prefixes = [[], "PK\u0003\u0004"u8.ToArray(), "%PDF-1.7\n"u8.ToArray(), [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], [0xFF, 0xFE], [0xEF, 0xBB, 0xBF]];
        for (var i = 0; i < 240; i++)
        {
            var prefix = prefixes[i % prefixes.Length];
            var body = new byte[random.Next(0, 4096)];
            random.NextBytes(body);
            var name = (i % 4) switch { 0 => "a.docx", 1 => "a.pdf", 2 => "a.txt", _ => "a" };
            AssertDocumentOrVietnameseError(DocumentReader.Read(name, (byte[])[.. prefix, .. body]));
        }
    }

    [Fact]
    public void Truncated_docx_at_many_lengths()
    {
        for (var length = 1; length < ValidDocx.Length; length += Math.Max(1, ValidDocx.Length / 60))
        {
            var result = DocumentReader.Read("kh.docx", ValidDocx.AsMemory(0, length));
            AssertDocumentOrVietnameseError(result);
            Assert.NotNull(result.Error);
        }
    }

    [Fact]
    public void Truncated_docx_says_it_is_damaged()
    {
        var error = DocumentReader.Read("kh.docx", ValidDocx.AsMemory(0, ValidDocx.Length / 2)).Error!;
        Assert.Equal(ParseErrorCode.Corrupt, error.Code);
        Assert.Contains("bị hỏng", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Corrupted_docx_bytes()
    {
        var random = new Random(7);
        for (var i = 0; i < 120; i++)
        {
            var bytes = (byte[])ValidDocx.Clone();
            var flips = random.Next(1, 12);
            for (var f = 0; f < flips; f++) bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
            AssertDocumentOrVietnameseError(DocumentReader.Read("kh.docx", bytes));
        }
    }

    [Theory]
    [InlineData("plans/pdf_01_dang_uy_phuong_kiem_tra_giam_sat.pdf")]
    [InlineData("plans/docx_01_dang_uy_xa_tong_ket_chi_thi_05.docx")]
    [InlineData("plans/docx_02_dang_uy_phuong_quan_triet_nghi_quyet.docx")]
    public void Mutated_and_truncated_plan_fixtures(string fixture)
    {
        var original = File.ReadAllBytes(Support.FixtureFiles.Output(fixture.Split('/')));
        var random = new Random(fixture.Length);
        for (var i = 0; i < 40; i++)
        {
            var bytes = i % 2 == 0 ? original.AsSpan(0, random.Next(1, original.Length)).ToArray() : (byte[])original.Clone();
            if (i % 2 == 1) for (var f = 0; f < 1 + i / 4; f++) bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
            AssertDocumentOrVietnameseError(DocumentReader.Read(Path.GetFileName(fixture), bytes));
        }
    }

    [Fact]
    public void Zip_bomb_by_compression_ratio_is_refused()
    {
        var bomb = Zip(("[Content_Types].xml", "<Types/>"u8.ToArray()), ("word/document.xml", new byte[40 * 1024 * 1024]));
        Assert.True(bomb.Length < 200_000);
        var error = DocumentReader.Read("bom.docx", bomb).Error!;
        Assert.Equal(ParseErrorCode.TooLarge, error.Code);
        Assert.Contains("bom nén", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Zip_bomb_with_lying_size_headers_is_refused_while_inflating()
    {
        var content = Encoding.UTF8.GetBytes("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
            + string.Concat(Enumerable.Repeat("<w:p><w:r><w:t>aaaaaaaaaaaaaaaaaaaaaaaa</w:t></w:r></w:p>", 100_000)) + "</w:body></w:document>");
        var zip = Zip(("[Content_Types].xml", "<Types/>"u8.ToArray()), ("word/document.xml", content));
        ClaimUncompressedSize(zip, "word/document.xml", 1_000);
        var error = DocumentReader.Read("bom.docx", zip).Error!;
        Assert.True(error.Code is ParseErrorCode.TooLarge or ParseErrorCode.Corrupt, error.Code.ToString());
    }

    [Fact]
    public void Too_many_zip_entries_are_refused()
    {
        var entries = Enumerable.Range(0, 2_100).Select(i => ($"x/{i}.xml", new byte[] { 1 })).Append(("word/document.xml", "<x/>"u8.ToArray())).ToArray();
        Assert.Equal(ParseErrorCode.TooLarge, DocumentReader.Read("many.docx", Zip(entries)).Error!.Code);
    }

    [Fact]
    public void Xml_nested_deeper_than_the_cap_is_refused_not_recursed()
    {
        var xml = new StringBuilder();
        for (var i = 0; i < 5_000; i++) xml.Append("<w:sdt><w:sdtContent>");
        for (var i = 0; i < 5_000; i++) xml.Append("</w:sdtContent></w:sdt>");
        var error = DocumentReader.Read("sau.docx", Docx(xml.ToString())).Error!;
        Assert.Equal(ParseErrorCode.Corrupt, error.Code);
        Assert.Contains("lồng nhau", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Xml_with_a_dtd_is_refused()
    {
        var doc = Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?><!DOCTYPE lol [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>");
        var valid = Docx(P("x"));
        var result = DocumentReader.Read("dtd.docx", ReplaceEntry(valid, "word/document.xml", doc));
        Assert.Equal(ParseErrorCode.Corrupt, result.Error?.Code);
    }

    /// <summary>Rewrites the uncompressed-size fields of one entry in both its local header and the central directory.</summary>
    private static void ClaimUncompressedSize(byte[] zip, string name, uint size)
    {
        var nameBytes = Encoding.UTF8.GetBytes(name);
        for (var i = 0; i + 46 < zip.Length; i++)
        {
            var sig = BinaryPrimitives.ReadUInt32LittleEndian(zip.AsSpan(i));
            if (sig == 0x04034b50 && zip.AsSpan(i + 30).StartsWith(nameBytes)) BinaryPrimitives.WriteUInt32LittleEndian(zip.AsSpan(i + 22), size);
            if (sig == 0x02014b50 && zip.AsSpan(i + 46).StartsWith(nameBytes)) BinaryPrimitives.WriteUInt32LittleEndian(zip.AsSpan(i + 24), size);
        }
    }

    private static byte[] ReplaceEntry(byte[] docx, string name, byte[] content)
    {
        using var ms = new MemoryStream();
        ms.Write(docx);
        using (var zip = new System.IO.Compression.ZipArchive(ms, System.IO.Compression.ZipArchiveMode.Update, leaveOpen: true))
        {
            zip.GetEntry(name)!.Delete();
            using var s = zip.CreateEntry(name).Open();
            s.Write(content);
        }
        return ms.ToArray();
    }
}
