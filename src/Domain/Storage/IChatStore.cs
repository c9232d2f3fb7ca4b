namespace NhacHan.Domain.Storage;

public interface IChatStore
{
    ChatProfile? Get(long chatId);

    IReadOnlyList<ChatProfile> All();

    void Upsert(ChatProfile profile);

    /// <summary>Turns a chat's subscription off (403 from Telegram); the reason goes to the audit log.</summary>
    void Unsubscribe(long chatId, string reason);
}
