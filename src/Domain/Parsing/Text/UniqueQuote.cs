namespace NhacHan.Domain.Parsing.Text;

/// <summary>
/// The shortest run of whole words starting at a position that is at least N characters long, ends in a word
/// with a letter and occurs exactly once in the text (running on past the task when two tasks read the same).
/// The text is searched once for the shortest candidate; longer candidates only re-check those hits.
/// </summary>
public static class UniqueQuote
{
    public static string From(string text, int start, int minLength = 30, int maxLength = 600)
    {
        var limit = Math.Min(text.Length, start + maxLength);
        List<int>? others = null;
        var checkedLength = 0;
        var end = start;
        while (end < limit)
        {
            while (end < limit && char.IsWhiteSpace(text[end])) end++;
            var wordStart = end;
            var hasLetter = false;
            while (end < limit && !char.IsWhiteSpace(text[end]))
            {
                if (char.IsLetter(text[end])) hasLetter = true;
                end++;
            }
            if (end == wordStart) break;
            if (end - start < minLength) continue;
            var length = end - start;
            if (others is null)
            {
                others = Occurrences(text, start, length);
            }
            else
            {
                // Keep the hits that still agree over the longer candidate.
                for (var k = others.Count - 1; k >= 0; k--)
                {
                    var p = others[k];
                    if (p + length > text.Length
                        || !text.AsSpan(p + checkedLength, length - checkedLength).SequenceEqual(text.AsSpan(start + checkedLength, length - checkedLength)))
                        others.RemoveAt(k);
                }
            }
            checkedLength = length;
            if (others.Count == 0 && hasLetter) return text[start..end];
        }
        return text[start..end];
    }

    /// <summary>Other places where text[start, start+length) occurs.</summary>
    private static List<int> Occurrences(string text, int start, int length)
    {
        var needle = text.AsSpan(start, length);
        var hits = new List<int>();
        var from = 0;
        while (from <= text.Length - length)
        {
            var i = text.AsSpan(from).IndexOf(needle, StringComparison.Ordinal);
            if (i < 0) break;
            if (from + i != start) hits.Add(from + i);
            from += i + 1;
        }
        return hits;
    }
}
