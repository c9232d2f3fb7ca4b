namespace NhacHan.Domain.Reminders;

/// <summary>
/// What the chats did with reminders: sent (per lead), done, snoozed. Looked up per deadline and lead, returning
/// the set of chats, so the planner checks thousands of chats with one lookup each by chat id. The returned
/// collections are snapshots: the state may change later without affecting them.
/// </summary>
public interface IReminderState
{
    /// <summary>Chats that were sent the reminder (key, tag).</summary>
    IReadOnlySet<long> SentTo(string key, string tag);

    /// <summary>Chats that marked the deadline done.</summary>
    IReadOnlySet<long> DoneBy(string key);

    /// <summary>Chats that snoozed the deadline, with the end of their snooze.</summary>
    IReadOnlyDictionary<long, DateTimeOffset> SnoozedBy(string key);

    /// <summary>Every snooze (chat, key, until) on record.</summary>
    IReadOnlyList<(long ChatId, string Key, DateTimeOffset Until)> Snoozes();

    bool WasSent(long chatId, string key, string tag) => SentTo(key, tag).Contains(chatId);

    bool IsDone(long chatId, string key) => DoneBy(key).Contains(chatId);

    DateTimeOffset? SnoozedUntil(long chatId, string key) => SnoozedBy(key).TryGetValue(chatId, out var u) ? u : null;
}

/// <summary>Nothing sent, done or snoozed (the CLI schedule, benchmarks).</summary>
public sealed class EmptyReminderState : IReminderState
{
    public static readonly EmptyReminderState Instance = new();

    internal static readonly IReadOnlySet<long> NoChats = new HashSet<long>();

    internal static readonly IReadOnlyDictionary<long, DateTimeOffset> NoSnoozes = new Dictionary<long, DateTimeOffset>();

    public IReadOnlySet<long> SentTo(string key, string tag) => NoChats;

    public IReadOnlySet<long> DoneBy(string key) => NoChats;

    public IReadOnlyDictionary<long, DateTimeOffset> SnoozedBy(string key) => NoSnoozes;

    public IReadOnlyList<(long ChatId, string Key, DateTimeOffset Until)> Snoozes() => [];
}
