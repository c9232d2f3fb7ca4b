using LiteDB;

namespace NhacHan.Domain.Storage;

/// <summary>Append-only audit log in the "audit" collection.</summary>
public sealed class LiteDbAuditLog : IAuditLog
{
    private readonly ILiteCollection<BsonDocument> _log;

    public LiteDbAuditLog(NhacHanDatabase db)
    {
        _log = db.Lite.GetCollection("audit");
        _log.EnsureIndex("at");
    }

    public void Write(AuditEntry entry) => _log.Insert(new BsonDocument
    {
        ["at"] = entry.At.UtcDateTime,
        ["actor"] = entry.Actor,
        ["action"] = entry.Action,
        ["subject"] = entry.Subject,
        ["detail"] = entry.Detail is null ? BsonValue.Null : new BsonValue(entry.Detail),
    });

    public IReadOnlyList<AuditEntry> Recent(int count) =>
        _log.Query().OrderByDescending("$._id").Limit(count).ToEnumerable()
            .Select(d => new AuditEntry(
                new DateTimeOffset(DateTime.SpecifyKind(d["at"].AsDateTime.ToUniversalTime(), DateTimeKind.Utc)),
                d["actor"].AsString, d["action"].AsString, d["subject"].AsString,
                d["detail"].IsString ? d["detail"].AsString : null))
            .ToArray();
}
