using System.Text;

namespace NhacHan.Domain.Parsing.Dates;

/// <summary>
/// Per-character Vietnamese fold (lower case, no tone or vowel marks, đ→d) from a table built once, so cue
/// words match in any tone placement ("uỷ"/"ủy") and in decomposed text without allocating.
/// </summary>
internal static class FoldedChars
{
    private const int TableSize = 0x1F00;
    private static readonly char[] Table = Build();

    /// <summary>The folded letter, or '\0' for a combining mark that a fold drops.</summary>
    public static char Fold(char c)
    {
        if (c < 0x80) return c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
        return c < TableSize ? Table[c] : c;
    }

    public static bool IsCombiningMark(char c) => c is >= '\u0300' and <= '\u036F';

    /// <summary>A letter or a combining mark (part of a word), by table below U+1F00.</summary>
    public static bool IsWordChar(char c) => c < TableSize ? WordChars[c] : char.IsLetter(c);

    private static readonly bool[] WordChars = BuildWordChars();

    private static bool[] BuildWordChars()
    {
        var table = new bool[TableSize];
        for (var c = 0; c < TableSize; c++) table[c] = char.IsLetter((char)c) || IsCombiningMark((char)c);
        return table;
    }

    private static char[] Build()
    {
        var table = new char[TableSize];
        for (var c = 0; c < TableSize; c++) table[c] = (char)c;
        for (var c = 0x300; c <= 0x36F; c++) table[c] = '\0';
        FillLetters(table, 0xC0, 0x24F);
        FillLetters(table, 0x1E00, 0x1EFF);
        table['đ'] = 'd';
        table['Đ'] = 'd';
        return table;
    }

    private static void FillLetters(char[] table, int from, int to)
    {
        for (var c = from; c <= to; c++)
        {
            var ch = (char)c;
            if (!char.IsLetter(ch)) continue;
            var decomposed = ch.ToString().Normalize(NormalizationForm.FormD);
            table[c] = char.ToLowerInvariant(decomposed[0]);
        }
    }
}
