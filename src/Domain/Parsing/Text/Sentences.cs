namespace NhacHan.Domain.Parsing.Text;

/// <summary>Sentence boundaries in clean text and in raw source slices.</summary>
public static class Sentences
{
    private const int MaxReach = 800;

    /// <summary>Splits clean text at ". " / "! " / "? " followed by a capital (not "1.1." numbering).</summary>
    public static List<string> Split(string text)
    {
        var result = new List<string>(4);
        var start = 0;
        for (var i = 0; i + 2 < text.Length; i++)
        {
            if (text[i] is '.' or '!' or '?' && text[i + 1] == ' ' && (char.IsUpper(text[i + 2]) || text[i + 2] == '(')
                && !(i > 0 && char.IsAsciiDigit(text[i - 1]) && i - start < 6))
            {
                Add(result, text[start..(i + 1)]);
                start = i + 2;
            }
        }
        Add(result, text[start..]);
        return result;
    }

    private static void Add(List<string> list, string s)
    {
        s = s.Trim();
        if (s.Length > 0) list.Add(s);
    }

    /// <summary>
    /// The sentence of <paramref name="raw"/> (a source slice) that holds [<paramref name="at"/>,
    /// <paramref name="atEnd"/>): bounded by ". " / ".\n" before and after, without the final full stop.
    /// </summary>
    public static (int Start, int End) Around(string raw, int from, int to, int at, int atEnd)
    {
        // A "sentence" of a run-on text is bounded, so quoting many dates in one huge line stays linear.
        from = Math.Max(from, at - MaxReach);
        to = Math.Min(to, atEnd + MaxReach);
        var start = from;
        for (var i = at - 1; i > from; i--)
        {
            if (IsBoundary(raw, i, to)) { start = i + 1; break; }
        }
        while (start < at && char.IsWhiteSpace(raw[start])) start++;
        var end = to;
        for (var i = atEnd; i < to; i++)
        {
            if (IsBoundary(raw, i, to)) { end = i; break; }
        }
        while (end > atEnd && char.IsWhiteSpace(raw[end - 1])) end--;
        return (start, end);
    }

    private static bool IsBoundary(string raw, int i, int to)
    {
        if (raw[i] is not ('.' or '!' or '?')) return false;
        if (i + 1 >= to) return true;
        var next = raw[i + 1];
        if (next is not (' ' or '\n' or '\r' or '\t' or '*')) return false;
        // "1.1. " numbering and "TP. " abbreviations are no boundary.
        if (i > 0 && char.IsAsciiDigit(raw[i - 1]) && i + 2 < to && !char.IsUpper(raw[i + 2]) && raw[i + 2] != '\n') return false;
        var j = i + 1;
        while (j < to && raw[j] is ' ' or '*' or '\t') j++;
        return j >= to || char.IsUpper(raw[j]) || raw[j] is '\n' or '\r' or '(' or '-' or '+' || char.IsAsciiDigit(raw[j]);
    }
}
