using System.Net;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NhacHan.Bot.Options;
using NhacHan.Domain.Storage;
using Telegram.Bot;
using Telegram.Bot.Exceptions;

namespace NhacHan.Bot.Telegram;

/// <summary>Rate-limited, retrying sender (see <see cref="ITelegramOutbox"/>).</summary>
public sealed partial class TelegramOutbox : ITelegramOutbox, IAsyncDisposable
{
    private const int MaxAttempts = 6;

    private readonly ITelegramBotClient _bot;
    private readonly IChatStore _chats;
    private readonly ILogger<TelegramOutbox> _log;

    private readonly TokenBucketRateLimiter _global;
    private readonly PartitionedRateLimiter<long> _perChat;

    public TelegramOutbox(ITelegramBotClient bot, IChatStore chats, IOptions<BotOptions> options, ILogger<TelegramOutbox> log)
    {
        _bot = bot;
        _chats = chats;
        _log = log;
        var o = options.Value.Outbox;
        // One token per period and no burst: never over the limit in any window, even with network jitter.
        _global = new TokenBucketRateLimiter(Bucket(TimeSpan.FromSeconds(1 / o.GlobalPerSecond)));
        var privatePeriod = TimeSpan.FromSeconds(1 / o.PrivateChatPerSecond);
        var groupPeriod = TimeSpan.FromSeconds(60 / o.GroupPerMinute);
        // Private chats have positive ids, groups negative.
        _perChat = PartitionedRateLimiter.Create<long, long>(chatId =>
            RateLimitPartition.GetTokenBucketLimiter(chatId, id => Bucket(id < 0 ? groupPeriod : privatePeriod)));
    }

    private static TokenBucketRateLimiterOptions Bucket(TimeSpan period) => new()
    {
        TokenLimit = 1,
        TokensPerPeriod = 1,
        ReplenishmentPeriod = period,
        QueueLimit = int.MaxValue,
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        AutoReplenishment = true,
    };

    public async Task<T?> Send<T>(long chatId, Func<ITelegramBotClient, CancellationToken, Task<T>> call, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            // Per chat first, so a busy chat does not hold a global slot while it waits.
            using (var chatLease = await _perChat.AcquireAsync(chatId, 1, ct).ConfigureAwait(false))
            using (var globalLease = await _global.AcquireAsync(1, ct).ConfigureAwait(false))
            {
                try
                {
                    return await call(_bot, ct).ConfigureAwait(false);
                }
                catch (ApiRequestException e) when (e.ErrorCode == 429 && attempt < MaxAttempts)
                {
                    var wait = TimeSpan.FromSeconds(Math.Max(1, e.Parameters?.RetryAfter ?? 1));
                    LogRetryAfter(chatId, wait.TotalSeconds);
                    await Task.Delay(wait, ct).ConfigureAwait(false);
                }
                catch (ApiRequestException e) when (e.ErrorCode == 403)
                {
                    LogBlocked(chatId, e.Message);
                    _chats.Unsubscribe(chatId, e.Message);
                    return default;
                }
                catch (Exception e) when (IsTransient(e) && attempt < MaxAttempts && !ct.IsCancellationRequested)
                {
                    var backoff = TimeSpan.FromMilliseconds(200 * Math.Pow(2, attempt - 1));
                    LogTransient(chatId, attempt, e.GetType().Name);
                    await Task.Delay(backoff, ct).ConfigureAwait(false);
                }
            }
        }
    }

    private static bool IsTransient(Exception e) => e switch
    {
        ApiRequestException api => api.ErrorCode is >= 500 or 409 && api.ErrorCode != 0,
        RequestException { HttpStatusCode: { } s } => (int)s >= 500 || s == HttpStatusCode.RequestTimeout,
        RequestException => true,
        HttpRequestException => true,
        TaskCanceledException => true,
        _ => false,
    };

    public async ValueTask DisposeAsync()
    {
        await _global.DisposeAsync().ConfigureAwait(false);
        await _perChat.DisposeAsync().ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Telegram 429 for chat {ChatId}: waiting {Seconds}s")]
    private partial void LogRetryAfter(long chatId, double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Chat {ChatId} blocked the bot or removed it ({Reason}); unsubscribed")]
    private partial void LogBlocked(long chatId, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Transient error sending to chat {ChatId} (attempt {Attempt}): {Error}")]
    private partial void LogTransient(long chatId, int attempt, string error);
}
