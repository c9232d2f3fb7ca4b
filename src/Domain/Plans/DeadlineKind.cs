namespace NhacHan.Domain.Plans;

/// <summary>How a deadline's date binds the obligation (see shared/plans/README.md, "Kinds of deadline").</summary>
public enum DeadlineKind
{
    /// <summary>"trước ngày D": must be done before D starts (the conservative reading).</summary>
    Before,
    /// <summary>"chậm nhất ngày D", "ngày D: …": the day itself is included.</summary>
    On,
    /// <summary>Month-level timing ("trong tháng 8/2024", "quý III/2025"); the date is the period's last day.</summary>
    ByMonth,
    /// <summary>"bắt đầu từ tháng M/YYYY", or the first day of a range; the date is the first day.</summary>
    Start,
    /// <summary>The end of a range such as "đầu tháng 7/2025 đến 15/7/2025".</summary>
    RangeEnd,
    /// <summary>"trước ngày 25 hằng tháng": the date is the first occurrence after the document's date.</summary>
    RecurringMonthly,
}

/// <summary>How precise a deadline's date is; a by-month deadline may really be a quarter or half-year.</summary>
public enum DateGranularity
{
    Day,
    Month,
    Quarter,
    HalfYear,
    Year,
}
