namespace NhacHan.Domain.Parsing.Text;

/// <summary>Short verbatim excerpts: "about the first N words, cut at a phrase boundary".</summary>
public static class Words
{
    /// <summary>
    /// The text whole (without a final full stop) when it has at most <paramref name="wholeUpTo"/> words;
    /// otherwise the first words up to about <paramref name="target"/>, cut after a comma or semicolon when one
    /// falls in the last few words.
    /// </summary>
    public static string Excerpt(string text, int target = 15, int wholeUpTo = 20)
    {
        text = text.Trim();
        if (target < 1) target = 1;
        // Only the word ends up to two past the target are needed; the rest are counted.
        Span<int> ends = stackalloc int[target + 3];
        var count = 0;
        for (var i = 1; i < text.Length; i++)
        {
            if (text[i] != ' ' || text[i - 1] == ' ') continue;
            if (count < ends.Length) ends[count] = i;
            count++;
        }
        if (count + 1 <= wholeUpTo) return TrimStop(text);
        // Cut after the target word, or at a comma or semicolon one word before or two after it.
        var known = Math.Min(count, ends.Length);
        var cut = Math.Min(target, known) - 1;
        var best = ends[cut];
        for (var w = Math.Max(cut - 1, 0); w <= Math.Min(cut + 2, known - 1); w++)
        {
            if (text[ends[w] - 1] is ',' or ';')
            {
                best = ends[w] - 1;
                break;
            }
        }
        return TrimStop(text[..best]);
    }

    private static string TrimStop(string s)
    {
        var end = s.Length;
        while (end > 0 && s[end - 1] is '.' or ',' or ';' or ':' or ' ') end--;
        return s[..end];
    }

    public static int Count(string s)
    {
        var n = 0;
        var inWord = false;
        foreach (var c in s)
        {
            if (char.IsWhiteSpace(c)) inWord = false;
            else if (!inWord) { inWord = true; n++; }
        }
        return n;
    }
}
