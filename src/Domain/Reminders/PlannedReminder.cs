namespace NhacHan.Domain.Reminders;

/// <summary>One reminder for one chat: what, at which lead, when it is (was) planned to go out.</summary>
/// <param name="Lead">Days before the last day (0 = that morning), or <see cref="Announce"/> / <see cref="Snoozed"/>.</param>
public sealed record PlannedReminder(long ChatId, ReminderTarget Target, int Lead, DateTimeOffset SendAt)
{
    /// <summary>A schedule item's period has begun.</summary>
    public const int Announce = -1;

    /// <summary>The chat pressed [Nhắc lại sau]; <see cref="SendAt"/> is the end of the snooze.</summary>
    public const int Snoozed = -2;

    /// <summary>Sent well after its planned time (the bot was down): the message says "nhắc muộn".</summary>
    public bool Late { get; init; }

    /// <summary>The sent-log's lead part: "7", "0", "a", or "s" + the snooze end in Unix minutes.</summary>
    public string Tag => TagOf(Lead, SendAt);

    private static readonly string[] LeadTags = Enumerable.Range(0, 100).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();

    public static string TagOf(int lead, DateTimeOffset sendAt) => lead switch
    {
        Announce => "a",
        Snoozed => "s" + (sendAt.ToUnixTimeSeconds() / 60).ToString(System.Globalization.CultureInfo.InvariantCulture),
        >= 0 and < 100 => LeadTags[lead],
        _ => lead.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>Other reminders of the same deadline folded into this one (all are logged as sent with it).</summary>
    public IReadOnlyList<PlannedReminder> Covers { get; init; } = [];
}

/// <summary>Everything due for one chat at once: one message, not a flood.</summary>
public sealed record ChatReminderBatch(long ChatId, IReadOnlyList<PlannedReminder> Items);
