namespace NhacHan.Domain.Reminders;

/// <summary>What the chats did with reminders: sent (per lead), done, snoozed.</summary>
public interface IReminderState
{
    bool WasSent(long chatId, string key, string tag);

    bool IsDone(long chatId, string key);

    /// <summary>The end of the chat's current snooze of that deadline, or null.</summary>
    DateTimeOffset? SnoozedUntil(long chatId, string key);

    /// <summary>Every snooze (chat, key, until) on record.</summary>
    IReadOnlyList<(long ChatId, string Key, DateTimeOffset Until)> Snoozes();
}

/// <summary>Nothing sent, done or snoozed (the CLI schedule, benchmarks).</summary>
public sealed class EmptyReminderState : IReminderState
{
    public static readonly EmptyReminderState Instance = new();

    public bool WasSent(long chatId, string key, string tag) => false;

    public bool IsDone(long chatId, string key) => false;

    public DateTimeOffset? SnoozedUntil(long chatId, string key) => null;

    public IReadOnlyList<(long ChatId, string Key, DateTimeOffset Until)> Snoozes() => [];
}
