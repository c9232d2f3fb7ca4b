using System.Globalization;
using System.Text.Json;
using NhacHan.Domain.Documents;
using NhacHan.Domain.Tests.Documents.Support;

namespace NhacHan.Domain.Tests.Documents;

/// <summary>
/// The .docx/.pdf plan fixtures and their hand-written labels agree with what the readers render: every quote
/// occurs exactly once in the rendered text and holds its date, and the labelled strings are really printed.
/// </summary>
public class PlanFixtureTests
{
    public static TheoryData<string> Fixtures => new(Directory.GetFiles(FixtureFiles.Output("plans"))
        .Where(f => f.EndsWith(".docx", StringComparison.Ordinal) || f.EndsWith(".pdf", StringComparison.Ordinal))
        .Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal));

    private static (SourceDocument Doc, JsonElement Expected) Load(string name)
    {
        var result = DocumentReader.Read(name, File.ReadAllBytes(FixtureFiles.Output("plans", name)));
        Assert.Null(result.Error);
        var json = File.ReadAllText(FixtureFiles.Output("plans", "expected", Path.GetFileNameWithoutExtension(name) + ".json"));
        return (result.Document!, JsonDocument.Parse(json).RootElement.Clone());
    }

    private static int Count(string text, string part)
    {
        var n = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + 1, StringComparison.Ordinal)) n++;
        return n;
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Every_deadline_quote_occurs_once_and_holds_its_date(string name)
    {
        var (doc, expected) = Load(name);
        var deadlines = expected.GetProperty("deadlines").EnumerateArray().ToList();
        Assert.True(deadlines.Count >= 4, "a plan fixture should carry several deadlines");
        foreach (var d in deadlines)
        {
            var quote = d.GetProperty("quote").GetString()!;
            Assert.True(Count(doc.Text, quote) == 1, $"quote occurs {Count(doc.Text, quote)} times: {quote}");
            if (d.TryGetProperty("granularity", out _)) continue;
            var date = DateOnly.ParseExact(d.GetProperty("date").GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            string[] forms = d.GetProperty("kind").GetString() is "by_month"
                ? [$"{date.Month}/{date.Year}", $"{date.Month:00}/{date.Year}"]
                : [$"{date.Day}/{date.Month}/{date.Year}", $"{date.Day:00}/{date.Month:00}/{date.Year}", $"{date.Day:00}/{date.Month}/{date.Year}", $"{date.Day}/{date.Month}", $"{date.Day:00}/{date.Month}"];
            Assert.True(forms.Any(f => quote.Contains(f, StringComparison.Ordinal)), $"{date} not in quote: {quote}");
        }
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Labelled_strings_are_printed_in_the_rendered_text(string name)
    {
        var (doc, expected) = Load(name);
        Assert.Contains(expected.GetProperty("number").GetString()!, doc.Text, StringComparison.Ordinal);
        Assert.Contains(expected.GetProperty("title").GetString()!, doc.Text, StringComparison.Ordinal);
        Assert.Contains(expected.GetProperty("signer").GetProperty("name").GetString()!, doc.Text, StringComparison.Ordinal);
        foreach (var r in expected.GetProperty("recipients").EnumerateArray()) Assert.Contains(r.GetString()!, doc.Text, StringComparison.Ordinal);
        foreach (var r in expected.GetProperty("references").EnumerateArray()) Assert.Contains(r.GetProperty("number").GetString()!, doc.Text, StringComparison.Ordinal);
        foreach (var c in expected.GetProperty("contents").EnumerateArray()) Assert.Contains(c.GetString()!, doc.Text, StringComparison.Ordinal);
        foreach (var u in expected.GetProperty("units").EnumerateArray())
        {
            foreach (var duty in u.GetProperty("duties").EnumerateArray()) Assert.Contains(duty.GetString()!, doc.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Docx01_renders_numbered_headings_and_its_merged_deadline_table()
    {
        var (doc, _) = Load(FixturePlans.Docx01 + ".docx");
        var paragraphs = doc.Blocks.OfType<ParagraphBlock>().Select(p => p.Text).ToList();
        Assert.Contains("III. HÌNH THỨC, THỜI GIAN", paragraphs);
        Assert.Contains("b) Rút ra bài học kinh nghiệm, đề xuất giải pháp trong thời gian tới.", paragraphs);
        var table = doc.Blocks.OfType<TableBlock>().Single(t => t.Rows.Count == 5);
        Assert.Equal(["STT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"], table.Rows[0].Cells.Select(c => c.Text));
        Assert.Equal(3, table.Rows[2].Cells[2].RowSpan);
        Assert.Equal("Văn phòng Đảng ủy", table.CoveringCell(4, 2)!.Text);
        Assert.Equal("Trước 15/5/2026", table.Rows[4].Cells[4].Text);
        var header = doc.Blocks.OfType<TableBlock>().First();
        Assert.Equal("Số 15-KH/ĐU", header.Rows[0].Cells[0].Paragraphs[^1].Text);
        Assert.Equal("Yên Lạc, ngày 12 tháng 3 năm 2026", header.Rows[0].Cells[1].Paragraphs[^1].Text);
    }

    [Fact]
    public void Docx02_numbers_headings_through_styles_and_spans_phase_rows()
    {
        var (doc, _) = Load(FixturePlans.Docx02 + ".docx");
        var paragraphs = doc.Blocks.OfType<ParagraphBlock>().ToList();
        Assert.Contains(paragraphs, p => p is { Text: "2.2. Các chi bộ", Style: "Heading3" });
        Assert.Contains(paragraphs, p => p is { Text: "IV. TIẾN ĐỘ THỰC HIỆN", Style: "Heading1" });
        var table = doc.Blocks.OfType<TableBlock>().Last();
        Assert.Equal(4, table.Rows[1].Cells[0].ColumnSpan);
        Assert.Equal("Đợt 1: Học tập, quán triệt", table.Rows[1].Cells[0].Text);
        Assert.Equal("Từ 08/6 đến 20/6/2026", table.Rows[4].Cells[3].Text);
    }

    [Fact]
    public void Pdf01_paragraphs_are_the_source_paragraphs()
    {
        var (doc, _) = Load(FixturePlans.Pdf01 + ".pdf");
        var paragraphs = doc.Blocks.OfType<ParagraphBlock>().Select(p => p.Text).ToList();
        foreach (var source in FixturePlans.Pdf01Body) Assert.Contains(source, paragraphs);
        Assert.Equal(["ĐẢNG BỘ TỈNH LÂM ĐỒNG", "ĐẢNG ỦY PHƯỜNG XUÂN HƯƠNG", "*", "Số 31-KH/ĐU", "ĐẢNG CỘNG SẢN VIỆT NAM", "Đà Lạt, ngày 03 tháng 4 năm 2026", "KẾ HOẠCH"], paragraphs.Take(7));
        Assert.Equal(["Nơi nhận:", "- Ủy ban Kiểm tra Tỉnh ủy (b/c),", "- Các chi bộ trực thuộc,", "- Lưu VP.", "T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Phạm Quốc Bảo"], paragraphs.TakeLast(7));
    }
}
