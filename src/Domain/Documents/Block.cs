namespace NhacHan.Domain.Documents;

/// <summary>One structural piece of a document, with its place in <see cref="SourceDocument.Text"/>.</summary>
public abstract record Block(SourceSpan Span);

/// <summary>
/// A paragraph (or a heading, or a list item: telling them apart is the parser's job).
/// Invariant: <c>document.Text.Substring(Span.Start, Span.Length) == Text</c>.
/// Word auto-numbering is rendered into <see cref="Text"/> ("II. NỘI DUNG", "1. …", "a) …").
/// </summary>
/// <param name="Style">A hint from the source format (a Word style id such as "Heading1"), or null.</param>
public sealed record ParagraphBlock(string Text, SourceSpan Span, string? Style = null) : Block(Span);

/// <summary>A table, kept as rows and cells (timetables and "Tiến độ thực hiện" tables hold deadlines).</summary>
public sealed record TableBlock(IReadOnlyList<TableRow> Rows, SourceSpan Span) : Block(Span);

public sealed record TableRow(IReadOnlyList<TableCell> Cells);

/// <summary>A cell: its paragraphs in order (a nested table's text is flattened into paragraphs).</summary>
public sealed record TableCell(IReadOnlyList<ParagraphBlock> Paragraphs, SourceSpan Span)
{
    public string Text => string.Join("\n", Paragraphs.Select(p => p.Text));
}
