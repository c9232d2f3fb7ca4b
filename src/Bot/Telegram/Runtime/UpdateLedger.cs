using LiteDB;
using NhacHan.Domain.Storage;

namespace NhacHan.Bot.Telegram.Runtime;

/// <summary>
/// The update ids already handled, in the "telegram_updates" collection. Telegram re-delivers an update until the
/// next getUpdates confirms it, so a crash between handling and confirming would answer twice without this.
/// Entries older than <see cref="Keep"/> are pruned (Telegram keeps unconfirmed updates for 24 hours).
/// </summary>
public sealed class UpdateLedger
{
    public static readonly TimeSpan Keep = TimeSpan.FromDays(3);
    private const int PruneEvery = 1000;

    private readonly ILiteCollection<BsonDocument> _handled;
    private readonly TimeProvider _time;
    private int _sincePrune;

    public UpdateLedger(NhacHanDatabase db, TimeProvider time)
    {
        _handled = db.Lite.GetCollection("telegram_updates");
        _handled.EnsureIndex("at");
        _time = time;
    }

    public bool IsHandled(int updateId) => _handled.FindById(updateId) is not null;

    public void MarkHandled(int updateId)
    {
        _handled.Upsert(new BsonDocument { ["_id"] = updateId, ["at"] = _time.GetUtcNow().UtcDateTime });
        if (Interlocked.Increment(ref _sincePrune) % PruneEvery == 0) Prune();
    }

    public int Prune()
    {
        var cutoff = (_time.GetUtcNow() - Keep).UtcDateTime;
        return _handled.DeleteMany(Query.LT("at", cutoff));
    }
}
