using System.Globalization;
using LiteDB;
using NhacHan.Domain.Storage;

namespace NhacHan.Domain.Reminders;

/// <summary>
/// The persisted reminder state in the database's "reminder_sent", "reminder_done" and "reminder_snooze"
/// collections. The sent-log is keyed by (chat, deadline key, lead tag) and written right after each successful
/// send, so a restart never repeats a logged reminder. Reads come from an in-memory copy loaded at open.
/// </summary>
public sealed class ReminderLog : IReminderState
{
    private readonly ILiteCollection<BsonDocument> _sent;
    private readonly ILiteCollection<BsonDocument> _done;
    private readonly ILiteCollection<BsonDocument> _snooze;
    private readonly Lock _lock = new();
    private readonly HashSet<string> _sentIds;
    private readonly HashSet<string> _doneIds;
    private readonly Dictionary<string, (long ChatId, string Key, DateTimeOffset Until)> _snoozes;

    public ReminderLog(NhacHanDatabase db)
    {
        _sent = db.Lite.GetCollection("reminder_sent");
        _done = db.Lite.GetCollection("reminder_done");
        _snooze = db.Lite.GetCollection("reminder_snooze");
        _sentIds = _sent.FindAll().Select(d => d["_id"].AsString).ToHashSet(StringComparer.Ordinal);
        _doneIds = _done.FindAll().Select(d => d["_id"].AsString).ToHashSet(StringComparer.Ordinal);
        _snoozes = _snooze.FindAll().ToDictionary(
            d => d["_id"].AsString,
            d => (d["chat"].AsInt64, d["key"].AsString, Utc(d["until"].AsDateTime)),
            StringComparer.Ordinal);
    }

    public int SentCount
    {
        get
        {
            lock (_lock) return _sentIds.Count;
        }
    }

    public bool WasSent(long chatId, string key, string tag)
    {
        lock (_lock) return _sentIds.Contains(SentId(chatId, key, tag));
    }

    public bool IsDone(long chatId, string key)
    {
        lock (_lock) return _doneIds.Contains(PairId(chatId, key));
    }

    public DateTimeOffset? SnoozedUntil(long chatId, string key)
    {
        lock (_lock) return _snoozes.TryGetValue(PairId(chatId, key), out var s) ? s.Until : null;
    }

    public IReadOnlyList<(long ChatId, string Key, DateTimeOffset Until)> Snoozes()
    {
        lock (_lock) return _snoozes.Values.ToArray();
    }

    /// <summary>Logs a sent reminder and every reminder it stood for, in one transaction.</summary>
    public void MarkSent(PlannedReminder reminder, DateTimeOffset at) => MarkSent([reminder], at);

    public void MarkSent(IReadOnlyList<PlannedReminder> reminders, DateTimeOffset at)
    {
        var docs = reminders.SelectMany(r => r.Covers.Prepend(r))
            .Select(r => new BsonDocument
            {
                ["_id"] = SentId(r.ChatId, r.Target.Key, r.Tag),
                ["chat"] = r.ChatId,
                ["key"] = r.Target.Key,
                ["tag"] = r.Tag,
                ["at"] = at.UtcDateTime,
            })
            .ToArray();
        lock (_lock)
        {
            _sent.Upsert(docs);
            foreach (var d in docs) _sentIds.Add(d["_id"].AsString);
        }
    }

    /// <summary>[Đã xong]: no more reminders of that deadline for that chat.</summary>
    public void MarkDone(long chatId, string key, DateTimeOffset at)
    {
        var id = PairId(chatId, key);
        lock (_lock)
        {
            _done.Upsert(new BsonDocument { ["_id"] = id, ["chat"] = chatId, ["key"] = key, ["at"] = at.UtcDateTime });
            _doneIds.Add(id);
        }
    }

    /// <summary>[Nhắc lại sau]: remind again at <paramref name="until"/> (a newer snooze replaces the older).</summary>
    public void Snooze(long chatId, string key, DateTimeOffset until)
    {
        var id = PairId(chatId, key);
        lock (_lock)
        {
            _snooze.Upsert(new BsonDocument { ["_id"] = id, ["chat"] = chatId, ["key"] = key, ["until"] = until.UtcDateTime });
            _snoozes[id] = (chatId, key, until);
        }
    }

    private static string SentId(long chatId, string key, string tag) =>
        string.Create(CultureInfo.InvariantCulture, $"{chatId}|{key}|{tag}");

    private static string PairId(long chatId, string key) => string.Create(CultureInfo.InvariantCulture, $"{chatId}|{key}");

    private static DateTimeOffset Utc(DateTime d) => new(DateTime.SpecifyKind(d.ToUniversalTime(), DateTimeKind.Utc));
}
