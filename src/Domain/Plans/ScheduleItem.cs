namespace NhacHan.Domain.Plans;

/// <summary>A period-scoped task from a timetable appendix (PHỤ LỤC), e.g. "Quý III/2024", "Cấp tỉnh".</summary>
public sealed record ScheduleItem(
    string Period,
    DateOnly Start,
    DateOnly End,
    string Level,
    string Who,
    string What,
    string Quote);
