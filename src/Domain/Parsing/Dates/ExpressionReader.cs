using NhacHan.Domain.Plans;

namespace NhacHan.Domain.Parsing.Dates;

/// <summary>
/// Reads one date expression starting at a token: [cue] [qualifier] date [("đến" | "-") date] [(weekday)] [time].
/// </summary>
internal static class ExpressionReader
{
    /// <param name="minStart">The first token not used by the previous expression (spans never overlap).</param>
    /// <param name="listCue">The cue of the date before, when this one follows it in a list ("trước 15/10 và 15/11").</param>
    public static bool TryRead(TokenStream s, int i, int minStart, DateCue listCue, out DateExpression e)
    {
        e = default;
        var cue = CueReader.Read(s, i, out var j);
        if (cue == DateCue.None) cue = listCue;
        var piece = ReadPiece(s, j, cue);
        if (!piece.Found) piece = ReadRecurringAfterCue(s, i, j, minStart);
        if (!piece.Found) piece = ReadLoneStartDay(s, j, cue);
        if (!piece.Found) return false;

        e.Cue = cue;
        e.Start = piece;
        e.First = Math.Min(j == i ? piece.First : i, piece.First);
        e.Last = piece.Last;
        if (piece.Kind is PieceKind.Day or PieceKind.Period or PieceKind.WordedMonth && TryReadRangeEnd(s, piece.Last + 1, out var end))
        {
            e.IsRange = true;
            e.End = end;
            e.Last = end.Last;
        }
        // "trước ngày 15/12 hằng năm": a day that comes back every year.
        if (!e.IsRange && piece.Kind == PieceKind.Day && piece.Year == 0 && s.IsWord(e.Last + 1, "hang") && s.IsWord(e.Last + 2, "nam"))
        {
            e.Yearly = true;
            e.Last += 2;
        }
        ReadTrailer(s, ref e);
        e.IsCitation = !e.IsRange && CitationDetector.IsCitation(s, e);
        e.NamesReportPeriod = cue == DateCue.None && piece.Kind == PieceKind.Period && !e.IsRange && FollowsReportWord(s, e.First);
        return true;
    }

    /// <summary>The date itself at <paramref name="j"/>, after any cue.</summary>
    private static DatePiece ReadPiece(TokenStream s, int j, DateCue cue)
    {
        if ((uint)j >= (uint)s.Count) return DatePiece.Failed;
        if (s.IsNumber(j)) return ReadNumberFirst(s, j, cue);
        if (s.IsWord(j, "ngay")) return DayReader.ReadAfterNgay(s, j);
        if (s.IsWord(j, "thang"))
        {
            var month = PeriodReader.ReadMonth(s, j);
            if (!month.Found) return PeriodReader.ReadWordedMonth(s, j);
            // "3 tháng 1 lần", "mỗi tháng 1 lần": a frequency, not a month.
            if (month.Year == 0 && ((s.IsSmallNumber(j - 1) && !s.IsWord(j - 2, "ngay")) || s.IsWord(month.Last + 1, "lan"))) return DatePiece.Failed;
            return month;
        }
        if (s.IsQuarterWord(j)) return PeriodReader.ReadQuarter(s, j);
        if (s.IsWord(j, "nua") && PeriodReader.ReadHalf(s, j) is { Found: true } half) return half;
        if (s.IsWord(j, "nam")) return cue == DateCue.None ? DatePiece.Failed : PeriodReader.ReadYear(s, j);

        var k = QualifierReader.Read(s, j, out var isSpan);
        if (k < 0) return DatePiece.Failed;
        var p = s.IsWord(k, "thang") ? (PeriodReader.ReadMonth(s, k) is { Found: true } m ? m : PeriodReader.ReadWordedMonth(s, k))
            : s.IsQuarterWord(k) ? PeriodReader.ReadQuarter(s, k)
            : s.IsWord(k, "nam") ? PeriodReader.ReadYear(s, k)
            : DatePiece.Failed;
        if (!p.Found) return p;
        p.First = j;
        p.IsSpan = isSpan;
        return p;
    }

