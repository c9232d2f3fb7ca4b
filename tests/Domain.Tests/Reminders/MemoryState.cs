using NhacHan.Domain.Reminders;

namespace NhacHan.Domain.Tests.Reminders;

/// <summary>An in-memory <see cref="IReminderState"/> for planner tests.</summary>
internal sealed class MemoryState : IReminderState
{
    private readonly Dictionary<(string, string), HashSet<long>> _sent = [];
    private readonly Dictionary<string, HashSet<long>> _done = [];
    private readonly Dictionary<string, Dictionary<long, DateTimeOffset>> _snoozes = [];

    public IReadOnlySet<long> SentTo(string key, string tag) => _sent.TryGetValue((key, tag), out var s) ? s : new HashSet<long>();

    public IReadOnlySet<long> DoneBy(string key) => _done.TryGetValue(key, out var s) ? s : new HashSet<long>();

    public IReadOnlyDictionary<long, DateTimeOffset> SnoozedBy(string key) =>
        _snoozes.TryGetValue(key, out var m) ? m : new Dictionary<long, DateTimeOffset>();

    public IReadOnlyList<(long ChatId, string Key, DateTimeOffset Until)> Snoozes() =>
        _snoozes.SelectMany(kv => kv.Value.Select(c => (c.Key, kv.Key, c.Value))).ToArray();

    public void MarkSent(PlannedReminder r)
    {
        foreach (var x in r.Covers.Prepend(r))
        {
            if (!_sent.TryGetValue((x.Target.Key, x.Tag), out var set)) _sent[(x.Target.Key, x.Tag)] = set = [];
            set.Add(x.ChatId);
        }
    }

    public void MarkSent(IEnumerable<PlannedReminder> rs)
    {
        foreach (var r in rs) MarkSent(r);
    }

    public void Done(long chatId, string key)
    {
        if (!_done.TryGetValue(key, out var set)) _done[key] = set = [];
        set.Add(chatId);
    }

    public void Snooze(long chatId, string key, DateTimeOffset until)
    {
        if (!_snoozes.TryGetValue(key, out var m)) _snoozes[key] = m = [];
        m[chatId] = until;
    }
}
