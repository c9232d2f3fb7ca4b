using NhacHan.Domain.Documents;
using NhacHan.Domain.Plans;

namespace NhacHan.Domain.Parsing.Dates;

/// <summary>What a date expression denotes before the parser decides whose deadline it is.</summary>
public enum DateMentionType
{
    /// <summary>A calendar day ("27/01/2024", "ngày 10 tháng 9 năm 2026").</summary>
    Day,
    /// <summary>A month, quarter, half-year or year ("trong tháng 8/2024", "quý III/2025").</summary>
    Period,
    /// <summary>A range ("từ ngày 03/8 đến ngày 20/8/2026"): <see cref="DateMention.RangeStart"/> to <see cref="DateMention.Date"/>.</summary>
    Range,
    /// <summary>"trước ngày 25 hằng tháng": <see cref="DateMention.DayOfMonth"/> is 25; the date is the first one on or after the reference date (null without one).</summary>
    RecurringMonthly,
    /// <summary>"ngày     tháng 8 năm 2024": the month is known (<see cref="DateMention.RangeStart"/> is its first day), the day is blank.</summary>
    BlankDay,
    /// <summary>A printed date the grammar saw but could not place (31/02, month 13, no year and no reference date); reported as a warning, never guessed. See <see cref="DateMention.Problem"/>.</summary>
    Unplaced,
}

/// <summary>One date expression found in a text, with its cue words already read.</summary>
/// <param name="Span">Where the whole expression (cue words included, e.g. "trước ngày 27/01/2024") sits in the text searched.</param>
/// <param name="Date">The deadline date for <paramref name="Kind"/>: the day, the last day of a period (its first day for Start, "từ tháng 3/2025", and Before, "trước tháng 9/2025"), a range's end; null when unplaced or blank.</param>
/// <param name="RangeStart">The first day of a range or period, when there is one.</param>
/// <param name="Time">A time of day printed with the date ("14h00", "08 giờ 30").</param>
/// <param name="IsCitation">The date belongs to a cited document ("Chỉ thị số 35-CT/TW, ngày 30/5/2019"): a reference, never a deadline.</param>
public sealed record DateMention(
    SourceSpan Span,
    DateMentionType Type,
    DeadlineKind Kind,
    DateOnly? Date,
    DateOnly? RangeStart,
    DateGranularity Granularity,
    bool YearInferred,
    int? DayOfMonth,
    TimeOnly? Time,
    bool IsCitation)
{
    /// <summary>The timing word printed before the date ("trước", "chậm nhất", "trong", "từ", …); <see cref="DateCue.None"/> when none.</summary>
    public DateCue Cue { get; init; }

    /// <summary>Why an <see cref="DateMentionType.Unplaced"/> mention has no date, in Vietnamese (for the parser's warning); null otherwise.</summary>
    public string? Problem { get; init; }

    /// <summary>
    /// A period with no cue right after "báo cáo", "sơ kết", "tổng kết", "kết quả", "đánh giá", "tình hình"
    /// ("Báo cáo sơ kết 6 tháng đầu năm 2025"): it names what a report covers, likely no deadline.
    /// </summary>
    public bool NamesReportPeriod { get; init; }
}
