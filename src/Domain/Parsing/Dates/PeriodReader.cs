using NhacHan.Domain.Plans;

namespace NhacHan.Domain.Parsing.Dates;

/// <summary>
/// Month-level periods: "tháng 8/2024", "tháng 10, 11/2024", "tháng 8 năm 2024", "quý III/2025", "quý 3/2025",
/// "quý IV năm 2024", "6 tháng đầu năm 2027", "nửa cuối năm 2026", "năm 2025".
/// </summary>
internal static class PeriodReader
{
    /// <summary>"tháng M[, M2…][/YYYY | năm YYYY]" with the word "tháng" at <paramref name="i"/>.</summary>
    public static DatePiece ReadMonth(TokenStream s, int i)
    {
        if (!s.IsSmallNumber(i + 1)) return DatePiece.Failed;
        return ReadList(s, i, i + 1, DateGranularity.Month, static (s, t) => s.IsSmallNumber(t) ? s.Value(t) : -1);
    }

    /// <summary>
    /// "tháng Giêng", "tháng Chạp" (lunar months) and "tháng Mười [Một | Hai]" written as words, with an optional
    /// "năm YYYY" or "/YYYY": read only to be reported, never turned into a Gregorian date.
    /// </summary>
    public static DatePiece ReadWordedMonth(TokenStream s, int i)
    {
        var k = i + 1;
        if (!(s.IsWord(k, "gieng") || s.IsWord(k, "chap") || s.IsWord(k, "muoi"))) return DatePiece.Failed;
        if (s.IsWord(k, "muoi") && (s.IsWord(k + 1, "mot") || s.IsWord(k + 1, "hai"))) k++;
        if (s.IsWord(k + 1, "nam") && s.IsYear(k + 2)) k += 2;
        else if (s.IsPunct(k + 1, '/') && s.IsYear(k + 2)) k += 2;
        return new DatePiece { Kind = PieceKind.WordedMonth, First = i, Last = k, Granularity = DateGranularity.Month };
    }

    /// <summary>"quý III/2025", "quý 3/2025", "quý IV năm 2024", "quý I, II/2025".</summary>
    public static DatePiece ReadQuarter(TokenStream s, int i)
    {
        if (QuarterAt(s, i + 1) < 0) return DatePiece.Failed;
        return ReadList(s, i, i + 1, DateGranularity.Quarter, QuarterAt);
    }

    /// <summary>A bare "8/2024" after a cue word (no "tháng").</summary>
    public static DatePiece ReadBareMonth(TokenStream s, int i)
    {
        var group = NumberGroup.Read(s, i);
        if (group.IsSymbol || group.Irregular || group.Parts != 2 || group.Separator != '/') return DatePiece.Failed;
        if (group.Digits(s, 0) > 2 || !s.IsYear(group.Last)) return DatePiece.Failed;
        var month = group.Value(s, 0);
        return DatePiece.ForPeriod(i, group.Last, month, month, s.Value(group.Last), DateGranularity.Month);
    }

    /// <summary>"6 tháng đầu năm 2027", "06 tháng cuối năm", "9 tháng đầu năm 2025" with the count at <paramref name="i"/>.</summary>
    public static DatePiece ReadMonthsOfYear(TokenStream s, int i)
    {
        if (!s.IsSmallNumber(i) || s.Value(i) is not (3 or 6 or 9) || !s.IsWord(i + 1, "thang")) return DatePiece.Failed;
        var n = s.Value(i);
        bool first = s.IsWord(i + 2, "dau"), late = s.IsWord(i + 2, "cuoi");
        if (!(first || late) || !s.IsWord(i + 3, "nam")) return DatePiece.Failed;
        var (year, last) = YearAfter(s, i + 3);
        var granularity = n == 6 ? DateGranularity.HalfYear : DateGranularity.Quarter;
        return first
            ? DatePiece.ForPeriod(i, last, 1, n, year, granularity)
            : DatePiece.ForPeriod(i, last, 13 - n, 12, year, granularity);
    }

    /// <summary>"nửa đầu năm 2026", "nửa cuối năm 2026" with "nửa" at <paramref name="i"/>.</summary>
    public static DatePiece ReadHalf(TokenStream s, int i)
    {
        bool first = s.IsWord(i + 1, "dau"), late = s.IsWord(i + 1, "cuoi");
        if (!(first || late) || !s.IsWord(i + 2, "nam")) return DatePiece.Failed;
        var (year, last) = YearAfter(s, i + 2);
        return first
            ? DatePiece.ForPeriod(i, last, 1, 6, year, DateGranularity.HalfYear)
            : DatePiece.ForPeriod(i, last, 7, 12, year, DateGranularity.HalfYear);
    }

