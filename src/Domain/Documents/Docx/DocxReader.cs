using System.Text;
using System.Xml;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using static NhacHan.Domain.Documents.Docx.WordXml;

namespace NhacHan.Domain.Documents.Docx;

/// <summary>
/// .docx → <see cref="SourceDocument"/>. The OpenXML SDK resolves the package (main, numbering and styles
/// parts); each part's XML is then walked with LINQ to XML. Body paragraphs and tables in document order,
/// Word numbering rendered, text boxes read, headers/footers/footnotes/comments and deleted or hidden text
/// ignored. See <see cref="DocumentTextBuilder"/> for how the text is rendered.
/// </summary>
internal static class DocxReader
{
    /// <summary>Tables nested deeper than this inside a cell are flattened without further structure.</summary>
    public const int MaxTableNesting = 16;

    public static SourceDocument Read(string fileName, ReadOnlyMemory<byte> bytes)
    {
        ZipGuard.Check(bytes);
        using var stream = ReadOnlyMemoryStreamFactory.Create(bytes);
        WordprocessingDocument package;
        try
        {
            package = WordprocessingDocument.Open(stream, false, new OpenSettings { AutoSave = false });
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or IOException or FileFormatException or XmlException)
        {
            throw new DocumentReadException(DocumentErrors.CorruptDocx());
        }
        using (package)
        {
            var main = package.MainDocumentPart ?? throw new DocumentReadException(DocumentErrors.NotAWordDocument());
            var body = Load(main)?.Root?.Element(W + "body") ?? throw new DocumentReadException(DocumentErrors.CorruptDocx());
            var numbering = new DocxNumbering(Load(main.NumberingDefinitionsPart), Load(main.StyleDefinitionsPart));
            var walker = new BodyWalker(numbering);
            walker.WalkBody(body);
            return new SourceDocument(fileName, walker.Text.ToString(), walker.Blocks);
        }
    }

