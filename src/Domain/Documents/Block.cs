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
public sealed record TableBlock(IReadOnlyList<TableRow> Rows, SourceSpan Span) : Block(Span)
{
    /// <summary>
    /// The cell that covers grid column <paramref name="column"/> of row <paramref name="rowIndex"/>, following
    /// vertical merges up to the cell that holds the text; null when the row has no cell there.
    /// </summary>
    public TableCell? CoveringCell(int rowIndex, int column)
    {
        for (var r = Math.Min(rowIndex, Rows.Count - 1); r >= 0; r--)
        {
            var cell = Rows[r].Cells.FirstOrDefault(c => c.Column <= column && column < c.Column + c.ColumnSpan);
            if (cell is null) return null;
            if (!cell.IsMergedIntoAbove) return cell;
        }
        return null;
    }
}

public sealed record TableRow(IReadOnlyList<TableCell> Cells);

/// <summary>A cell: its paragraphs in order (a nested table's text is flattened into paragraphs).</summary>
public sealed record TableCell(IReadOnlyList<ParagraphBlock> Paragraphs, SourceSpan Span)
{
    public string Text => string.Join("\n", Paragraphs.Select(p => p.Text));

    /// <summary>The first grid column the cell occupies (0-based; Word's gridBefore and gridSpan counted).</summary>
    public int Column { get; init; }

    /// <summary>How many grid columns the cell spans (Word's gridSpan).</summary>
    public int ColumnSpan { get; init; } = 1;

    /// <summary>On the first cell of a vertical merge: how many rows it covers (1 when not merged).</summary>
    public int RowSpan { get; init; } = 1;

    /// <summary>
    /// A continuation of a vertical merge (Word's vMerge="continue"): it has no paragraphs of its own; its text
    /// is in the cell above (<see cref="TableBlock.CoveringCell"/>).
    /// </summary>
    public bool IsMergedIntoAbove { get; init; }
}
