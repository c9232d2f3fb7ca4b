using System.Text;
using System.Xml;

namespace NhacHan.Domain.Documents.Docx;

/// <summary>
/// Streams word/document.xml once with an <see cref="XmlReader"/> (no DOM, explicit stacks instead of recursion,
/// so depth and size stay bounded) and renders it through <see cref="DocumentTextBuilder"/>:
/// <list type="bullet">
/// <item>body paragraphs in order, Word numbering rendered in front ("I. ", "1.1. ", "a) ", "- ");</item>
/// <item>body-level tables as <see cref="TableBlock"/> with gridBefore/gridSpan columns and vMerge spans;
/// tables nested in a cell are flattened into that cell's paragraphs;</item>
/// <item>text boxes (w:txbxContent) become paragraphs right after their anchor paragraph; of mc:AlternateContent
/// only the first choice is read (the fallback repeats it);</item>
/// <item>deleted, moved-from, hidden (w:vanish) and field-code text is left out; soft breaks stay '\n';
/// headers, footers, footnotes and comments live in other parts and are never read.</item>
/// </list>
/// </summary>
internal sealed class DocxBodyReader
{
    private const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private const string Mc = "http://schemas.openxmlformats.org/markup-compatibility/2006";

    private readonly DocxNumbering _numbering;
    private readonly DocumentTextBuilder _text = new();
    private readonly List<Block> _blocks = [];

    private readonly Stack<ParagraphFrame> _paragraphs = new();
    private readonly Stack<bool> _tables = new(); // true: the body-level table being kept as a TableBlock
    private readonly Stack<bool> _alternatives = new(); // per open mc:AlternateContent: a choice was read
    private int _textBoxDepth;
    private bool _runHidden;

    // While inside a paragraph's w:pPr: the paragraph, and the numbering properties read so far.
    private ParagraphFrame? _properties;
    private int? _numId, _ilvl;

    // The body-level table under construction.
    private List<TableRow>? _rows;
    private List<TableCell>? _cells;
    private List<ParagraphBlock>? _cellParagraphs;
    private int _tableStart, _cellStart, _column, _cellSpan;
    private bool _cellContinuesMerge;

    private DocxBodyReader(DocxNumbering numbering) => _numbering = numbering;

    private sealed class ParagraphFrame
    {
        public StringBuilder Text { get; } = new();
        public string? Style { get; set; }
        public string? Number { get; set; }
        public List<(string Text, string? Style)>? After { get; set; }
    }

