using LiteDB;
using NhacHan.Domain.Storage;

namespace NhacHan.Domain.Reminders;

/// <summary>
/// The persisted reminder state in the database's "reminder_sent", "reminder_done" and "reminder_snooze"
/// collections. The sent-log is keyed by (chat, deadline key, lead tag) and written right after each successful
/// send, so a restart never repeats a logged reminder. Reads come from an in-memory copy loaded at open, indexed
/// by deadline; each index entry is replaced, never changed in place, so readers hold consistent snapshots.
/// </summary>
public sealed class ReminderLog : IReminderState
{
    private readonly ILiteCollection<BsonDocument> _sent;
    private readonly ILiteCollection<BsonDocument> _done;
    private readonly ILiteCollection<BsonDocument> _snooze;
    private readonly Lock _lock = new();
    private readonly Dictionary<(string Key, string Tag), HashSet<long>> _sentTo = [];
    private readonly Dictionary<string, HashSet<long>> _doneBy = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<long, DateTimeOffset>> _snoozedBy = new(StringComparer.Ordinal);
    private int _sentCount;

    public ReminderLog(NhacHanDatabase db)
    {
        _sent = db.Lite.GetCollection("reminder_sent");
        _done = db.Lite.GetCollection("reminder_done");
        _snooze = db.Lite.GetCollection("reminder_snooze");
        foreach (var d in _sent.FindAll())
        {
            var k = (d["key"].AsString, d["tag"].AsString);
            if (!_sentTo.TryGetValue(k, out var set)) _sentTo[k] = set = [];
            if (set.Add(d["chat"].AsInt64)) _sentCount++;
        }
        foreach (var d in _done.FindAll())
        {
            if (!_doneBy.TryGetValue(d["key"].AsString, out var set)) _doneBy[d["key"].AsString] = set = [];
            set.Add(d["chat"].AsInt64);
        }
        foreach (var d in _snooze.FindAll())
        {
            if (!_snoozedBy.TryGetValue(d["key"].AsString, out var map)) _snoozedBy[d["key"].AsString] = map = [];
            map[d["chat"].AsInt64] = Utc(d["until"].AsDateTime);
        }
    }

    /// <summary>Entries in the sent-log.</summary>
    public int SentCount
    {
        get
        {
            lock (_lock) return _sentCount;
        }
    }

    public bool WasSent(long chatId, string key, string tag) => SentTo(key, tag).Contains(chatId);

    public bool IsDone(long chatId, string key) => DoneBy(key).Contains(chatId);

    public DateTimeOffset? SnoozedUntil(long chatId, string key) => SnoozedBy(key).TryGetValue(chatId, out var u) ? u : null;

    public IReadOnlySet<long> SentTo(string key, string tag)
    {
        lock (_lock) return _sentTo.TryGetValue((key, tag), out var set) ? set : EmptyReminderState.NoChats;
    }

    public IReadOnlySet<long> DoneBy(string key)
    {
        lock (_lock) return _doneBy.TryGetValue(key, out var set) ? set : EmptyReminderState.NoChats;
    }

    public IReadOnlyDictionary<long, DateTimeOffset> SnoozedBy(string key)
    {
        lock (_lock) return _snoozedBy.TryGetValue(key, out var map) ? map : EmptyReminderState.NoSnoozes;
    }

    public IReadOnlyList<(long ChatId, string Key, DateTimeOffset Until)> Snoozes()
    {
        lock (_lock) return _snoozedBy.SelectMany(kv => kv.Value.Select(c => (c.Key, kv.Key, c.Value))).ToArray();
    }

    /// <summary>Logs a sent reminder and every reminder it stood for, in one transaction.</summary>
    public void MarkSent(PlannedReminder reminder, DateTimeOffset at) => MarkSent([reminder], at);

    public void MarkSent(IReadOnlyList<PlannedReminder> reminders, DateTimeOffset at)
    {
        var all = reminders.SelectMany(r => r.Covers.Prepend(r)).ToArray();
        var docs = all.Select(r => new BsonDocument
        {
            ["_id"] = $"{r.ChatId}|{r.Target.Key}|{r.Tag}",
            ["chat"] = r.ChatId,
            ["key"] = r.Target.Key,
            ["tag"] = r.Tag,
            ["at"] = at.UtcDateTime,
        }).ToArray();
        lock (_lock)
        {
            _sent.Upsert(docs);
            foreach (var g in all.GroupBy(r => (r.Target.Key, r.Tag)))
            {
                var set = _sentTo.TryGetValue(g.Key, out var old) ? new HashSet<long>(old) : [];
                foreach (var r in g)
                {
                    if (set.Add(r.ChatId)) _sentCount++;
                }
                _sentTo[g.Key] = set;
            }
        }
    }

    /// <summary>[Đã xong]: no more reminders of that deadline for that chat.</summary>
    public void MarkDone(long chatId, string key, DateTimeOffset at)
    {
        lock (_lock)
        {
            _done.Upsert(new BsonDocument { ["_id"] = $"{chatId}|{key}", ["chat"] = chatId, ["key"] = key, ["at"] = at.UtcDateTime });
            var set = _doneBy.TryGetValue(key, out var old) ? new HashSet<long>(old) : [];
            set.Add(chatId);
            _doneBy[key] = set;
        }
    }

    /// <summary>[Nhắc lại sau]: remind again at <paramref name="until"/> (a newer snooze replaces the older).</summary>
    public void Snooze(long chatId, string key, DateTimeOffset until)
    {
        lock (_lock)
        {
            _snooze.Upsert(new BsonDocument { ["_id"] = $"{chatId}|{key}", ["chat"] = chatId, ["key"] = key, ["until"] = until.UtcDateTime });
            var map = _snoozedBy.TryGetValue(key, out var old) ? new Dictionary<long, DateTimeOffset>(old) : [];
            map[chatId] = until;
            _snoozedBy[key] = map;
        }
    }

    private static DateTimeOffset Utc(DateTime d) => new(DateTime.SpecifyKind(d.ToUniversalTime(), DateTimeKind.Utc));
}
