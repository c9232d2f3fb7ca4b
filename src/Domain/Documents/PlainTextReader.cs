using NhacHan.Domain.Text;

namespace NhacHan.Domain.Documents;

/// <summary>
/// Splits plain text (.txt/.md) into blocks: one paragraph per non-empty line, and tables rebuilt from Markdown
/// pipe tables ("| a | b |" with a "|---|" rule; "&lt;br&gt;" splits a cell into paragraphs) and from runs of
/// tab-separated rows. Spans always point into the text, so quotes stay verbatim.
/// </summary>
public static class PlainTextReader
{
    public static SourceDocument Read(string fileName, string text)
    {
        text = TextNormalizer.Normalize(text);
        if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
        var lines = SplitLines(text);
        var blocks = new List<Block>(lines.Count);
        for (var i = 0; i < lines.Count; i++)
        {
            var (start, end) = lines[i];
            if (IsPipeRow(text, start, end) && i + 1 < lines.Count && IsPipeRule(text, lines[i + 1].Start, lines[i + 1].End))
            {
                var rows = new List<TableRow>();
                var j = i;
                var tableEnd = end;
                for (; j < lines.Count && IsPipeRow(text, lines[j].Start, lines[j].End); j++)
                {
                    if (j == i + 1) continue;
                    rows.Add(new TableRow(PipeCells(text, lines[j].Start, lines[j].End)));
                    tableEnd = lines[j].End;
                }
                blocks.Add(new TableBlock(rows, SourceSpan.FromBounds(start, tableEnd)));
                i = j - 1;
                continue;
            }
            if (TabCellCount(text, start, end) >= 2 && i + 1 < lines.Count && TabCellCount(text, lines[i + 1].Start, lines[i + 1].End) >= 2)
            {
                var rows = new List<TableRow>();
                var j = i;
                for (; j < lines.Count && TabCellCount(text, lines[j].Start, lines[j].End) >= 2; j++)
                    rows.Add(new TableRow(TabCells(text, lines[j].Start, lines[j].End)));
                blocks.Add(new TableBlock(rows, SourceSpan.FromBounds(start, lines[j - 1].End)));
                i = j - 1;
                continue;
            }
            if (text.AsSpan(start, end - start).Trim().Length > 0)
                blocks.Add(new ParagraphBlock(text[start..end], SourceSpan.FromBounds(start, end)));
            else if (end > start && text[start] == '\t')
                blocks.Add(new ParagraphBlock(text[start..end], SourceSpan.FromBounds(start, end))); // an empty flattened cell
        }
        return new SourceDocument(fileName, text, blocks);
    }

    /// <summary>Line bounds without the line break ("\r\n", "\n" or "\r").</summary>
    private static List<(int Start, int End)> SplitLines(string text)
    {
        var lines = new List<(int, int)>(text.Length / 40 + 1);
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is not ('\n' or '\r')) continue;
            lines.Add((start, i));
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
            start = i + 1;
        }
        if (start < text.Length) lines.Add((start, text.Length));
        return lines;
    }

    private static bool IsPipeRow(string text, int start, int end)
    {
        var s = text.AsSpan(start, end - start).Trim();
        return s.Length >= 3 && s[0] == '|' && s[^1] == '|';
    }

    private static bool IsPipeRule(string text, int start, int end)
    {
        var s = text.AsSpan(start, end - start).Trim();
        if (s.Length < 3 || s[0] != '|') return false;
        foreach (var c in s)
            if (c is not ('|' or '-' or ':' or ' ')) return false;
        return s.Contains('-');
    }

    private static List<TableCell> PipeCells(string text, int start, int end)
    {
        var cells = new List<TableCell>();
        var first = text.IndexOf('|', start, end - start);
        var last = text.LastIndexOf('|', end - 1, end - start);
        var cellStart = first + 1;
        for (var i = first + 1; i <= last; i++)
        {
            if (text[i] != '|' || text[i - 1] == '\\') continue;
            cells.Add(Cell(text, cellStart, i, "<br>"));
            cellStart = i + 1;
        }
        return cells;
    }

    private static int TabCellCount(string text, int start, int end)
    {
        var s = text.AsSpan(start, end - start);
        var lead = 0;
        while (lead < s.Length && s[lead] is '\t' or ' ') lead++;
        s = s[lead..].TrimEnd();
        if (s.Length == 0 || !s.Contains('\t')) return 0;
        var count = 1;
        foreach (var c in s) if (c == '\t') count++;
        return count;
    }

    private static List<TableCell> TabCells(string text, int start, int end)
    {
        var cells = new List<TableCell>();
        var cellStart = start;
        while (cellStart < end && text[cellStart] is '\t' or ' ') cellStart++;
        for (var i = cellStart; i <= end; i++)
        {
            if (i < end && text[i] != '\t') continue;
            cells.Add(Cell(text, cellStart, i, null));
            cellStart = i + 1;
        }
        return cells;
    }

    private static TableCell Cell(string text, int start, int end, string? paragraphBreak)
    {
        var paragraphs = new List<ParagraphBlock>();
        var p = start;
        while (p <= end)
        {
            var brk = paragraphBreak is null ? -1 : text.IndexOf(paragraphBreak, p, end - p, StringComparison.OrdinalIgnoreCase);
            var pEnd = brk < 0 ? end : brk;
            var s = p;
            var e = pEnd;
            while (s < e && char.IsWhiteSpace(text[s])) s++;
            while (e > s && char.IsWhiteSpace(text[e - 1])) e--;
            if (e > s) paragraphs.Add(new ParagraphBlock(text[s..e], SourceSpan.FromBounds(s, e)));
            if (brk < 0) break;
            p = brk + paragraphBreak!.Length;
        }
        return new TableCell(paragraphs, SourceSpan.FromBounds(start, end));
    }
}