    public static (string Text, List<Block> Blocks) Read(Stream documentXml, DocxNumbering numbering)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            IgnoreWhitespace = false,
        };
        using var reader = XmlReader.Create(documentXml, settings);
        var walker = new DocxBodyReader(numbering);
        walker.Walk(reader);
        return (walker._text.ToString(), walker._blocks);
    }

    private void Walk(XmlReader reader)
    {
        var more = reader.Read();
        while (more)
        {
            if (reader.Depth > ZipGuard.MaxXmlDepth) throw new DocumentReadException(DocumentErrors.TooComplex());
            var consumed = false;
            if (reader.NodeType == XmlNodeType.Element)
            {
                consumed = reader.NamespaceURI switch
                {
                    W => StartW(reader),
                    Mc => StartMc(reader),
                    _ => false,
                };
            }
            else if (reader.NodeType == XmlNodeType.EndElement)
            {
                if (reader.NamespaceURI == W) EndW(reader.LocalName);
                else if (reader.NamespaceURI == Mc && reader.LocalName == "AlternateContent") _alternatives.TryPop(out _);
            }
            more = consumed ? !reader.EOF : reader.Read();
        }
    }

    /// <summary>Handles a w: start tag; returns true when it consumed the element (the reader already moved past it).</summary>
    private bool StartW(XmlReader reader)
    {
        var name = reader.LocalName;
        var empty = reader.IsEmptyElement;
        switch (name)
        {
            case "p":
                _paragraphs.Push(new ParagraphFrame());
                break;
            case "pPr":
                if (!_paragraphs.TryPeek(out var frame)) return SkipElement(reader);
                _properties = frame;
                _numId = null;
                _ilvl = null;
                break;
            case "pStyle" when _properties is not null:
                _properties.Style = reader.GetAttribute("val", W);
                break;
            case "numId" when _properties is not null:
                _numId = ParseInt(reader.GetAttribute("val", W));
                break;
            case "ilvl" when _properties is not null:
                _ilvl = ParseInt(reader.GetAttribute("val", W));
                break;
            case "tabs" or "rPr" when _properties is not null:
                // Tab stops and the paragraph mark's formatting: nothing to read.
                return SkipElement(reader);
            case "r":
                _runHidden = false;
                break;
            case "vanish":
                _runHidden = reader.GetAttribute("val", W) is null or "1" or "true" or "on";
                break;
            case "t":
                if (_runHidden || _paragraphs.Count == 0) return SkipElement(reader);
                var value = reader.ReadElementContentAsString();
                _paragraphs.Peek().Text.Append(value);
                return true;
            case "tab" or "ptab":
                Append(' ');
                break;
            case "br":
                Append(reader.GetAttribute("type", W) is "page" or "column" ? ' ' : '\n');
                break;
            case "cr":
                Append('\n');
                break;
            case "noBreakHyphen":
                Append('-');
                break;
            case "del" or "moveFrom" or "instrText" or "delText" or "delInstrText" or "sdtPr" or "sdtEndPr"
                or "rPrChange" or "pPrChange" or "tblPr" or "tblGrid" or "tblPrEx" or "sectPr" or "bookmarkStart" or "commentReference"
                or "footnoteReference" or "endnoteReference" or "fldChar" or "lastRenderedPageBreak":
                return SkipElement(reader);
            case "txbxContent":
                _textBoxDepth++;
                break;
            case "tbl":
                _tables.Push(_rows is null && _textBoxDepth == 0);
                if (_tables.Peek()) StartTable();
                break;
            case "trPr":
                if (InKeptTable) _column += ReadGridBefore(reader);
                return false;
            case "tr":
                if (InKeptTable) StartRow();
                break;
            case "tc":
                if (InKeptTable) StartCell();
                break;
            case "tcPr":
                if (InKeptTable && _cellParagraphs is not null) ReadCellProperties(reader);
                return false;
        }
        if (empty) EndW(name);
        return false;
    }

    private bool StartMc(XmlReader reader)
    {
        switch (reader.LocalName)
        {
            case "AlternateContent":
                if (!reader.IsEmptyElement) _alternatives.Push(false);
                return false;
            case "Choice":
                if (_alternatives.TryPeek(out var chosen) && chosen) return SkipElement(reader);
                if (_alternatives.Count > 0)
                {
                    _alternatives.Pop();
                    _alternatives.Push(true);
                }
                return false;
            case "Fallback":
                return _alternatives.TryPeek(out var seen) && seen && SkipElement(reader);
            default:
                return false;
        }
    }

    private static bool SkipElement(XmlReader reader)
    {
        reader.Skip();
        return true;
    }

    private void EndW(string name)
    {
        switch (name)
        {
            case "p":
                EndParagraph();
                break;
            case "pPr":
                if (_properties is not null) _properties.Number = _numbering.Next(_numId, _ilvl, _properties.Style);
                _properties = null;
                break;
            case "r":
                _runHidden = false;
                break;
            case "txbxContent":
                _textBoxDepth = Math.Max(0, _textBoxDepth - 1);
                break;
            case "tc":
                if (InKeptTable) EndCell();
                break;
            case "tr":
                if (InKeptTable) EndRow();
                break;
            case "tbl":
                if (_tables.TryPop(out var kept) && kept) EndTable();
                break;
        }
    }

    private bool InKeptTable => _tables.Count == 1 && _tables.Peek();

    private void Append(char c)
    {
        if (!_runHidden && _paragraphs.TryPeek(out var frame)) frame.Text.Append(c);
    }

    private static int ReadGridBefore(XmlReader reader)
    {
        if (reader.IsEmptyElement) return 0;
        var gridBefore = 0;
        using var sub = reader.ReadSubtree();
        while (sub.Read())
        {
            if (sub.NodeType == XmlNodeType.Element && sub.NamespaceURI == W && sub.LocalName == "gridBefore")
                gridBefore = Math.Clamp(ParseInt(sub.GetAttribute("val", W)) ?? 0, 0, 1000);
        }
        return gridBefore;
    }

    private void ReadCellProperties(XmlReader reader)
    {
        if (reader.IsEmptyElement) return;
        using var sub = reader.ReadSubtree();
        while (sub.Read())
        {
            if (sub.NodeType != XmlNodeType.Element || sub.NamespaceURI != W) continue;
            if (sub.LocalName == "tcPrChange") { sub.Skip(); continue; }
            if (sub.LocalName == "gridSpan") _cellSpan = Math.Clamp(ParseInt(sub.GetAttribute("val", W)) ?? 1, 1, 1000);
            if (sub.LocalName == "vMerge") _cellContinuesMerge = sub.GetAttribute("val", W) is null or "continue";
        }
    }

    private static int? ParseInt(string? s) =>
        int.TryParse(s, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : null;

    private void EndParagraph()
    {
        if (!_paragraphs.TryPop(out var frame)) return;
        var text = frame.Text.ToString();
        if (frame.Number is not null && !string.IsNullOrWhiteSpace(text)) text = frame.Number + " " + text;
        if (_paragraphs.TryPeek(out var anchor))
        {
            // A paragraph inside a text box: it follows its anchor paragraph.
            var after = anchor.After ??= [];
            after.Add((text, frame.Style));
            if (frame.After is not null) after.AddRange(frame.After);
            return;
        }
        Emit(text, frame.Style);
        if (frame.After is null) return;
        foreach (var (boxText, boxStyle) in frame.After) Emit(boxText, boxStyle);
    }

    private void Emit(string text, string? style)
    {
        if (_cellParagraphs is not null)
        {
            if (_text.AddCellParagraph(text, style) is { } inCell) _cellParagraphs.Add(inCell);
        }
        else if (_text.AddParagraph(text, style) is { } block)
        {
            _blocks.Add(block);
        }
    }

    private void StartTable()
    {
        _rows = [];
        _tableStart = -1;
    }

    private void StartRow()
    {
        _cells = [];
        _column = 0;
    }

    private void StartCell()
    {
        _cells ??= [];
        _text.StartCell();
        _cellStart = _text.Length;
        if (_tableStart < 0) _tableStart = _cellStart - 1;
        _cellParagraphs = [];
        _cellSpan = 1;
        _cellContinuesMerge = false;
    }

    private void EndCell()
    {
        if (_cellParagraphs is null || _cells is null) return;
        var span = _cellParagraphs.Count == 0 ? new SourceSpan(_cellStart, 0) : SourceSpan.FromBounds(_cellStart, _cellParagraphs[^1].Span.End);
        _cells.Add(new TableCell(_cellParagraphs, span)
        {
            Column = _column,
            ColumnSpan = _cellSpan,
            IsMergedIntoAbove = _cellContinuesMerge && _cellParagraphs.Count == 0,
        });
        _column += _cellSpan;
        _cellParagraphs = null;
    }

    private void EndRow()
    {
        if (_cells is null || _rows is null) return;
        _rows.Add(new TableRow(_cells));
        _cells = null;
    }

    private void EndTable()
    {
        var rows = _rows;
        _rows = null;
        _cells = null;
        _cellParagraphs = null;
        if (rows is null || rows.Count == 0) return;
        _blocks.Add(new TableBlock(WithRowSpans(rows), SourceSpan.FromBounds(Math.Max(_tableStart, 0), _text.Length)));
    }

    /// <summary>Sets RowSpan on the first cell of each vertical merge.</summary>
    private static List<TableRow> WithRowSpans(List<TableRow> rows)
    {
        var result = new List<TableRow>(rows.Count);
        for (var r = 0; r < rows.Count; r++)
        {
            var cells = rows[r].Cells.ToList();
            for (var c = 0; c < cells.Count; c++)
            {
                var cell = cells[c];
                if (cell.IsMergedIntoAbove) continue;
                var rowSpan = 1;
                while (r + rowSpan < rows.Count && rows[r + rowSpan].Cells.Any(x => x.IsMergedIntoAbove && x.Column == cell.Column)) rowSpan++;
                if (rowSpan > 1) cells[c] = cell with { RowSpan = rowSpan };
            }
            result.Add(new TableRow(cells));
        }
        return result;
    }
}
