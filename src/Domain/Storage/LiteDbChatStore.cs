using LiteDB;

namespace NhacHan.Domain.Storage;

/// <summary>Chat profiles in the "chats" collection, keyed by chat id.</summary>
public sealed class LiteDbChatStore : IChatStore
{
    private readonly ILiteCollection<BsonDocument> _chats;
    private readonly IAuditLog _audit;
    private readonly TimeProvider _time;

    public LiteDbChatStore(NhacHanDatabase db, IAuditLog audit, TimeProvider time)
    {
        _chats = db.Lite.GetCollection("chats");
        _audit = audit;
        _time = time;
    }

    public ChatProfile? Get(long chatId) => _chats.FindById(chatId) is { } doc ? FromBson(doc) : null;

    public IReadOnlyList<ChatProfile> All() => _chats.FindAll().Select(FromBson).ToArray();

    public void Upsert(ChatProfile profile)
    {
        if (profile.CreatedAt == default) profile = profile with { CreatedAt = _time.GetUtcNow() };
        _chats.Upsert(ToBson(profile));
    }

    public void Unsubscribe(long chatId, string reason)
    {
        var profile = Get(chatId) ?? new ChatProfile(chatId) { CreatedAt = _time.GetUtcNow() };
        _chats.Upsert(ToBson(profile with { Subscribed = false }));
        _audit.Write(new AuditEntry(_time.GetUtcNow(), $"telegram:{chatId}", "chat.unsubscribed", chatId.ToString(System.Globalization.CultureInfo.InvariantCulture), reason));
    }

    private static BsonDocument ToBson(ChatProfile p)
    {
        var doc = new BsonDocument
        {
            ["_id"] = p.ChatId,
            ["level"] = p.Level?.ToString() is { } l ? new BsonValue(l) : BsonValue.Null,
            ["unit"] = p.Unit is null ? BsonValue.Null : new BsonValue(p.Unit),
            ["followed"] = new BsonArray(p.FollowedPlanIds.Select(x => new BsonValue(x))),
            ["subscribed"] = p.Subscribed,
            ["remindersOn"] = p.RemindersOn,
            ["leadDays"] = p.LeadDays is null ? BsonValue.Null : new BsonArray(p.LeadDays.Select(x => new BsonValue(x))),
            ["createdAt"] = p.CreatedAt.UtcDateTime,
        };
        return doc;
    }

    private static ChatProfile FromBson(BsonDocument d) => new(d["_id"].AsInt64)
    {
        Level = d["level"].IsString && Enum.TryParse<UnitLevel>(d["level"].AsString, out var level) ? level : null,
        Unit = d["unit"].IsString ? d["unit"].AsString : null,
        FollowedPlanIds = d["followed"].IsArray ? d["followed"].AsArray.Select(x => x.AsString).ToArray() : [],
        Subscribed = !d["subscribed"].IsBoolean || d["subscribed"].AsBoolean,
        RemindersOn = !d["remindersOn"].IsBoolean || d["remindersOn"].AsBoolean,
        LeadDays = d["leadDays"].IsArray ? d["leadDays"].AsArray.Select(x => x.AsInt32).ToArray() : null,
        CreatedAt = d["createdAt"].IsDateTime ? new DateTimeOffset(DateTime.SpecifyKind(d["createdAt"].AsDateTime.ToUniversalTime(), DateTimeKind.Utc)) : default,
    };
}
