namespace NhacHan.Bot.Options;

/// <summary>The "Reminders" section.</summary>
public sealed class ReminderOptions
{
    public const string Section = "Reminders";

    public bool Enabled { get; set; } = true;

    /// <summary>IANA id of the time zone deadlines are resolved in.</summary>
    public string TimeZone { get; set; } = "Asia/Ho_Chi_Minh";

    public static readonly IReadOnlyList<int> DefaultLeadDays = [7, 3, 1, 0];

    /// <summary>Days before a deadline to remind; 0 = the morning of. Empty = <see cref="DefaultLeadDays"/>.
    /// (No default items here: the configuration binder appends to a list instead of replacing it.)</summary>
    public List<int> LeadDays { get; set; } = [];

    public IReadOnlyList<int> EffectiveLeadDays => LeadDays.Count > 0 ? LeadDays : DefaultLeadDays;

    /// <summary>Local time of day reminders go out, "HH:mm".</summary>
    public string SendAt { get; set; } = "07:30";

    /// <summary>Local quiet hours, "HH:mm"; reminders due inside wait until they end.</summary>
    public string QuietStart { get; set; } = "21:00";

    public string QuietEnd { get; set; } = "06:30";

    /// <summary>How often the service looks for due reminders.</summary>
    public int PollSeconds { get; set; } = 60;

    /// <summary>A reminder sent this many minutes after its planned time is marked "nhắc muộn".</summary>
    public int LateAfterMinutes { get; set; } = 30;

    /// <summary>How long [Nhắc lại sau] waits.</summary>
    public int SnoozeHours { get; set; } = 24;

    /// <summary>The planner's settings (call after validation).</summary>
    public NhacHan.Domain.Reminders.ReminderSettings ToSettings() => new()
    {
        LeadDays = EffectiveLeadDays.Distinct().ToArray(),
        SendAt = ReminderOptionsValidator.ParseTime(SendAt),
        QuietStart = ReminderOptionsValidator.ParseTime(QuietStart),
        QuietEnd = ReminderOptionsValidator.ParseTime(QuietEnd),
        Zone = TimeZoneInfo.FindSystemTimeZoneById(TimeZone),
        LateAfter = TimeSpan.FromMinutes(LateAfterMinutes),
        SnoozeFor = TimeSpan.FromHours(SnoozeHours),
    };
}
