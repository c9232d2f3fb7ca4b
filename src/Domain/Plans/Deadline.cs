namespace NhacHan.Domain.Plans;

/// <summary>A dated obligation: who must do what, by when, citing the sentence it came from.</summary>
/// <param name="Date">The due date, a local calendar date in Asia/Ho_Chi_Minh.</param>
/// <param name="Quote">An exact substring of the source text that contains the date.</param>
/// <param name="Section">The heading path, e.g. "III.1" or "PHỤ LỤC.Quý III/2025.Cấp tỉnh.1".</param>
public sealed record Deadline(
    DateOnly Date,
    DeadlineKind Kind,
    string Who,
    string What,
    string? ReportTo,
    string? Via,
    string Section,
    string Quote,
    bool Done)
{
    public DateGranularity Granularity { get; init; } = DateGranularity.Day;

    /// <summary>True when the year was not printed and was taken from the document's date.</summary>
    public bool YearInferred { get; init; }

    /// <summary>For <see cref="DeadlineKind.RecurringMonthly"/>: the day of each month.</summary>
    public int? DayOfMonth { get; init; }
}
