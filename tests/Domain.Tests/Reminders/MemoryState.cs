using NhacHan.Domain.Reminders;

namespace NhacHan.Domain.Tests.Reminders;

/// <summary>An in-memory <see cref="IReminderState"/> for planner tests.</summary>
internal sealed class MemoryState : IReminderState
{
    private readonly HashSet<string> _sent = [];
    private readonly HashSet<string> _done = [];
    private readonly Dictionary<string, (long, string, DateTimeOffset)> _snoozes = [];

    public bool WasSent(long chatId, string key, string tag) => _sent.Contains($"{chatId}|{key}|{tag}");

    public bool IsDone(long chatId, string key) => _done.Contains($"{chatId}|{key}");

    public DateTimeOffset? SnoozedUntil(long chatId, string key) => _snoozes.TryGetValue($"{chatId}|{key}", out var s) ? s.Item3 : null;

    public IReadOnlyList<(long ChatId, string Key, DateTimeOffset Until)> Snoozes() => _snoozes.Values.ToArray();

    public void MarkSent(PlannedReminder r)
    {
        foreach (var x in r.Covers.Prepend(r)) _sent.Add($"{x.ChatId}|{x.Target.Key}|{x.Tag}");
    }

    public void MarkSent(IEnumerable<PlannedReminder> rs)
    {
        foreach (var r in rs) MarkSent(r);
    }

    public void Done(long chatId, string key) => _done.Add($"{chatId}|{key}");

    public void Snooze(long chatId, string key, DateTimeOffset until) => _snoozes[$"{chatId}|{key}"] = (chatId, key, until);
}
