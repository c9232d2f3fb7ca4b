namespace NhacHan.Domain.Parsing.Model;

/// <summary>
/// Turns a raw source slice into a clean value: leftover Markdown (**, *, \*, leading #) removed, whitespace
/// runs (tabs, NBSP, line breaks) made single spaces. Quotes never go through this; values always do.
/// </summary>
public static class MarkdownText
{
    public static string Clean(ReadOnlySpan<char> raw)
    {
        if (raw.Length == 0) return "";
        var buffer = raw.Length <= 512 ? stackalloc char[raw.Length] : new char[raw.Length];
        var n = 0;
        var pendingSpace = false;
        var atStart = true;
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            if (c == '*' || (c == '\\' && i + 1 < raw.Length && raw[i + 1] == '*')) continue;
            if (atStart && c == '#') continue;
            if (c <= ' ' || c == '\u00A0' || (c > 127 && char.IsWhiteSpace(c)))
            {
                pendingSpace = n > 0;
                continue;
            }
            atStart = false;
            if (pendingSpace)
            {
                buffer[n++] = ' ';
                pendingSpace = false;
            }
            buffer[n++] = c;
        }
        return new string(buffer[..n]);
    }

    public static string Clean(string raw) => Clean(raw.AsSpan());

    /// <summary>Cleans and drops trailing punctuation that ends an item (",", ";", ".", ":").</summary>
    public static string CleanItem(ReadOnlySpan<char> raw) => TrimEndPunctuation(Clean(raw));

    public static string TrimEndPunctuation(string s)
    {
        var end = s.Length;
        while (end > 0 && (s[end - 1] is ',' or ';' or '.' or ':' or ' ')) end--;
        return s[..end];
    }

    /// <summary>True when the letters of <paramref name="s"/> are (almost) all capitals: headings, stamps, signature lines.</summary>
    public static bool IsMostlyUpper(ReadOnlySpan<char> s)
    {
        int upper = 0, lower = 0;
        foreach (var c in s)
        {
            if (!char.IsLetter(c)) continue;
            if (char.IsUpper(c)) upper++;
            else lower++;
        }
        return upper >= 2 && lower * 10 <= upper;
    }
}