    private static XDocument? Load(OpenXmlPart? part)
    {
        if (part is null) return null;
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true };
        try
        {
            using var s = part.GetStream(FileMode.Open, FileAccess.Read);
            using var reader = XmlReader.Create(s, settings);
            return XDocument.Load(reader, LoadOptions.None);
        }
        catch (XmlException)
        {
            throw new DocumentReadException(DocumentErrors.CorruptDocx());
        }
    }

    /// <summary>Walks the body once, in document order, appending text and blocks.</summary>
    private sealed class BodyWalker(DocxNumbering numbering)
    {
        public DocumentTextBuilder Text { get; } = new();

        public List<Block> Blocks { get; } = [];

        public void WalkBody(XElement body) => WalkContainer(body, 0, null);

        /// <summary>
        /// Block-level content: paragraphs and tables, through content controls and revision wrappers.
        /// <paramref name="cell"/> is null at body level, else the paragraphs of the cell being filled.
        /// </summary>
        private void WalkContainer(XElement container, int depth, List<ParagraphBlock>? cell)
        {
            foreach (var child in container.Elements())
            {
                if (child.Name.Namespace != W)
                {
                    if (child.Name == Mc + "AlternateContent" && PickAlternative(child) is { } alt) WalkContainer(alt, depth + 1, cell);
                    continue;
                }
                switch (child.Name.LocalName)
                {
                    case "p":
                        EmitParagraph(child, depth, cell);
                        break;
                    case "tbl":
                        if (cell is null) EmitTable(child, depth);
                        else FlattenTable(child, depth + 1, cell);
                        break;
                    case "sdt":
                        if (child.Element(W + "sdtContent") is { } content) WalkContainer(content, depth + 1, cell);
                        break;
                    case "customXml" or "ins" or "moveTo" or "smartTag":
                        WalkContainer(child, depth + 1, cell);
                        break;
                }
            }
        }

        private void EmitParagraph(XElement p, int depth, List<ParagraphBlock>? cell)
        {
            var pPr = p.Element(W + "pPr");
            var style = pPr?.Element(W + "pStyle").Val();
            var text = new StringBuilder();
            List<XElement>? textBoxes = null;
            AppendInline(p, text, ref textBoxes);
            var number = numbering.Next(pPr, style);
            if (number is not null && !string.IsNullOrWhiteSpace(text.ToString())) text.Insert(0, number + " ");
            Add(text.ToString(), style, cell);
            if (textBoxes is null) return;
            foreach (var box in textBoxes)
            {
                if (depth < MaxTableNesting * 4) WalkContainer(box, depth + 1, cell);
            }
        }

        private void Add(string text, string? style, List<ParagraphBlock>? cell)
        {
            if (cell is null)
            {
                if (Text.AddParagraph(text, style) is { } block) Blocks.Add(block);
            }
            else if (Text.AddCellParagraph(text, style) is { } inCell)
            {
                cell.Add(inCell);
            }
        }

        /// <summary>Run-level content of a paragraph. Text boxes are collected, to be read after the paragraph.</summary>
        private static void AppendInline(XElement e, StringBuilder sb, ref List<XElement>? textBoxes)
        {
            foreach (var child in e.Elements())
            {
                if (child.Name.Namespace != W)
                {
                    var inner = child.Name == Mc + "AlternateContent" ? PickAlternative(child) : child;
                    if (inner is not null) AppendInline(inner, sb, ref textBoxes);
                    continue;
                }
                switch (child.Name.LocalName)
                {
                    case "t":
                        sb.Append(child.Value);
                        break;
                    case "tab" or "ptab":
                        sb.Append(' ');
                        break;
                    case "br":
                        sb.Append(child.Attribute(W + "type")?.Value is "page" or "column" ? ' ' : '\n');
                        break;
                    case "cr":
                        sb.Append('\n');
                        break;
                    case "noBreakHyphen":
                        sb.Append('-');
                        break;
                    case "txbxContent":
                        (textBoxes ??= []).Add(child);
                        break;
                    case "r":
                        if (!child.Element(W + "rPr")?.Element(W + "vanish").IsOn() ?? true) AppendInline(child, sb, ref textBoxes);
                        break;
                    case "pPr" or "rPr" or "del" or "moveFrom" or "instrText" or "delText" or "delInstrText"
                        or "footnoteReference" or "endnoteReference" or "commentReference" or "fldChar" or "sdtPr" or "sdtEndPr":
                        break;
                    default:
                        AppendInline(child, sb, ref textBoxes);
                        break;
                }
            }
        }

        /// <summary>mc:AlternateContent repeats content (e.g. a text box as DrawingML and as VML): read one copy.</summary>
        private static XElement? PickAlternative(XElement alternateContent) =>
            alternateContent.Element(Mc + "Choice") ?? alternateContent.Element(Mc + "Fallback");

        private void EmitTable(XElement tbl, int depth)
        {
            var start = -1;
            var rows = new List<TableRow>();
            foreach (var tr in Rows(tbl))
            {
                var column = tr.Element(W + "trPr")?.Element(W + "gridBefore").IntVal() ?? 0;
                var cells = new List<TableCell>();
                foreach (var tc in Cells(tr))
                {
                    var tcPr = tc.Element(W + "tcPr");
                    var span = Math.Clamp(tcPr?.Element(W + "gridSpan").IntVal() ?? 1, 1, 1000);
                    var vMerge = tcPr?.Element(W + "vMerge");
                    var continues = vMerge is not null && vMerge.Val() is null or "continue";
                    Text.StartCell();
                    var cellStart = Text.Length;
                    if (start < 0) start = cellStart - 1;
                    var paragraphs = new List<ParagraphBlock>();
                    WalkContainer(tc, depth + 1, paragraphs);
                    var cellSpan = paragraphs.Count == 0 ? new SourceSpan(cellStart, 0) : SourceSpan.FromBounds(cellStart, paragraphs[^1].Span.End);
                    cells.Add(new TableCell(paragraphs, cellSpan) { Column = column, ColumnSpan = span, IsMergedIntoAbove = continues && paragraphs.Count == 0 });
                    column += span;
                }
                rows.Add(new TableRow(cells));
            }
            if (rows.Count == 0) return;
            Blocks.Add(new TableBlock(WithRowSpans(rows), SourceSpan.FromBounds(Math.Max(start, 0), Text.Length)));
        }

        /// <summary>A nested table inside a cell: its cells' paragraphs join the outer cell, in order.</summary>
        private void FlattenTable(XElement tbl, int depth, List<ParagraphBlock> cell)
        {
            if (depth > MaxTableNesting * 3)
            {
                FlattenDeep(tbl, cell);
                return;
            }
            foreach (var tr in Rows(tbl))
            {
                foreach (var tc in Cells(tr)) WalkContainer(tc, depth + 1, cell);
            }
        }

        /// <summary>Past the nesting cap: every paragraph below, iteratively, with no further structure.</summary>
        private void FlattenDeep(XElement tbl, List<ParagraphBlock> cell)
        {
            foreach (var p in tbl.Descendants(W + "p"))
            {
                var sb = new StringBuilder();
                List<XElement>? ignoredBoxes = null;
                AppendInline(p, sb, ref ignoredBoxes);
                Add(sb.ToString(), p.Element(W + "pPr")?.Element(W + "pStyle").Val(), cell);
            }
        }

        private static IEnumerable<XElement> Rows(XElement tbl) => Unwrap(tbl, "tr");

        private static IEnumerable<XElement> Cells(XElement tr) => Unwrap(tr, "tc");

        /// <summary>Rows and cells may sit inside content controls or custom XML.</summary>
        private static IEnumerable<XElement> Unwrap(XElement parent, string localName)
        {
            foreach (var child in parent.Elements())
            {
                if (child.IsW(localName)) yield return child;
                else if (child.IsW("sdt") && child.Element(W + "sdtContent") is { } content)
                {
                    foreach (var inner in content.Elements().Where(e => e.IsW(localName))) yield return inner;
                }
                else if (child.IsW("customXml"))
                {
                    foreach (var inner in child.Elements().Where(e => e.IsW(localName))) yield return inner;
                }
            }
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
}
