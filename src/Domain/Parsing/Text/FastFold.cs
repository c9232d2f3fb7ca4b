using System.Globalization;
using System.Text;

namespace NhacHan.Domain.Parsing.Text;

/// <summary>
/// The same result as <see cref="NhacHan.Domain.Text.VietnameseText.Fold"/> (lower case, no tones, đ→d,
/// whitespace runs collapsed) through a precomputed table instead of a Unicode decomposition per call: the
/// parser folds every paragraph once and must stay well under a millisecond per plan.
/// </summary>
public static class FastFold
{
    private const int TableSize = 0x2000;

    // For each char below TableSize: its folded char, '\0' for a combining mark, or ' ' for whitespace.
    private static readonly char[] Table = BuildTable();

    private static char[] BuildTable()
    {
        var table = new char[TableSize];
        for (var c = 0; c < TableSize; c++)
        {
            var ch = (char)c;
            if (char.IsWhiteSpace(ch)) { table[c] = ' '; continue; }
            if (char.IsSurrogate(ch)) { table[c] = ch; continue; }
            if (CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark) { table[c] = '\0'; continue; }
            if (ch is 'đ' or 'Đ') { table[c] = 'd'; continue; }
            var d = ch.ToString().Normalize(NormalizationForm.FormD);
            table[c] = char.ToLowerInvariant(d[0]);
        }
        return table;
    }

    public static string Fold(string s) => Fold(s.AsSpan());

    public static string Fold(ReadOnlySpan<char> s)
    {
        if (s.Length == 0) return "";
        Span<char> buffer = s.Length <= 512 ? stackalloc char[s.Length] : new char[s.Length];
        var n = 0;
        var pendingSpace = false;
        foreach (var ch in s)
        {
            char f;
            if (ch < TableSize) f = Table[ch];
            else if (char.IsWhiteSpace(ch)) f = ' ';
            else if (CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark) f = '\0';
            else f = char.ToLowerInvariant(ch);
            if (f == '\0') continue;
            if (f == ' ')
            {
                pendingSpace = n > 0;
                continue;
            }
            if (pendingSpace)
            {
                buffer[n++] = ' ';
                pendingSpace = false;
            }
            buffer[n++] = f;
        }
        return new string(buffer[..n]);
    }
}
