using System.Globalization;
using System.Text;

namespace NhacHan.Domain.Documents.Docx;

/// <summary>Word's list number formats (numFmt) for the values plans use: 1, 01, I, i, A, a.</summary>
internal static class NumberFormatter
{
    public static string Format(int value, string? numFmt) => numFmt switch
    {
        "upperRoman" => Roman(value),
        "lowerRoman" => Roman(value).ToLowerInvariant(),
        "upperLetter" => Letters(value),
        "lowerLetter" => Letters(value).ToLowerInvariant(),
        "decimalZero" => value is >= 0 and < 10 ? "0" + value.ToString(CultureInfo.InvariantCulture) : value.ToString(CultureInfo.InvariantCulture),
        "none" => "",
        _ => value.ToString(CultureInfo.InvariantCulture),
    };

    public static string Roman(int value)
    {
        if (value <= 0 || value >= 4000) return value.ToString(CultureInfo.InvariantCulture);
        ReadOnlySpan<int> values = [1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1];
        string[] symbols = ["M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"];
        var sb = new StringBuilder();
        for (var i = 0; i < values.Length; i++)
        {
            while (value >= values[i])
            {
                sb.Append(symbols[i]);
                value -= values[i];
            }
        }
        return sb.ToString();
    }

    /// <summary>Word repeats the letter past Z: A…Z, AA…ZZ, AAA….</summary>
    public static string Letters(int value)
    {
        if (value <= 0) return value.ToString(CultureInfo.InvariantCulture);
        var letter = (char)('A' + (value - 1) % 26);
        return new string(letter, Math.Min((value - 1) / 26 + 1, 10));
    }
}
