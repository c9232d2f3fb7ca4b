using NhacHan.Domain.Plans;

namespace NhacHan.Domain.Reminders;

/// <summary>The planner's configuration: default lead days, the local send time, quiet hours, the zone.</summary>
public sealed record ReminderSettings
{
    public static readonly IReadOnlyList<int> DefaultLeadDays = [7, 3, 1, 0];

    /// <summary>Days before the last day to act; 0 = the morning of that last day.</summary>
    public IReadOnlyList<int> LeadDays { get; init; } = DefaultLeadDays;

    public TimeOnly SendAt { get; init; } = new(7, 30);

    /// <summary>Local quiet hours [start, end); when start &gt; end they span midnight.</summary>
    public TimeOnly QuietStart { get; init; } = new(21, 0);

    public TimeOnly QuietEnd { get; init; } = new(6, 30);

    public TimeZoneInfo Zone { get; init; } = LocalCalendar.DefaultZone;

    /// <summary>A reminder sent this long after its planned time is marked late ("nhắc muộn").</summary>
    public TimeSpan LateAfter { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>How long [Nhắc lại sau] waits.</summary>
    public TimeSpan SnoozeFor { get; init; } = TimeSpan.FromDays(1);

    public bool IsQuiet(TimeOnly local) =>
        QuietStart == QuietEnd ? false
        : QuietStart < QuietEnd ? local >= QuietStart && local < QuietEnd
        : local >= QuietStart || local < QuietEnd;

    public bool IsQuiet(DateTimeOffset moment) => IsQuiet(TimeOnly.FromDateTime(ToLocal(moment)));

    /// <summary>The moment itself, or the end of the quiet hours it falls in (postponed, never dropped).</summary>
    public DateTimeOffset OutOfQuiet(DateTimeOffset moment)
    {
        var local = ToLocal(moment);
        var time = TimeOnly.FromDateTime(local);
        if (!IsQuiet(time)) return moment;
        var day = DateOnly.FromDateTime(local);
        // Inside a midnight-spanning window before midnight, the quiet ends tomorrow.
        if (QuietStart > QuietEnd && time >= QuietStart) day = day.AddDays(1);
        return FromLocal(day, QuietEnd);
    }

    public DateTime ToLocal(DateTimeOffset moment) => TimeZoneInfo.ConvertTime(moment, Zone).DateTime;

    public DateOnly LocalDate(DateTimeOffset moment) => DateOnly.FromDateTime(ToLocal(moment));

    public DateTimeOffset FromLocal(DateOnly day, TimeOnly time)
    {
        var local = day.ToDateTime(time, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, Zone.GetUtcOffset(local));
    }
}
