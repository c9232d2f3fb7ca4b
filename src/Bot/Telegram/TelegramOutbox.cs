using System.Collections.Concurrent;
using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NhacHan.Bot.Options;
using NhacHan.Domain.Storage;
using Telegram.Bot;
using Telegram.Bot.Exceptions;

namespace NhacHan.Bot.Telegram;

/// <summary>
/// Rate-limited, retrying sender (see <see cref="ITelegramOutbox"/>). Pacing: one call at a time per chat
/// (a lane), spaced by the chat's interval measured from the previous call's actual start (1 s private,
/// 3 s group), then an evenly spaced global slot (<see cref="SendPacer"/>, told when each call completes so
/// its window guard holds at Telegram's end whatever the network jitter). A 429 pauses the chat, and also
/// the global pacer when the chat itself had been quiet long enough (then the global limit was hit).
/// </summary>
public sealed partial class TelegramOutbox : ITelegramOutbox, IAsyncDisposable, IDisposable
{
    private const int MaxAttempts = 6;

    /// <summary>Spacing margin over the nominal per-chat limits, so network jitter cannot make two sends look
    /// closer than the limit at Telegram's end.</summary>
    private const double ChatMargin = 1.02;

    private readonly ITelegramBotClient _bot;
    private readonly IChatStore _chats;
    private readonly ILogger<TelegramOutbox> _log;
    private readonly TimeProvider _time;
    private readonly SendPacer _global;
    private readonly TimeSpan _privateInterval;
    private readonly TimeSpan _groupInterval;
    private readonly ConcurrentDictionary<long, Lane> _lanes = new();
    private long _sends;

    public TelegramOutbox(ITelegramBotClient bot, IChatStore chats, IOptions<BotOptions> options, ILogger<TelegramOutbox> log)
        : this(bot, chats, options, log, TimeProvider.System)
    {
    }

    public TelegramOutbox(ITelegramBotClient bot, IChatStore chats, IOptions<BotOptions> options, ILogger<TelegramOutbox> log, TimeProvider time)
    {
        _bot = bot;
        _chats = chats;
        _log = log;
        _time = time;
        var o = options.Value.Outbox;
        _global = new SendPacer(o.GlobalPerSecond, time);
        _privateInterval = TimeSpan.FromSeconds(ChatMargin / o.PrivateChatPerSecond);
        _groupInterval = TimeSpan.FromSeconds(ChatMargin * 60 / o.GroupPerMinute);
    }

    /// <summary>Calls started so far (tests, metrics).</summary>
    public long Sends => Interlocked.Read(ref _sends);

    public async Task<T?> Send<T>(long chatId, Func<ITelegramBotClient, CancellationToken, Task<T>> call, CancellationToken ct)
    {
        var lane = _lanes.GetOrAdd(chatId, id => new Lane(id < 0 ? _groupInterval : _privateInterval));
        await lane.Gate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            for (var attempt = 1; ; attempt++)
            {
                // The chat's turn first, so a busy chat does not hold a global slot while it waits.
                var chatWait = lane.NextFree - _time.GetUtcNow();
                if (chatWait > TimeSpan.Zero) await Task.Delay(chatWait, _time, ct).ConfigureAwait(false);
                var turn = await _global.WaitTurnAsync(ct).ConfigureAwait(false);
                var started = _time.GetUtcNow();
                var quietBefore = started - lane.LastStart;
                lane.LastStart = started;
                lane.NextFree = started + lane.Interval;
                Interlocked.Increment(ref _sends);
                try
                {
                    try
                    {
                        return await call(_bot, ct).ConfigureAwait(false);
                    }
                    finally
                    {
                        _global.Completed(turn, _time.GetUtcNow());
                    }
                }
                catch (ApiRequestException e) when (e.ErrorCode == 429 && attempt < MaxAttempts)
                {
                    var wait = TimeSpan.FromSeconds(Math.Max(1, e.Parameters?.RetryAfter ?? 1));
                    var until = _time.GetUtcNow() + wait;
                    lane.NextFree = until;
                    // A private chat that had been quiet for its whole interval cannot be over its own
                    // limit: the bot-wide limit refused, so every chat waits.
                    var global = chatId > 0 && quietBefore >= lane.Interval;
                    if (global) _global.Pause(until);
                    LogRetryAfter(chatId, wait.TotalSeconds, global);
                }
                catch (ApiRequestException e) when (e.ErrorCode == 403)
                {
                    LogBlocked(chatId, e.Message);
                    _chats.Unsubscribe(chatId, e.Message);
                    return default;
                }
                catch (Exception e) when (IsTransient(e) && attempt < MaxAttempts && !ct.IsCancellationRequested)
                {
                    var backoff = TimeSpan.FromMilliseconds(Math.Min(10_000, 250 * Math.Pow(2, attempt - 1)));
                    LogTransient(chatId, attempt, e.GetType().Name, backoff.TotalMilliseconds);
                    await Task.Delay(backoff, _time, ct).ConfigureAwait(false);
                }
            }
        }
        finally
        {
            lane.Gate.Release();
            PruneIdleLanes();
        }
    }

    private static bool IsTransient(Exception e) => e switch
    {
        ApiRequestException api => api.ErrorCode is >= 500 or 409,
        RequestException { HttpStatusCode: { } s } => (int)s >= 500 || s == HttpStatusCode.RequestTimeout,
        RequestException => true,
        HttpRequestException => true,
        TaskCanceledException => true,
        _ => false,
    };

    /// <summary>Forgets lanes idle for a while so memory stays bounded with many chats.</summary>
    private void PruneIdleLanes()
    {
        if (_lanes.Count < 10_000) return;
        var cutoff = _time.GetUtcNow() - TimeSpan.FromMinutes(2);
        foreach (var (id, lane) in _lanes)
        {
            if (lane.NextFree < cutoff && lane.Gate.CurrentCount == 1) _lanes.TryRemove(id, out _);
        }
    }

    public async ValueTask DisposeAsync() => await _global.DisposeAsync().ConfigureAwait(false);

    public void Dispose() => _global.Dispose();

    /// <summary>One chat's queue: a gate so its calls go one at a time, and when the next may start.</summary>
    private sealed class Lane(TimeSpan interval)
    {
        public SemaphoreSlim Gate { get; } = new(1, 1);
        public TimeSpan Interval { get; } = interval;
        public DateTimeOffset LastStart { get; set; } = DateTimeOffset.MinValue;
        public DateTimeOffset NextFree { get; set; } = DateTimeOffset.MinValue;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Telegram 429 for chat {ChatId}: waiting {Seconds}s (bot-wide pause: {Global})")]
    private partial void LogRetryAfter(long chatId, double seconds, bool global);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Chat {ChatId} blocked the bot or removed it ({Reason}); unsubscribed")]
    private partial void LogBlocked(long chatId, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Transient error sending to chat {ChatId} (attempt {Attempt}): {Error}; retrying in {DelayMs} ms")]
    private partial void LogTransient(long chatId, int attempt, string error, double delayMs);
}
