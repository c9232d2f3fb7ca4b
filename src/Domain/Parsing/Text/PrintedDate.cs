using System.Text.RegularExpressions;

namespace NhacHan.Domain.Parsing.Text;

/// <summary>
/// The fixed date forms of headers and citations ("ngày 30/5/2019", "ngày 09 tháng 5 năm 2025",
/// "ngày      tháng 8 năm 2024"); deadline phrases are the date grammar's job.
/// </summary>
public static partial class PrintedDate
{
    [GeneratedRegex(@"^\s*(?:,\s*)?(?:ban hành\s+)?ngày\s*(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4})", RegexOptions.CultureInvariant)]
    private static partial Regex NumericAfter();

    [GeneratedRegex(@"^\s*(?:,\s*)?(?:ban hành\s+)?ngày\s*(\d{1,2})\s+tháng\s*(\d{1,2})\s+năm\s*(\d{4})", RegexOptions.CultureInvariant)]
    private static partial Regex WordsAfter();

    /// <summary>A citation date right at <paramref name="start"/> (", ngày 30/5/2019"); null when none.</summary>
    public static (DateOnly Date, int End)? ReadAt(string text, int start)
    {
        var span = text.AsSpan(start, Math.Min(60, text.Length - start));
        foreach (var re in (Regex[])[NumericAfter(), WordsAfter()])
        {
            var m = re.Match(span.ToString());
            if (!m.Success) continue;
            if (TryDate(m.Groups[3].Value, m.Groups[2].Value, m.Groups[1].Value) is { } d) return (d, start + m.Length);
        }
        return null;
    }

    public static DateOnly? TryDate(string year, string month, string day)
    {
        if (!int.TryParse(year, out var y) || !int.TryParse(month, out var m) || !int.TryParse(day, out var d)) return null;
        if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1 || d > DateTime.DaysInMonth(y, m)) return null;
        return new DateOnly(y, m, d);
    }
}