    private static DatePiece ReadNumberFirst(TokenStream s, int j, DateCue cue)
    {
        if (TimeReader.TryRead(s, j, out var time, out var timeLast))
        {
            // "14h00 phút, ngày 27/02/2024": the time belongs to the day printed right after it.
            var k = timeLast + 1;
            // "8h00 đến 11h30 ngày …", "8h00 - 11h30, ngày …": the day's time is when it starts.
            if ((s.IsWord(k, "den") || s.IsWord(k, "toi") || s.IsPunct(k, '-')) && TimeReader.TryRead(s, k + 1, out _, out var untilLast))
                k = untilLast + 1;
            if (s.IsPunct(k, ',') || s.IsPunct(k, '-')) k++;
            // "07 giờ 30 phút, thứ Năm, ngày 05/6/2025": a weekday between the time and the day.
            var weekday = WeekdayWords(s, k);
            if (weekday > k)
            {
                k = weekday;
                if (s.IsPunct(k, ',')) k++;
            }
            var day = s.IsWord(k, "ngay") ? DayReader.ReadAfterNgay(s, k) : DayReader.ReadNumeric(s, k, yearlessAllowed: false);
            if (!day.Found || day.Kind is not (PieceKind.Day or PieceKind.Impossible)) return DatePiece.Failed;
            day.First = j;
            day.Time = time;
            day.TimeFirst = true;
            return day;
        }
        var months = PeriodReader.ReadMonthsOfYear(s, j);
        if (months.Found) return months;
        var numeric = DayReader.ReadNumeric(s, j, CueReader.AllowsBareNumbers(cue));
        if (numeric.Found) return numeric;
        return cue == DateCue.None ? DatePiece.Failed : PeriodReader.ReadBareMonth(s, j);
    }

    /// <summary>"hằng tháng, trước ngày 20": the day alone, made recurring by the words before the cue.</summary>
    private static DatePiece ReadRecurringAfterCue(TokenStream s, int i, int j, int minStart)
    {
        if (!s.IsWord(j, "ngay") || !s.IsSmallNumber(j + 1) || s.Touching(j + 1)) return DatePiece.Failed;
        var day = s.Value(j + 1);
        if (day is < 1 or > 31) return DatePiece.Failed;
        var k = i - 1;
        if (s.IsPunct(k, ',')) k--;
        if (!s.IsWord(k, "thang") || !s.IsWord(k - 1, "hang") || k - 1 < minStart) return DatePiece.Failed;
        var first = k - 1;
        if (s.IsWord(first - 1, "ky") && s.IsWord(first - 2, "dinh") && first - 2 >= minStart) first -= 2;
        return new DatePiece { Kind = PieceKind.Recurring, First = first, Last = j + 1, Day = day, Granularity = DateGranularity.Day };
    }

    /// <summary>"từ ngày 01 đến ngày 15/7/2025", "từ 20 - 25/7/2025": a start day that takes its month from the end.</summary>
    private static DatePiece ReadLoneStartDay(TokenStream s, int j, DateCue cue)
    {
        int dayToken;
        if (s.IsWord(j, "ngay") && s.IsSmallNumber(j + 1)) dayToken = j + 1;
        else if (cue == DateCue.From && s.IsSmallNumber(j)) dayToken = j;
        else return DatePiece.Failed;
        if (!TryReadRangeEnd(s, dayToken + 1, out var end) || end.Kind != PieceKind.Day) return DatePiece.Failed;
        int day = s.Value(dayToken), month = end.Month, year = end.Year;
        if (day > end.Day)
        {
            // "từ ngày 25 đến ngày 05/8": the start is in the month before.
            month--;
            if (month == 0) (month, year) = (12, year == 0 ? 0 : year - 1);
        }
        return DatePiece.ForDay(j, dayToken, day, month, year);
    }

