namespace NhacHan.Domain.Plans;

/// <summary>Deadlines are local dates in Asia/Ho_Chi_Minh: "today" is always read through this, never from the machine's zone.</summary>
public static class LocalCalendar
{
    public const string DefaultZoneId = "Asia/Ho_Chi_Minh";

    public static TimeZoneInfo DefaultZone { get; } = TimeZoneInfo.FindSystemTimeZoneById(DefaultZoneId);

    /// <summary>The local date now in <paramref name="zone"/>.</summary>
    public static DateOnly Today(TimeProvider time, TimeZoneInfo zone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), zone).DateTime);
}
