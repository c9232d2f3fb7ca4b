using System.Text;

namespace NhacHan.Domain.Documents;

/// <summary>
/// Accumulates the rendered text of a .docx/.pdf and its blocks with exact spans. Rendering:
/// <list type="bullet">
/// <item>a body paragraph is one line (a Word soft line break stays a '\n' inside it);</item>
/// <item>a table row's cells follow each other, each cell starting on a new line with a '\t' and its further
/// paragraphs on the lines below (no tab) — the same flattening as the corpus .txt files, so text-level rules
/// read .docx tables like .txt tables; an empty cell is a line holding only '\t';</item>
/// <item>blank paragraphs become one blank line (never several in a row).</item>
/// </list>
/// Paragraph texts are normalised with <see cref="TextNormalizer.NormalizeInline"/> before they are appended.
/// </summary>
internal sealed class DocumentTextBuilder
{
    private readonly StringBuilder _text = new();

    public int Length => _text.Length;

    /// <summary>Appends a body paragraph on its own line; returns null for a blank paragraph.</summary>
    public ParagraphBlock? AddParagraph(string rawText, string? style)
    {
        var text = TextNormalizer.NormalizeInline(rawText);
        if (text.Length == 0)
        {
            AddBlankLine();
            return null;
        }
        StartLine();
        var start = _text.Length;
        _text.Append(text);
        return new ParagraphBlock(text, SourceSpan.FromBounds(start, _text.Length), style);
    }

    /// <summary>Starts a table cell: a new line beginning with a tab.</summary>
    public void StartCell()
    {
        StartLine();
        _text.Append('\t');
    }

    /// <summary>A paragraph inside a cell: right after the cell's tab if it is the first, else on a new line.</summary>
    public ParagraphBlock? AddCellParagraph(string rawText, string? style)
    {
        var text = TextNormalizer.NormalizeInline(rawText);
        if (text.Length == 0) return null;
        if (_text.Length > 0 && _text[^1] != '\t') _text.Append('\n');
        var start = _text.Length;
        _text.Append(text);
        return new ParagraphBlock(text, SourceSpan.FromBounds(start, _text.Length), style);
    }

    public void AddBlankLine()
    {
        if (_text.Length == 0 || (_text.Length >= 2 && _text[^1] == '\n' && _text[^2] == '\n')) return;
        StartLine();
        _text.Append('\n');
    }

    private void StartLine()
    {
        if (_text.Length > 0 && _text[^1] != '\n') _text.Append('\n');
    }

    public override string ToString() => _text.ToString();
}
