namespace NhacHan.Domain.Storage;

/// <summary>The level a chat works at; it filters answers and reminders.</summary>
public enum UnitLevel
{
    /// <summary>Cấp tỉnh.</summary>
    Province,
    /// <summary>Cấp huyện (and equivalent).</summary>
    District,
    /// <summary>Cấp cơ sở: party cells (chi bộ) and grassroots committees.</summary>
    Grassroots,
}

/// <summary>A Telegram chat's profile and reminder settings (a private chat's id is the user's id).</summary>
public sealed record ChatProfile(long ChatId)
{
    public bool IsGroup => ChatId < 0;
    public UnitLevel? Level { get; init; }
    public string? Unit { get; init; }
    public IReadOnlyList<string> FollowedPlanIds { get; init; } = [];

    /// <summary>False after the user blocked the bot or the bot was removed from the group.</summary>
    public bool Subscribed { get; init; } = true;

    public bool RemindersOn { get; init; } = true;

    /// <summary>Days before a deadline to remind; null = the configured defaults. 0 = the morning of.</summary>
    public IReadOnlyList<int>? LeadDays { get; init; }

    public DateTimeOffset CreatedAt { get; init; }
}