    /// <summary>"… đến ngày 20/8/2026", "… đến 15/7/2025", "… - 15/4/2026", "… đến hết tháng 5/2025".</summary>
    private static bool TryReadRangeEnd(TokenStream s, int t, out DatePiece end)
    {
        end = DatePiece.Failed;
        // A dash joins two dates when spaced ("01/4 - 15/4/2026") or after a lone day ("ngày 01-02/10/2025");
        // "ngày 15 và 16/8/2024", "các ngày 15, 16/8/2024" join two days into their span.
        var loneDay = s.IsSmallNumber(t - 1) && s.IsAnyWord(t - 2);
        var dash = s.IsPunct(t, '-') && ((!s.Touching(t - 1) && !s.Touching(t)) || loneDay);
        var dayList = (s.IsWord(t, "va") || s.IsPunct(t, ',')) && loneDay && s.IsWord(t - 2, "ngay");
        if (!(s.IsWord(t, "den") || s.IsWord(t, "toi") || dash || dayList)) return false;
        var u = t + 1;
        if (s.IsWord(u, "het")) u++;
        // "ngày 14 và 15 tháng 3 năm 2025", "từ ngày 14 đến 16 tháng 3 năm 2025": the end day spelled without "ngày".
        if (s.IsSmallNumber(u) && s.IsWord(u + 1, "thang"))
        {
            end = DayReader.ReadSpelledDay(s, u);
            if (end.Found) return end.Kind is PieceKind.Day or PieceKind.Impossible;
        }
        end = ReadPiece(s, u, DateCue.Until);
        return end.Found && end.Kind is PieceKind.Day or PieceKind.Period or PieceKind.Impossible or PieceKind.WordedMonth;
    }

    /// <summary>"Báo cáo sơ kết 6 tháng đầu năm", "kết quả quý III/2025": the two words before the period.</summary>
    private static bool FollowsReportWord(TokenStream s, int first)
    {
        int a = first - 2, b = first - 1;
        return (s.IsWord(a, "bao") && s.IsWord(b, "cao")) || (s.IsWord(a, "so") && s.IsWord(b, "ket"))
            || (s.IsWord(a, "tong") && s.IsWord(b, "ket")) || (s.IsWord(a, "ket") && s.IsWord(b, "qua"))
            || (s.IsWord(a, "danh") && s.IsWord(b, "gia")) || (s.IsWord(a, "tinh") && s.IsWord(b, "hinh"));
    }

    /// <summary>After a day: "(Thứ Ba)", then a time "08 giờ 30", ", lúc 14h00".</summary>
    private static void ReadTrailer(TokenStream s, ref DateExpression e)
    {
        var last = e.IsRange ? e.End : e.Start;
        if (last.Kind is not (PieceKind.Day or PieceKind.Impossible)) return;
        var k = e.Last + 1;
        var weekdayEnd = ReadWeekday(s, k);
        if (weekdayEnd >= 0)
        {
            e.Last = weekdayEnd;
            k = weekdayEnd + 1;
        }
        if (last.Time is not null || e.IsRange) return;
        if (s.IsPunct(k, ',')) k++;
        if (s.IsWord(k, "vao") && s.IsWord(k + 1, "luc")) k += 2;
        else if (s.IsWord(k, "luc")) k++;
        if (!TimeReader.TryRead(s, k, out var time, out var timeLast)) return;
        e.Start.Time = time;
        e.Last = timeLast;
    }

    /// <summary>"thứ Năm", "thứ 5", "Chủ nhật" not in brackets: the index after it, or <paramref name="k"/> when none.</summary>
    private static int WeekdayWords(TokenStream s, int k)
    {
        if (s.IsWord(k, "thu") && (s.IsAnyWord(k + 1) || s.IsSmallNumber(k + 1, 1)) && !s.IsWord(k + 1, "ngay")) return k + 2;
        if (s.IsWord(k, "chu") && s.IsWord(k + 1, "nhat")) return k + 2;
        return k;
    }

    /// <summary>"(Thứ Ba)", "(thứ 3)", "(Chủ nhật)": the index of ")" or -1.</summary>
    private static int ReadWeekday(TokenStream s, int k)
    {
        if (!s.IsPunct(k, '(')) return -1;
        if (s.IsWord(k + 1, "thu") && (s.IsAnyWord(k + 2) || s.IsSmallNumber(k + 2, 1)) && s.IsPunct(k + 3, ')')) return k + 3;
        if (s.IsWord(k + 1, "chu") && s.IsWord(k + 2, "nhat") && s.IsPunct(k + 3, ')')) return k + 3;
        return -1;
    }
}
