using NhacHan.Domain.Plans;

namespace NhacHan.Domain.Parsing.Dates;

/// <summary>
/// Calendar days: "27/01/2024", "07-10-2026", "27.01.2024", "ngày 10 tháng 9 năm 2026", "ngày 03/8" (year left
/// out), the blank-day header "ngày     tháng 8 năm 2024" and the recurring "ngày 25 hằng tháng".
/// </summary>
internal static class DayReader
{
    /// <summary>A day starting with the word "ngày" at <paramref name="i"/>.</summary>
    public static DatePiece ReadAfterNgay(TokenStream s, int i)
    {
        var j = i + 1;
        if (s.IsNumber(j))
        {
            var group = NumberGroup.Read(s, j);
            if (group.IsSymbol || group.Irregular) return DatePiece.Failed;
            if (group.Parts > 1) return FromGroup(s, group, i, yearlessAllowed: true, afterNgay: true);
            if (s[j].Length > 2) return DatePiece.Failed;
            var spaced = ReadSpaced(s, i, j);
            return spaced.Found ? spaced : ReadSpelled(s, i, j);
        }
        return ReadBlank(s, i, j);
    }

    /// <summary>A numeric day with no "ngày" before it; a year-less "30/6" only after a cue word.</summary>
    public static DatePiece ReadNumeric(TokenStream s, int i, bool yearlessAllowed)
    {
        var group = NumberGroup.Read(s, i);
        if (group.Parts == 1 && yearlessAllowed && !group.IsSymbol) return ReadSpaced(s, i, i);
        if (group.IsSymbol || group.Irregular || group.Parts == 1) return DatePiece.Failed;
        return FromGroup(s, group, i, yearlessAllowed, afterNgay: false);
    }

    /// <summary>
    /// "27 / 01 / 2024", "27- 01-2024": spaces around the separators, read only after "ngày" or a cue, with one
    /// separator kind, a four-digit year and a day and month that exist.
    /// </summary>
    private static DatePiece ReadSpaced(TokenStream s, int first, int j)
    {
        if (!s.IsSmallNumber(j) || !s.IsSmallNumber(j + 2) || !s.IsYear(j + 4)) return DatePiece.Failed;
        var sep = s.IsPunct(j + 1, '/') ? '/' : s.IsPunct(j + 1, '-') ? '-' : s.IsPunct(j + 1, '.') ? '.' : '\0';
        if (sep == '\0' || !s.IsPunct(j + 3, sep)) return DatePiece.Failed;
        if (NumberGroup.HasSymbolSuffix(s, j + 4)) return DatePiece.Failed;
        int day = s.Value(j), month = s.Value(j + 2);
        if (day is < 1 or > 31 || month is < 1 or > 12) return DatePiece.Failed;
        return DatePiece.ForDay(first, j + 4, day, month, s.Value(j + 4));
    }

    private static DatePiece FromGroup(TokenStream s, NumberGroup g, int first, bool yearlessAllowed, bool afterNgay)
    {
        if (g.Parts == 3)
        {
            int d0 = g.Digits(s, 0), d1 = g.Digits(s, 1), d2 = g.Digits(s, 2);
            // ISO order 2026-10-07 is rare in plans but unambiguous.
            if (d0 == 4 && d1 <= 2 && d2 <= 2 && g.Separator == '-' && s.IsYear(g.First))
                return DatePiece.ForDay(first, g.Last, g.Value(s, 2), g.Value(s, 1), g.Value(s, 0));
            // "hạn 27/01/24": a two-digit year only after "ngày" or a cue, with '/' or '-' and a real day and month.
            if (d0 <= 2 && d1 <= 2 && d2 == 2 && yearlessAllowed && g.Separator is '/' or '-')
            {
                int day2 = g.Value(s, 0), month2 = g.Value(s, 1);
                if (day2 is < 1 or > 31 || month2 is < 1 or > 12) return DatePiece.Failed;
                return DatePiece.ForDay(first, g.Last, day2, month2, 2000 + g.Value(s, 2));
            }
            if (d0 > 2 || d1 > 2 || d2 != 4 || !s.IsYear(g.Last)) return DatePiece.Failed;
            // "27.01.2024" is a date; "Điều 3.2.2024" may be numbering unless "ngày" or a cue says otherwise.
            if (g.Separator == '.' && (d0 < 2 || d1 < 2) && !yearlessAllowed) return DatePiece.Failed;
            return DatePiece.ForDay(first, g.Last, g.Value(s, 0), g.Value(s, 1), g.Value(s, 2));
        }

        // Two parts: "03/8" (day/month, year left out). "8/2024" is a month, read by the period reader.
        if (!yearlessAllowed || g.Digits(s, 0) > 2 || g.Digits(s, 1) > 2) return DatePiece.Failed;
        if (g.Separator == '.' || (g.Separator == '-' && !afterNgay)) return DatePiece.Failed;
        int day = g.Value(s, 0), month = g.Value(s, 1);
        // "đến 2/3 số đảng viên", "từ 1/2 trở lên", "đạt 3/4 tổng số": a fraction after a cue word.
        if (!afterNgay && IsFractionContext(s, g.Last + 1)) return DatePiece.Failed;
        // "15/20 chi bộ" after a cue is still a fraction; only "ngày 15/20" claims to be a date (an impossible one).
        if ((day > 31 || month > 12 || day == 0 || month == 0) && !afterNgay) return DatePiece.Failed;
        // "ngày 03/8 năm 2026" prints the year in words.
        if (s.IsWord(g.Last + 1, "nam") && s.IsYear(g.Last + 2)) return DatePiece.ForDay(first, g.Last + 2, day, month, s.Value(g.Last + 2));
        return DatePiece.ForDay(first, g.Last, day, month, 0);
    }