    /// <summary>"năm 2025" with "năm" at <paramref name="i"/> (the caller requires a cue: "trong năm 2025").</summary>
    public static DatePiece ReadYear(TokenStream s, int i)
    {
        if (!s.IsYear(i + 1) || JoinedToNumber(s, i + 1)) return DatePiece.Failed;
        return DatePiece.ForPeriod(i, i + 1, 1, 12, s.Value(i + 1), DateGranularity.Year);
    }

    private static (int Year, int Last) YearAfter(TokenStream s, int namToken) =>
        s.IsYear(namToken + 1) && !JoinedToNumber(s, namToken + 1) ? (s.Value(namToken + 1), namToken + 1) : (0, namToken);

    /// <summary>"năm 2020-2025", "năm 2025/NQ": the year is part of a span or symbol, not a period.</summary>
    private static bool JoinedToNumber(TokenStream s, int yearToken) =>
        s.Touching(yearToken) && (s.IsPunct(yearToken + 1, '-') || s.IsPunct(yearToken + 1, '/')) && s.Touching(yearToken + 1)
        && (s.IsNumber(yearToken + 2) || s.IsAnyWord(yearToken + 2));

    /// <summary>
    /// Units (months or quarters) joined by ",", "và" or "-", then the year. A list is only taken with a year
    /// after it: "tháng 8, 9 đơn vị …" is one month followed by something else.
    /// </summary>
    private static DatePiece ReadList(TokenStream s, int first, int unitToken, DateGranularity granularity, Func<TokenStream, int, int> unitAt)
    {
        int low = unitAt(s, unitToken), high = low, last = unitToken;
        var t = unitToken;
        var dashed = false;
        while (IsListJoin(s, t + 1))
        {
            // "tháng 7 và tháng 8/2025", "quý III và quý IV/2025" repeat the unit word.
            var next = s.IsWord(t + 2, "thang") || s.IsQuarterWord(t + 2) ? t + 3 : t + 2;
            if (next == t + 3 && (granularity == DateGranularity.Quarter ? !s.IsQuarterWord(t + 2) : !s.IsWord(t + 2, "thang"))) break;
            var unit = unitAt(s, next);
            // Lists run forward within one year: "tháng 12 và tháng 01/2025" crosses a year, so it is no list.
            if (unit <= high) break;
            high = unit;
            dashed |= s.IsPunct(t + 1, '-');
            t = next;
        }
        var (year, yearLast) = DayReader.ReadYearAfterMonth(s, t);
        if (yearLast < 0) return DatePiece.Failed;
        if (t != unitToken && year == 0)
        {
            // No year after the list: keep only the first unit.
            (year, yearLast) = DayReader.ReadYearAfterMonth(s, unitToken);
            if (yearLast < 0) return DatePiece.Failed;
            low = high = unitAt(s, unitToken);
        }
        last = yearLast;
        var piece = granularity == DateGranularity.Quarter
            ? DatePiece.ForPeriod(first, last, low * 3 - 2, high * 3, year, granularity)
            : DatePiece.ForPeriod(first, last, low, high, year, granularity);
        piece.IsSpan = dashed && low != high;
        return piece;
    }

    private static bool IsListJoin(TokenStream s, int i) => s.IsPunct(i, ',') || s.IsPunct(i, '-') || s.IsWord(i, "va");

    /// <summary>A quarter number, Roman ("III") or Arabic ("3"); -1 when the token is neither.</summary>
    private static int QuarterAt(TokenStream s, int i)
    {
        if (s.IsNumber(i)) return s[i].Length == 1 ? s.Value(i) : -1;
        if (!s.IsAnyWord(i)) return -1;
        var t = s[i];
        if (t.Length > 4) return -1;
        var roman = s.Text.AsSpan(t.Start, t.Length);
        if (roman.Equals("I", StringComparison.OrdinalIgnoreCase)) return 1;
        if (roman.Equals("II", StringComparison.OrdinalIgnoreCase)) return 2;
        if (roman.Equals("III", StringComparison.OrdinalIgnoreCase)) return 3;
        if (roman.Equals("IV", StringComparison.OrdinalIgnoreCase)) return 4;
        // "quý V/2025" is printed like a quarter but cannot be one.
        return roman.Equals("V", StringComparison.Ordinal) || roman.Equals("VI", StringComparison.Ordinal) ? 5 : -1;
    }
}
