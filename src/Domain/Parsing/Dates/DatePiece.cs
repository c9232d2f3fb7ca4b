using NhacHan.Domain.Plans;

namespace NhacHan.Domain.Parsing.Dates;

internal enum PieceKind : byte
{
    Day,
    /// <summary>Months <see cref="DatePiece.Month"/>..<see cref="DatePiece.EndMonth"/> of one year.</summary>
    Period,
    BlankDay,
    Recurring,
    /// <summary>Printed like a date but impossible (31/02, month 13): reported, never guessed.</summary>
    Impossible,
    /// <summary>A month written as a word ("tháng Giêng", "tháng Chạp" are lunar; "tháng Mười"): reported, never converted.</summary>
    WordedMonth,
}

/// <summary>One date read from tokens <see cref="First"/>..<see cref="Last"/>, before the year is resolved.</summary>
internal struct DatePiece
{
    public PieceKind Kind;
    public int First;
    public int Last;
    /// <summary>0 when the year is not printed.</summary>
    public int Year;
    public int Month;
    public int EndMonth;
    public int Day;
    public DateGranularity Granularity;
    public TimeOnly? Time;
    /// <summary>"đầu tuần đến trung tuần tháng 10", "tháng 3 - 5/2025": a span, so "từ" before it is no start.</summary>
    public bool IsSpan;
    /// <summary>The piece opens with its time ("từ 8h00 đến 11h30 ngày 27/02/2024"): a cue before it is about the hour.</summary>
    public bool TimeFirst;

    public static DatePiece ForDay(int first, int last, int day, int month, int year) => new()
    {
        Kind = IsPossible(day, month, year) ? PieceKind.Day : PieceKind.Impossible,
        First = first, Last = last, Day = day, Month = month, EndMonth = month, Year = year,
        Granularity = DateGranularity.Day,
    };

    public static DatePiece ForPeriod(int first, int last, int startMonth, int endMonth, int year, DateGranularity granularity) => new()
    {
        Kind = startMonth is >= 1 and <= 12 && endMonth is >= 1 and <= 12 && startMonth <= endMonth ? PieceKind.Period : PieceKind.Impossible,
        First = first, Last = last, Month = startMonth, EndMonth = endMonth, Year = year, Granularity = granularity,
    };

    public static DatePiece Failed => new() { First = -1, Last = -1 };

    public readonly bool Found => First >= 0;

    /// <summary>Day and month can exist together (Feb 29 needs the year, checked when it is known).</summary>
    private static bool IsPossible(int day, int month, int year)
    {
        if (month is < 1 or > 12 || day < 1) return false;
        var max = year == 0 ? (month == 2 ? 29 : DateTime.DaysInMonth(2000, month)) : DateTime.DaysInMonth(year, month);
        return day <= max;
    }
}
