using NhacHan.Domain.Documents;
using NhacHan.Domain.Plans;

namespace NhacHan.Domain.Parsing.Dates;

/// <summary>Turns a read expression into a <see cref="DateMention"/>: years resolved, kind chosen, impossible dates unplaced.</summary>
internal static class MentionBuilder
{
    public const string YearUnknown = "Không rõ năm: văn bản không ghi năm và không có ngày văn bản để suy ra.";
    public const string NoSuchDay = "Ngày không tồn tại.";
    public const string RangeReversed = "Ngày bắt đầu sau ngày kết thúc.";
    public const string WordedMonth = "Tháng ghi bằng chữ (tháng Giêng, tháng Chạp là tháng âm lịch): không tự quy đổi sang dương lịch.";

    public static DateMention Build(TokenStream s, in DateExpression e, DateOnly? reference)
    {
        var span = SourceSpan.FromBounds(s[e.First].Start, s[e.Last].End);
        return e.IsRange ? BuildRange(span, e, reference) : BuildSingle(span, e, reference);
    }

    private static DateMention BuildSingle(SourceSpan span, in DateExpression e, DateOnly? reference)
    {
        var p = e.Start;
        var kind = KindFor(p, e.Cue);
        switch (p.Kind)
        {
            case PieceKind.Recurring:
                return new DateMention(span, DateMentionType.RecurringMonthly, DeadlineKind.RecurringMonthly,
                    reference is { } r ? FirstOccurrence(r, p.Day) : null, null, DateGranularity.Day, false, p.Day, null, e.IsCitation)
                { Cue = e.Cue };
            case PieceKind.BlankDay:
                return new DateMention(span, DateMentionType.BlankDay, kind, null, new DateOnly(p.Year, p.Month, 1),
                    DateGranularity.Month, false, null, p.Time, e.IsCitation) { Cue = e.Cue };
            case PieceKind.Impossible:
                return Unplaced(span, e, kind, p.Granularity, NoSuchDay);
            case PieceKind.WordedMonth:
                return Unplaced(span, e, kind, p.Granularity, WordedMonth);
        }

        var inferred = p.Year == 0 || e.YearFromList;
        if (p.Year == 0)
        {
            if (reference is not { } r) return Unplaced(span, e, kind, p.Granularity, YearUnknown);
            p.Year = r.Year;
            // Yearly: the next occurrence on or after the document's date, still flagged as inferred.
            if (e.Yearly && p.Kind == PieceKind.Day && p.Year < 9999 && (p.Month < r.Month || (p.Month == r.Month && p.Day < r.Day))) p.Year++;
        }
        if (!TryResolve(p, out var first, out var last)) return Unplaced(span, e, kind, p.Granularity, NoSuchDay);

        if (p.Kind == PieceKind.Day)
            return new DateMention(span, DateMentionType.Day, kind, first, null, DateGranularity.Day, inferred, null, p.Time, e.IsCitation) { Cue = e.Cue };
        var date = kind is DeadlineKind.Before or DeadlineKind.Start ? first : last;
        return new DateMention(span, DateMentionType.Period, kind, date, first, p.Granularity, inferred, null, null, e.IsCitation)
        {
            Cue = e.Cue,
            NamesReportPeriod = e.NamesReportPeriod,
        };
    }

    private static DateMention BuildRange(SourceSpan span, in DateExpression e, DateOnly? reference)
    {
        DatePiece a = e.Start, b = e.End;
        if (a.Kind == PieceKind.WordedMonth || b.Kind == PieceKind.WordedMonth)
            return Unplaced(span, e, DeadlineKind.RangeEnd, b.Granularity, WordedMonth);
        if (a.Kind == PieceKind.Impossible || b.Kind == PieceKind.Impossible)
            return Unplaced(span, e, DeadlineKind.RangeEnd, b.Granularity, NoSuchDay);

        // A start written without a year takes the end's ("từ ngày 03/8 đến ngày 20/8/2026"), and back.
        var inferred = false;
        if (a.Year == 0 && b.Year != 0) a.Year = a.Month > b.EndMonth ? b.Year - 1 : b.Year;
        else if (b.Year == 0 && a.Year != 0) b.Year = b.EndMonth < a.Month ? a.Year + 1 : a.Year;
        else if (a.Year == 0 && b.Year == 0)
        {
            if (reference is not { } r) return Unplaced(span, e, DeadlineKind.RangeEnd, b.Granularity, YearUnknown);
            inferred = true;
            a.Year = r.Year;
            b.Year = b.EndMonth < a.Month ? r.Year + 1 : r.Year;
        }
        if (!TryResolve(a, out var start, out _) || !TryResolve(b, out _, out var end))
            return Unplaced(span, e, DeadlineKind.RangeEnd, b.Granularity, NoSuchDay);
        if (start > end) return Unplaced(span, e, DeadlineKind.RangeEnd, b.Granularity, RangeReversed);
        return new DateMention(span, DateMentionType.Range, DeadlineKind.RangeEnd, end, start, b.Granularity, inferred, null, b.Time ?? a.Time, false)
        { Cue = e.Cue };
    }

    /// <summary>The deadline kind a cue gives (shared/plans/README.md, "Kinds of deadline").</summary>
    private static DeadlineKind KindFor(in DatePiece p, DateCue cue)
    {
        if (p.Kind == PieceKind.Recurring) return DeadlineKind.RecurringMonthly;
        var isDay = p.Kind is PieceKind.Day or PieceKind.BlankDay || (p.Kind == PieceKind.Impossible && p.Granularity == DateGranularity.Day);
        return cue switch
        {
            DateCue.Before => DeadlineKind.Before,
            DateCue.From or DateCue.After when !p.IsSpan && !p.TimeFirst => DeadlineKind.Start,
            _ => isDay ? DeadlineKind.On : DeadlineKind.ByMonth,
        };
    }

    private static bool TryResolve(in DatePiece p, out DateOnly first, out DateOnly last)
    {
        first = last = default;
        if (p.Year is < 1 or > 9999) return false;
        if (p.Kind == PieceKind.Day)
        {
            if (p.Day > DateTime.DaysInMonth(p.Year, p.Month)) return false;
            first = last = new DateOnly(p.Year, p.Month, p.Day);
            return true;
        }
        first = new DateOnly(p.Year, p.Month, 1);
        last = new DateOnly(p.Year, p.EndMonth, DateTime.DaysInMonth(p.Year, p.EndMonth));
        return true;
    }

    /// <summary>The first day-of-month <paramref name="day"/> on or after <paramref name="from"/> (clamped to short months).</summary>
    public static DateOnly? FirstOccurrence(DateOnly from, int day)
    {
        var thisMonth = new DateOnly(from.Year, from.Month, Math.Min(day, DateTime.DaysInMonth(from.Year, from.Month)));
        if (thisMonth >= from) return thisMonth;
        if (from.Year == DateOnly.MaxValue.Year && from.Month == 12) return null;
        var next = from.AddMonths(1);
        return new DateOnly(next.Year, next.Month, Math.Min(day, DateTime.DaysInMonth(next.Year, next.Month)));
    }

    private static DateMention Unplaced(SourceSpan span, in DateExpression e, DeadlineKind kind, DateGranularity granularity, string problem) =>
        new(span, DateMentionType.Unplaced, kind, null, null, granularity, false, null, null, e.IsCitation) { Cue = e.Cue, Problem = problem };
}