    private static bool IsFractionContext(TokenStream s, int next) =>
        s.IsPunct(next, '%') || s.IsWord(next, "so") || s.IsWord(next, "tong") || (s.IsWord(next, "tro") && s.IsWord(next + 1, "len"))
        || s.IsWord(next, "phan") || s.IsWord(next, "dai") && s.IsWord(next + 1, "bieu") || s.IsWord(next, "dang") && s.IsWord(next + 1, "vien");

    /// <summary>"15 tháng 3 năm 2025" with no "ngày" (the end of "ngày 14 và 15 tháng 3 năm 2025").</summary>
    public static DatePiece ReadSpelledDay(TokenStream s, int dayToken) => ReadSpelled(s, dayToken, dayToken);

    /// <summary>"ngày 10 tháng 9 năm 2026", "ngày 10 tháng 9/2026", "ngày 10 tháng 9", "ngày 25 hằng tháng".</summary>
    private static DatePiece ReadSpelled(TokenStream s, int first, int dayToken)
    {
        var day = s.Value(dayToken);
        if (s.IsWord(dayToken + 1, "hang") && s.IsWord(dayToken + 2, "thang"))
        {
            if (day is < 1 or > 31) return DatePiece.Failed;
            return new DatePiece
            {
                Kind = PieceKind.Recurring, First = first, Last = dayToken + 2, Day = day, Granularity = DateGranularity.Day,
            };
        }
        if (!s.IsWord(dayToken + 1, "thang") || !s.IsSmallNumber(dayToken + 2)) return DatePiece.Failed;
        var monthToken = dayToken + 2;
        var month = s.Value(monthToken);
        var (year, last) = ReadYearAfterMonth(s, monthToken);
        if (last < 0) return DatePiece.Failed;
        return DatePiece.ForDay(first, last, day, month, year);
    }

    /// <summary>"ngày     tháng 8 năm 2024", "ngày …… tháng 8 năm 2024", "ngày …/8/2024".</summary>
    private static DatePiece ReadBlank(TokenStream s, int first, int j)
    {
        // "01 ngày tháng 8" is a duration; "… ngày. Tháng 8/2024 …" is a sentence end, not a blank.
        if (s.IsNumber(first - 1)) return DatePiece.Failed;
        while (s.IsPunct(j, '.') || s.IsPunct(j, '…') || (s.IsPunct(j, '/') && !s.IsNumber(j + 1))) j++;
        if (j >= s.Count || !IsBlankGap(s.Text.AsSpan(s[first].End, s[j].Start - s[first].End))) return DatePiece.Failed;
        if (s.IsPunct(j, '/') && s.IsSmallNumber(j + 1) && s.Touching(j + 1) && s.IsPunct(j + 2, '/') && s.Touching(j + 2) && s.IsYear(j + 3))
            return Blank(first, j + 3, s.Value(j + 1), s.Value(j + 3));
        if (!s.IsWord(j, "thang") || !s.IsSmallNumber(j + 1)) return DatePiece.Failed;
        var (year, last) = ReadYearAfterMonth(s, j + 1);
        if (last < 0 || year == 0) return DatePiece.Failed;
        return Blank(first, last, s.Value(j + 1), year);
    }

    /// <summary>Spaces, underscores or a run of dots where the day should be, on one line.</summary>
    private static bool IsBlankGap(ReadOnlySpan<char> gap)
    {
        if (gap.IndexOfAny('\n', '\r') >= 0) return false;
        var dots = 0;
        foreach (var c in gap)
        {
            if (c is '.') dots++;
            else if (c is '…') dots += 3;
        }
        return dots is 0 or >= 2;
    }

    private static DatePiece Blank(int first, int last, int month, int year) => month is < 1 or > 12
        ? new DatePiece { Kind = PieceKind.Impossible, First = first, Last = last, Month = month, Year = year, Granularity = DateGranularity.Month }
        : new DatePiece { Kind = PieceKind.BlankDay, First = first, Last = last, Month = month, EndMonth = month, Year = year, Granularity = DateGranularity.Month };

    /// <summary>After the month number: " năm 2026", "/2026", or nothing (year 0). last = -1 for a symbol.</summary>
    public static (int Year, int Last) ReadYearAfterMonth(TokenStream s, int monthToken)
    {
        if (s.Touching(monthToken) && s.IsPunct(monthToken + 1, '/') && s.Touching(monthToken + 1) && s.IsNumber(monthToken + 2))
        {
            if (!s.IsYear(monthToken + 2) || NumberGroup.HasSymbolSuffix(s, monthToken + 2)) return (0, -1);
            return (s.Value(monthToken + 2), monthToken + 2);
        }
        if (NumberGroup.HasSymbolSuffix(s, monthToken)) return (0, -1);
        if (s.IsWord(monthToken + 1, "nam") && s.IsYear(monthToken + 2) && !NumberGroup.HasSymbolSuffix(s, monthToken + 2))
            return (s.Value(monthToken + 2), monthToken + 2);
        return (0, monthToken);
    }
}
