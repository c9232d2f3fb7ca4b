using LiteDB;
using NhacHan.Domain.Storage;

namespace NhacHan.Bot.Telegram.Chat;

/// <summary>
/// What the bot asked a chat and waits for (only "the name of your unit" today), in "telegram_dialog", so a
/// restart between the question and the answer does not lose it. Expires after <see cref="Lifetime"/>.
/// </summary>
public sealed class DialogState(NhacHanDatabase db, TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);
    private const string AwaitingUnit = "unit";

    private readonly ILiteCollection<BsonDocument> _dialogs = db.Lite.GetCollection("telegram_dialog");

    public void ExpectUnit(long chatId) =>
        _dialogs.Upsert(new BsonDocument { ["_id"] = chatId, ["awaiting"] = AwaitingUnit, ["at"] = time.GetUtcNow().UtcDateTime });

    public bool IsAwaitingUnit(long chatId)
    {
        var doc = _dialogs.FindById(chatId);
        if (doc is null || doc["awaiting"].AsString != AwaitingUnit) return false;
        var at = DateTime.SpecifyKind(doc["at"].AsDateTime.ToUniversalTime(), DateTimeKind.Utc);
        return time.GetUtcNow().UtcDateTime - at <= Lifetime;
    }

    public void Clear(long chatId) => _dialogs.Delete(chatId);
}
