using System.Threading.RateLimiting;

namespace NhacHan.Bot.Telegram;

/// <summary>
/// A rate limiter that hands out evenly spaced slots: each permit gets the next free instant at least
/// <see cref="Interval"/> after the previous one, and the caller waits for it. Unlike a token bucket refilled
/// by a timer, there is no burst and no timer tick to round to, so a sustained stream runs at the configured
/// rate (not below it) and never above it in any window. <see cref="Pause"/> honours a 429's retry_after.
/// </summary>
public sealed class SendPacer : RateLimiter
{
    private readonly TimeProvider _time;
    private readonly Lock _lock = new();
    private DateTimeOffset _next;
    private DateTimeOffset _lastSlot = DateTimeOffset.MinValue;
    private long _granted;

    public SendPacer(TimeSpan interval, TimeProvider? time = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(interval, TimeSpan.Zero);
        Interval = interval;
        _time = time ?? TimeProvider.System;
        _next = DateTimeOffset.MinValue;
    }

    public TimeSpan Interval { get; }

    /// <summary>The earliest instant the next permit can be used.</summary>
    public DateTimeOffset NextFree
    {
        get
        {
            lock (_lock) return _next;
        }
    }

    /// <summary>No permit before <paramref name="until"/> (a 429's retry_after).</summary>
    public void Pause(DateTimeOffset until)
    {
        lock (_lock)
        {
            if (until > _next) _next = until;
        }
    }

    /// <summary>Reserves the next slot and returns it, without waiting.</summary>
    public DateTimeOffset Reserve()
    {
        lock (_lock)
        {
            var now = _time.GetUtcNow();
            var slot = _next > now ? _next : now;
            _next = slot + Interval;
            _lastSlot = slot;
            _granted++;
            return slot;
        }
    }

    public override TimeSpan? IdleDuration
    {
        get
        {
            lock (_lock)
            {
                var now = _time.GetUtcNow();
                return _next > now || _lastSlot == DateTimeOffset.MinValue ? null : now - _lastSlot;
            }
        }
    }

    public override RateLimiterStatistics? GetStatistics()
    {
        lock (_lock)
        {
            return new RateLimiterStatistics
            {
                CurrentAvailablePermits = _next <= _time.GetUtcNow() ? 1 : 0,
                TotalSuccessfulLeases = _granted,
            };
        }
    }

    protected override RateLimitLease AttemptAcquireCore(int permitCount)
    {
        if (permitCount == 0) return Lease.Acquired;
        lock (_lock)
        {
            if (_next > _time.GetUtcNow()) return Lease.Refused;
        }
        Reserve();
        return Lease.Acquired;
    }

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        if (permitCount == 0) return Lease.Acquired;
        var slot = Reserve();
        var wait = slot - _time.GetUtcNow();
        if (wait > TimeSpan.Zero) await Task.Delay(wait, _time, cancellationToken).ConfigureAwait(false);
        return Lease.Acquired;
    }

    private sealed class Lease(bool acquired) : RateLimitLease
    {
        public static readonly Lease Acquired = new(true);
        public static readonly Lease Refused = new(false);

        public override bool IsAcquired { get; } = acquired;

        public override IEnumerable<string> MetadataNames => [];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = null;
            return false;
        }
    }
}
