using System.Text;
using System.Text.RegularExpressions;

namespace NhacHan.Domain.Documents.Pdf;

/// <summary>
/// Re-joins PDF lines into paragraphs. A line continues the previous one when it is not a list item or heading
/// start, is not first-line indented, follows at normal line spacing (page breaks do not count as gaps), and
/// either starts in lower case or the previous line was wrapped (it ran to the right margin, or the next line's
/// first word would not have fit after it). An all-caps line (a heading such
/// as "I. MỤC ĐÍCH") only takes a following all-caps line that it wrapped into. Page numbers are dropped.
/// </summary>
internal static partial class PdfParagraphJoiner
{
    public static IEnumerable<string> Join(IReadOnlyList<PdfPageLines> pages)
    {
        var current = new StringBuilder();
        PdfLine? previous = null;
        double previousRightMargin = 0;
        foreach (var page in pages)
        {
            var lines = page.Lines.Where((l, i) => !IsPageNumber(l, i, page.Lines.Count)).ToList();
            // The text's right edge: the widest line, but at least where a 2.5 cm margin would put it.
            var rightMargin = Math.Max(lines.Count == 0 ? 0 : lines.Max(l => l.Right), page.Width - 72);
            var newPage = true;
            foreach (var line in lines)
            {
                if (previous is not null && current.Length > 0 && Continues(previous, line, newPage, previousRightMargin))
                {
                    current.Append(' ').Append(line.Text);
                }
                else
                {
                    if (current.Length > 0) yield return current.ToString();
                    current.Clear().Append(line.Text);
                }
                previous = line;
                previousRightMargin = rightMargin;
                newPage = false;
            }
        }
        if (current.Length > 0) yield return current.ToString();
    }

    internal static bool Continues(PdfLine previous, PdfLine line, bool acrossPage, double rightMargin)
    {
        if (line.InColumns || previous.InColumns || StartsListItem(line.Text)) return false;
        var h = Math.Max(previous.Height, line.Height);
        if (!acrossPage)
        {
            var gap = previous.Bottom - line.Top;
            if (gap > 0.9 * h) return false;
            if (line.Left > previous.Left + 1.5 * h) return false;
        }
        // A line was wrapped when it runs to the margin, or when the next line's first word would not have fit after it.
        var wrapped = previous.Right >= rightMargin - 2.5 * h || previous.Right + 0.3 * h + FirstWordWidth(line) > rightMargin;
        if (IsAllCaps(previous.Text)) return IsAllCaps(line.Text) && wrapped;
        return StartsLower(line.Text) || wrapped;
    }

    /// <summary>Estimated from the line's average character width.</summary>
    private static double FirstWordWidth(PdfLine line)
    {
        var space = line.Text.IndexOf(' ', StringComparison.Ordinal);
        var firstWord = space < 0 ? line.Text.Length : space;
        return (line.Right - line.Left) * firstWord / Math.Max(line.Text.Length, 1);
    }

    /// <summary>"I. ", "II. ", "1. ", "1.2. ", "a) ", "(3) ", "- ", "+ ", "• ", "Điều 3."</summary>
    internal static bool StartsListItem(string text) => ListItem().IsMatch(text);

    [GeneratedRegex(@"^(?:[IVXLC]{1,6}[\.\)]|\d{1,3}(?:\.\d{1,3})*[\.\)]|[a-zđ]\)|\(\d{1,3}\)|\([a-zđ]\)|[-+•–*]|Điều\s+\d+)(?:\s|$)")]
    private static partial Regex ListItem();

    private static bool StartsLower(string text)
    {
        foreach (var c in text)
        {
            if (char.IsLetter(c)) return char.IsLower(c);
            if (!char.IsWhiteSpace(c) && c is not ('(' or '"' or '“')) return false;
        }
        return false;
    }

    private static bool IsAllCaps(string text)
    {
        int upper = 0, lower = 0;
        foreach (var c in text)
        {
            if (char.IsUpper(c)) upper++;
            else if (char.IsLower(c)) lower++;
        }
        return upper >= 2 && lower == 0;
    }

    /// <summary>A bare number (or "Trang 3", "- 3 -") as the first or last line of a page.</summary>
    private static bool IsPageNumber(PdfLine line, int index, int count) =>
        (index == 0 || index == count - 1) && PageNumber().IsMatch(line.Text.Trim());

    [GeneratedRegex(@"^(?:-\s*)?(?:Trang\s+)?\d{1,4}(?:\s*/\s*\d{1,4})?(?:\s*-)?$")]
    private static partial Regex PageNumber();
}
