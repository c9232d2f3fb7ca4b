using System.IO.Compression;
using System.Text;

namespace NhacHan.Domain.Tests.Documents.Support;

/// <summary>
/// Builds real .docx packages from WordprocessingML fragments (with the OpenXML SDK), so tests state exactly the
/// Word markup they exercise.
/// </summary>
public static class DocxFactory
{
    public const string Ns =
        "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
        + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" "
        + "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" "
        + "xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\" "
        + "xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" "
        + "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" "
        + "xmlns:v=\"urn:schemas-microsoft-com:vml\" mc:Ignorable=\"wps\"";

    public static byte[] Docx(string bodyXml, string? numberingXml = null, string? stylesXml = null, string? headerXml = null, string? footerXml = null)
    {
        using var stream = new MemoryStream();
        using (var doc = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            var sectPr = new StringBuilder();
            if (headerXml is not null)
            {
                var header = main.AddNewPart<DocumentFormat.OpenXml.Packaging.HeaderPart>();
                Write(header, $"<w:hdr {Ns}>{headerXml}</w:hdr>");
                sectPr.Append($"<w:headerReference w:type=\"default\" r:id=\"{main.GetIdOfPart(header)}\"/>");
            }
            if (footerXml is not null)
            {
                var footer = main.AddNewPart<DocumentFormat.OpenXml.Packaging.FooterPart>();
                Write(footer, $"<w:ftr {Ns}>{footerXml}</w:ftr>");
                sectPr.Append($"<w:footerReference w:type=\"default\" r:id=\"{main.GetIdOfPart(footer)}\"/>");
            }
            if (numberingXml is not null)
                Write(main.AddNewPart<DocumentFormat.OpenXml.Packaging.NumberingDefinitionsPart>(), $"<w:numbering {Ns}>{numberingXml}</w:numbering>");
            if (stylesXml is not null)
                Write(main.AddNewPart<DocumentFormat.OpenXml.Packaging.StyleDefinitionsPart>(), $"<w:styles {Ns}>{stylesXml}</w:styles>");
            Write(main, $"<w:document {Ns}><w:body>{bodyXml}<w:sectPr>{sectPr}</w:sectPr></w:body></w:document>");
        }
        return stream.ToArray();
    }

    private static void Write(DocumentFormat.OpenXml.Packaging.OpenXmlPart part, string xml)
    {
        using var s = part.GetStream(FileMode.Create, FileAccess.Write);
        var bytes = Encoding.UTF8.GetBytes(xml);
        s.Write(bytes);
    }

    /// <summary>A paragraph; optional list numbering and style.</summary>
    public static string P(string text, int? numId = null, int ilvl = 0, string? style = null)
    {
        var pPr = new StringBuilder();
        if (style is not null) pPr.Append($"<w:pStyle w:val=\"{style}\"/>");
        if (numId is not null) pPr.Append($"<w:numPr><w:ilvl w:val=\"{ilvl}\"/><w:numId w:val=\"{numId}\"/></w:numPr>");
        var props = pPr.Length > 0 ? $"<w:pPr>{pPr}</w:pPr>" : "";
        return $"<w:p>{props}<w:r><w:t xml:space=\"preserve\">{Escape(text)}</w:t></w:r></w:p>";
    }

    /// <summary>A table of plain cells; a cell text "^" continues a vertical merge, a text starting with "=N " spans N columns.</summary>
    public static string Table(params string[][] rows)
    {
        var sb = new StringBuilder("<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr>");
        foreach (var row in rows)
        {
            sb.Append("<w:tr>");
            foreach (var cell in row) sb.Append(Cell(cell));
            sb.Append("</w:tr>");
        }
        return sb.Append("</w:tbl>").ToString();
    }

    public static string Cell(string text, bool restartMerge = false)
    {
        if (text == "^") return "<w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc>";
        var tcPr = restartMerge ? "<w:vMerge w:val=\"restart\"/>" : "";
        if (text.StartsWith('=') && text.IndexOf(' ', StringComparison.Ordinal) is var sp and > 1)
        {
            tcPr += $"<w:gridSpan w:val=\"{text[1..sp]}\"/>";
            text = text[(sp + 1)..];
        }
        if (text.StartsWith("↓", StringComparison.Ordinal))
        {
            tcPr += "<w:vMerge w:val=\"restart\"/>";
            text = text[1..];
        }
        var paragraphs = string.Concat(text.Split('\n').Select(t => P(t)));
        return $"<w:tc>{(tcPr.Length > 0 ? $"<w:tcPr>{tcPr}</w:tcPr>" : "")}{paragraphs}</w:tc>";
    }

    /// <summary>One abstract list + num: levels given as (numFmt, lvlText, start).</summary>
    public static string Numbering(int numId, params (string Format, string Text, int Start)[] levels) =>
        AbstractNum(numId, levels) + Num(numId, numId);

    public static string AbstractNum(int abstractId, params (string Format, string Text, int Start)[] levels)
    {
        var sb = new StringBuilder($"<w:abstractNum w:abstractNumId=\"{abstractId}\">");
        for (var i = 0; i < levels.Length; i++)
            sb.Append($"<w:lvl w:ilvl=\"{i}\"><w:start w:val=\"{levels[i].Start}\"/><w:numFmt w:val=\"{levels[i].Format}\"/><w:lvlText w:val=\"{Escape(levels[i].Text)}\"/></w:lvl>");
        return sb.Append("</w:abstractNum>").ToString();
    }

    public static string Num(int numId, int abstractId, int? startOverride = null) =>
        $"<w:num w:numId=\"{numId}\"><w:abstractNumId w:val=\"{abstractId}\"/>"
        + (startOverride is { } s ? $"<w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"{s}\"/></w:lvlOverride>" : "")
        + "</w:num>";

    public static string Escape(string s) => s.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal);

    /// <summary>A zip with one entry of the given content (for zip bombs and non-Word zips).</summary>
    public static byte[] Zip(params (string Name, byte[] Content)[] entries)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                var entry = zip.CreateEntry(name, CompressionLevel.SmallestSize);
                using var s = entry.Open();
                s.Write(content);
            }
        }
        return stream.ToArray();
    }
}
