using Telegram.Bot;

namespace NhacHan.Bot.Telegram;

/// <summary>
/// Every call that sends to a chat goes through here, so Telegram's limits hold for the whole bot:
/// ≤ 30 messages/s overall, ≤ 1/s per chat, ≤ 20/min per group; a 429 waits its retry_after; transient
/// failures retry with backoff; a 403 unsubscribes the chat and yields <c>default</c>.
/// </summary>
public interface ITelegramOutbox
{
    Task<T?> Send<T>(long chatId, Func<ITelegramBotClient, CancellationToken, Task<T>> call, CancellationToken ct);
}
