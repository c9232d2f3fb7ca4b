namespace NhacHan.Domain.Parsing.Dates;

/// <summary>
/// A run of numbers joined by '/', '-' or '.' with no space ("27/01/2024", "30/2020", "1.1"), and whether it
/// is glued to letters the way a document symbol is ("30/2020/NĐ-CP", "146-KH/TU", "1234/QĐ-UBND").
/// </summary>
internal readonly struct NumberGroup
{
    public int First { get; private init; }
    public int Last { get; private init; }
    public int Parts { get; private init; }
    public char Separator { get; private init; }
    /// <summary>Different separators in one run ("10-11/2024"), or more than three parts.</summary>
    public bool Irregular { get; private init; }
    public bool IsSymbol { get; private init; }

    public static NumberGroup Read(TokenStream s, int first)
    {
        var last = first;
        var parts = 1;
        var separator = '\0';
        var irregular = false;
        while (s.Touching(last) && IsSeparator(s, last + 1) && s.Touching(last + 1) && s.IsNumber(last + 2))
        {
            var sep = (char)s[last + 1].Value;
            if (separator == '\0') separator = sep;
            else if (sep != separator) irregular = true;
            last += 2;
            parts++;
        }
        return new NumberGroup
        {
            First = first,
            Last = last,
            Parts = parts,
            Separator = separator,
            Irregular = irregular || parts > 3,
            IsSymbol = HasSymbolSuffix(s, last) || HasSymbolPrefix(s, first),
        };
    }

    public int Value(TokenStream s, int part) => s.Value(First + 2 * part);

    public int Digits(TokenStream s, int part) => s[First + 2 * part].Length;

    /// <summary>"146-KH", "30/2020/NĐ": a separator then letters, no spaces.</summary>
    public static bool HasSymbolSuffix(TokenStream s, int last) =>
        s.Touching(last) && IsSeparator(s, last + 1) && s.Touching(last + 1) && s.IsAnyWord(last + 2);

    /// <summary>"NĐ-CP/30", "QĐ30": letters glued before the number ("ngày27/01" is only a missing space).</summary>
    private static bool HasSymbolPrefix(TokenStream s, int first)
    {
        if (first == 0 || !s.Touching(first - 1)) return false;
        if (s.IsAnyWord(first - 1)) return !s.IsWord(first - 1, "ngay");
        return (s.IsPunct(first - 1, '/') || s.IsPunct(first - 1, '-')) && first >= 2 && s.Touching(first - 2) && s.IsAnyWord(first - 2);
    }

    private static bool IsSeparator(TokenStream s, int i) => s.IsPunct(i, '/') || s.IsPunct(i, '-') || s.IsPunct(i, '.');
}
