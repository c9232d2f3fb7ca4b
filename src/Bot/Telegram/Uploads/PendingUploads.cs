using LiteDB;
using NhacHan.Domain.Plans;
using NhacHan.Domain.Storage;

namespace NhacHan.Bot.Telegram.Uploads;

/// <summary>A parsed file waiting for the admin's [Lưu] or [Hủy].</summary>
public sealed record PendingUpload(string Id, long ChatId, long UploaderId, string FileName, Plan Plan, byte[] Bytes, DateTimeOffset At);

/// <summary>
/// Pending uploads in "telegram_uploads" (metadata and the parsed plan as JSON) and LiteDB file storage (the
/// bytes, which may exceed a document's 16 MB), so a restart between preview and [Lưu] loses nothing.
/// Uploads older than <see cref="Lifetime"/> are dropped.
/// </summary>
public sealed class PendingUploads
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(2);

    private readonly ILiteCollection<BsonDocument> _uploads;
    private readonly ILiteStorage<string> _files;
    private readonly TimeProvider _time;

    public PendingUploads(NhacHanDatabase db, TimeProvider time)
    {
        _uploads = db.Lite.GetCollection("telegram_uploads");
        _files = db.Lite.GetStorage<string>("telegram_upload_files", "telegram_upload_chunks");
        _time = time;
    }

    public PendingUpload Add(long chatId, long uploaderId, string fileName, Plan plan, byte[] bytes)
    {
        Expire();
        var id = Guid.NewGuid().ToString("N")[..12];
        var at = _time.GetUtcNow();
        using (var stream = new MemoryStream(bytes, writable: false)) _files.Upload(id, fileName, stream);
        _uploads.Insert(new BsonDocument
        {
            ["_id"] = id,
            ["chat"] = chatId,
            ["uploader"] = uploaderId,
            ["file"] = fileName,
            ["plan"] = PlanJson.Serialize(plan),
            ["at"] = at.UtcDateTime,
        });
        return new PendingUpload(id, chatId, uploaderId, fileName, plan, bytes, at);
    }

    public PendingUpload? Get(string id)
    {
        if (_uploads.FindById(id) is not { } d || !_files.Exists(id)) return null;
        using var stream = new MemoryStream();
        _files.Download(id, stream);
        return new PendingUpload(id, d["chat"].AsInt64, d["uploader"].AsInt64, d["file"].AsString,
            PlanJson.Deserialize(d["plan"].AsString), stream.ToArray(),
            new DateTimeOffset(DateTime.SpecifyKind(d["at"].AsDateTime.ToUniversalTime(), DateTimeKind.Utc)));
    }

    /// <summary>True when this call removed it (a double press of [Lưu] stores once).</summary>
    public bool Remove(string id)
    {
        _files.Delete(id);
        return _uploads.Delete(id);
    }

    public int Count => _uploads.Count();

    private void Expire()
    {
        var cutoff = (_time.GetUtcNow() - Lifetime).UtcDateTime;
        foreach (var old in _uploads.Find(Query.LT("at", cutoff)).Select(d => d["_id"].AsString).ToArray()) Remove(old);
    }
}
