using System.Text.RegularExpressions;
using NhacHan.Domain.Text;

namespace NhacHan.Domain.Parsing.Text;

/// <summary>
/// A timetable row's time label standing alone in its cell: "Quý III/2024", "Tháng 10, 11/2024",
/// "Tháng 12/2024", "6 tháng đầu năm 2025", "Năm 2026", "Tuần 2 tháng 5/2025" → the first and last day of the whole period.
/// </summary>
public static partial class PeriodLabel
{
    [GeneratedRegex(@"^quy\s+(?<q>iv|i{1,3}|[1-4])\s*(?:/|nam)\s*(?<y>\d{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex Quarter();

    [GeneratedRegex(@"^thang\s+(?<m>\d{1,2})(?:\s*(?:,|-|–|va|den)\s*(?:thang\s+)?(?<m>\d{1,2}))*\s*(?:/|nam)\s*(?<y>\d{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex Months();

    [GeneratedRegex(@"^0?6\s+thang\s+(?<h>dau|cuoi)\s+nam\s+(?<y>\d{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex Half();

    [GeneratedRegex(@"^tuan\s+(?:thu\s+)?(?<w>[1-5]|dau|cuoi)\s+(?:cua\s+)?thang\s+(?<m>\d{1,2})\s*(?:/|nam)\s*(?<y>\d{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex Week();

    [GeneratedRegex(@"^nam\s+(?<y>\d{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex Year();

    public static (DateOnly Start, DateOnly End)? TryParse(string label)
    {
        if (label.Length is 0 or > 40) return null;
        // Every label holds a year: most cells are rejected before folding.
        if (!label.AsSpan().ContainsAnyInRange('0', '9')) return null;
        var f = FastFold.Fold(label).Trim().TrimEnd('.', ':');
        Match m;
        if ((m = Quarter().Match(f)).Success)
        {
            var q = m.Groups["q"].Value switch { "i" or "1" => 1, "ii" or "2" => 2, "iii" or "3" => 3, _ => 4 };
            var y = int.Parse(m.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture);
            if (!ValidYear(y)) return null;
            var start = new DateOnly(y, (q - 1) * 3 + 1, 1);
            return (start, start.AddMonths(3).AddDays(-1));
        }
        if ((m = Months().Match(f)).Success)
        {
            var y = int.Parse(m.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture);
            var caps = m.Groups["m"].Captures;
            var first = int.Parse(caps[0].Value, System.Globalization.CultureInfo.InvariantCulture);
            var last = int.Parse(caps[^1].Value, System.Globalization.CultureInfo.InvariantCulture);
            if (!ValidYear(y) || first is < 1 or > 12 || last < first || last > 12) return null;
            return (new DateOnly(y, first, 1), new DateOnly(y, last, 1).AddMonths(1).AddDays(-1));
        }
        if ((m = Half().Match(f)).Success)
        {
            var y = int.Parse(m.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture);
            if (!ValidYear(y)) return null;
            return m.Groups["h"].Value == "dau" ? (new DateOnly(y, 1, 1), new DateOnly(y, 6, 30)) : (new DateOnly(y, 7, 1), new DateOnly(y, 12, 31));
        }
        if ((m = Week().Match(f)).Success)
        {
            // "Tuần 2 tháng 5/2025": week n is days 7n−6 … 7n of the month (not ISO weeks); week 5 ends with the month.
            var y = int.Parse(m.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture);
            var month = int.Parse(m.Groups["m"].Value, System.Globalization.CultureInfo.InvariantCulture);
            if (!ValidYear(y) || month is < 1 or > 12) return null;
            var days = DateTime.DaysInMonth(y, month);
            // "Tuần đầu" is week 1; "Tuần cuối" the month's last seven days.
            if (m.Groups["w"].Value == "cuoi") return (new DateOnly(y, month, days - 6), new DateOnly(y, month, days));
            var w = m.Groups["w"].Value == "dau" ? 1 : m.Groups["w"].Value[0] - '0';
            if (7 * w - 6 > days) return null;
            return (new DateOnly(y, month, 7 * w - 6), new DateOnly(y, month, w == 5 ? days : Math.Min(7 * w, days)));
        }
        if ((m = Year().Match(f)).Success)
        {
            var y = int.Parse(m.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture);
            if (!ValidYear(y)) return null;
            return (new DateOnly(y, 1, 1), new DateOnly(y, 12, 31));
        }
        return null;
    }

    private static bool ValidYear(int y) => y is >= 1990 and <= 2200;
}
