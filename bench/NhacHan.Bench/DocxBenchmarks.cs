using System.Text;
using BenchmarkDotNet.Attributes;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using NhacHan.Domain.Documents;

namespace NhacHan.Bench;

/// <summary>
/// A generated ~100 KB .docx plan (numbered headings, body text, a deadline table) → SourceDocument, through the
/// public entry point (sniffing, zip guard, OpenXML package, rendering, legacy-font check). Target: ≤ 20 ms.
/// </summary>
[MemoryDiagnoser]
public class DocxBenchmarks
{
    private byte[] _docx = [];

    [Params(100)]
    public int TargetKilobytes { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        for (var sections = 5; ; sections += 5)
        {
            _docx = BuildPlan(sections);
            if (_docx.Length >= TargetKilobytes * 1024) break;
        }
        Console.WriteLine($"// docx: {_docx.Length / 1024} KB");
    }

    [Benchmark]
    public int ReadDocx()
    {
        var result = DocumentReader.Read("kh.docx", _docx);
        return result.Document?.Text.Length ?? throw new InvalidOperationException(result.Error?.Message);
    }

    private const string W = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

    private static byte[] BuildPlan(int sections)
    {
        var body = new StringBuilder();
        var random = new Random(42);
        // Random syllables, so the XML compresses about as well as real Vietnamese text (not 20:1 like repeated words).
        string[] onsets = ["b", "c", "ch", "d", "đ", "g", "h", "k", "kh", "l", "m", "n", "ng", "nh", "ph", "qu", "s", "t", "th", "tr", "v", "x"];
        string[] vowels = ["a", "á", "à", "ả", "ạ", "ă", "ắ", "â", "ấ", "ầ", "e", "é", "ê", "ế", "ệ", "i", "í", "o", "ó", "ô", "ố", "ộ", "ơ", "ớ", "ợ", "u", "ú", "ư", "ứ", "ự", "y"];
        string[] codas = ["", "", "n", "ng", "m", "t", "c", "nh", "ch", "i", "o", "u"];
        string Word() => onsets[random.Next(onsets.Length)] + vowels[random.Next(vowels.Length)] + codas[random.Next(codas.Length)];
        string Sentence(int n) => string.Join(' ', Enumerable.Range(0, n).Select(_ => Word()));
        string P(string text, int? ilvl = null) =>
            $"<w:p><w:pPr>{(ilvl is { } l ? $"<w:numPr><w:ilvl w:val=\"{l}\"/><w:numId w:val=\"1\"/></w:numPr>" : "")}</w:pPr><w:r><w:rPr><w:sz w:val=\"28\"/></w:rPr><w:t xml:space=\"preserve\">{text}</w:t></w:r></w:p>";
        for (var s = 0; s < sections; s++)
        {
            body.Append(P(Sentence(4).ToUpperInvariant(), 0));
            for (var i = 0; i < 3; i++)
            {
                body.Append(P(Sentence(5), 1));
                body.Append(P(Sentence(40) + $", hoàn thành trước ngày {1 + i * 9}/{1 + s % 12}/2026."));
                body.Append(P(Sentence(12), 2));
            }
            body.Append("<w:tbl>");
            for (var r = 0; r < 4; r++)
            {
                body.Append("<w:tr>");
                foreach (var cell in new[] { Sentence(8), "Ban Tổ chức Huyện ủy", "Văn phòng Huyện ủy", $"Trước {10 + r}/{1 + s % 12}/2026" })
                    body.Append("<w:tc>").Append(P(cell)).Append("</w:tc>");
                body.Append("</w:tr>");
            }
            body.Append("</w:tbl>");
        }
        var numbering = $"<w:numbering {W}><w:abstractNum w:abstractNumId=\"0\">"
            + "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"upperRoman\"/><w:lvlText w:val=\"%1.\"/></w:lvl>"
            + "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%2.\"/></w:lvl>"
            + "<w:lvl w:ilvl=\"2\"><w:start w:val=\"1\"/><w:numFmt w:val=\"lowerLetter\"/><w:lvlText w:val=\"%3)\"/></w:lvl>"
            + "</w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num></w:numbering>";
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            Write(main.AddNewPart<NumberingDefinitionsPart>(), numbering);
            Write(main, $"<w:document {W}><w:body>{body}</w:body></w:document>");
        }
        return stream.ToArray();
    }

    private static void Write(OpenXmlPart part, string xml)
    {
        using var s = part.GetStream(FileMode.Create, FileAccess.Write);
        s.Write(Encoding.UTF8.GetBytes(xml));
    }
}
