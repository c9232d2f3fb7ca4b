namespace NhacHan.Domain.Parsing.Model;

public enum NodeKind
{
    Paragraph,
    /// <summary>A paragraph that starts with a number ("I.", "1.1.", "(2)", "a)").</summary>
    Numbered,
    /// <summary>A paragraph that starts with a list marker ("- ", "+ ", "* ").</summary>
    Bullet,
}

/// <summary>
/// One logical paragraph of the document (lines split by a page break are re-joined), with its place in the
/// source text, its numbering and its heading path. Values come from <see cref="Text"/>; quotes from the source
/// through <see cref="Start"/>/<see cref="End"/>.
/// </summary>
public sealed class Node
{
    public required int Index { get; init; }
    public required NodeKind Kind { get; init; }
    public required LeadMarker Marker { get; init; }

    /// <summary>Start of the paragraph in the source text (leading whitespace skipped).</summary>
    public required int Start { get; init; }

    /// <summary>End of the paragraph in the source text (exclusive, trailing whitespace skipped).</summary>
    public required int End { get; set; }

    /// <summary>Where the body begins, after numbering or list marker.</summary>
    public required int BodyStart { get; init; }

    /// <summary>Body without Markdown, whitespace collapsed (no numbering, no list marker).</summary>
    public required string Text { get; set; }

    /// <summary><see cref="Text"/> folded (lower case, no tones, đ→d) for matching.</summary>
    public required string Fold { get; set; }

    /// <summary>The first line started with a tab: in flattened tables a cell starts there.</summary>
    public bool TabLed { get; init; }

    /// <summary>Every letter is a capital (headings, stamps, signature lines).</summary>
    public bool Upper { get; set; }

    /// <summary>Position in a table (docx/markdown), or -1.</summary>
    public int Table { get; init; } = -1;
    public int Row { get; init; } = -1;
    public int Column { get; init; } = -1;

    /// <summary>Heading path such as "II.1.1.(1)" or "PHỤ LỤC.Quý III/2024.Cấp tỉnh.1".</summary>
    public string Section { get; set; } = "";

    /// <summary>Numbered paragraphs that enclose this one, outermost first.</summary>
    public IReadOnlyList<Node> Ancestors { get; set; } = [];

    /// <summary>Inside a schedule table: the unit label of the cell (sub-heading or first line), if any.</summary>
    public string? CellWho { get; set; }

    /// <summary>A timetable cell holding only a due date ("Trước 30/6/2025"): the task of its row, from the content cell.</summary>
    public string? CellWhat { get; set; }

    /// <summary>Inside a schedule table: the cell is a period label or a header (never a deadline).</summary>
    public bool TableLabel { get; set; }

    public string? Number => Marker.Number;

    public override string ToString() => $"{Index} {Kind} {Number}{Marker.Bullet} [{Section}] {Text}";
}
