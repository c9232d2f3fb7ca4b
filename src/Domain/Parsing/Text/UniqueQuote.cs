namespace NhacHan.Domain.Parsing.Text;

/// <summary>
/// The shortest run of whole words starting at a position that is at least N characters long, ends in a word
/// with a letter and occurs exactly once in the text (running on past the task when two tasks read the same).
/// </summary>
public static class UniqueQuote
{
    public static string From(string text, int start, int minLength = 30, int maxLength = 600)
    {
        var end = start;
        var limit = Math.Min(text.Length, start + maxLength);
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
            if (end - start < minLength || !hasLetter) continue;
            var candidate = text.AsSpan(start, end - start);
            var first = text.AsSpan().IndexOf(candidate, StringComparison.Ordinal);
            if (first >= 0 && text.AsSpan(first + 1).IndexOf(candidate, StringComparison.Ordinal) < 0)
                return candidate.ToString();
        }
        return text[start..end];
    }
}
