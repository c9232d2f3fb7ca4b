using System.Threading.RateLimiting;

namespace NhacHan.Bot.Telegram;

/// <summary>
/// A rate limiter for one sustained stream of sends: evenly spaced slots at <see cref="Interval"/>, plus a
/// sliding-window guard (a send starts at least <see cref="Window"/> after the send <see cref="WindowCount"/>
/// places earlier started — or completed, when the caller reports it). A slot that was missed because the sender was slow (a stalled thread, a slow
/// disk write) may be caught up, within <see cref="CatchUp"/>, so the long-run rate stays at the configured
/// rate instead of drifting below it; the window guard keeps the catch-up from ever exceeding the limit.
/// No timer ticks are involved (unlike a token bucket), so there is no rounding to a timer period.
/// <see cref="Pause"/> honours a 429's retry_after.
/// </summary>
public sealed class SendPacer : RateLimiter
{
    private readonly TimeProvider _time;
    private readonly Lock _lock = new();
    private readonly DateTimeOffset[] _recent;
    private long _count;
    private DateTimeOffset _next = DateTimeOffset.MinValue;
    private DateTimeOffset _paused = DateTimeOffset.MinValue;

    /// <param name="perSecond">The target rate, e.g. 29.4 (Telegram's limit being 30).</param>
    /// <param name="windowCount">At most this many sends in any second; default: the rate rounded up (30).
    /// A send counts from its start to its completion (<see cref="Completed"/>): Telegram receives a call between
    /// the two, so when a send starts at least a second after the completion of the send
    /// <paramref name="windowCount"/> places earlier, no second can hold more than that many arrivals,
    /// whatever the network jitter.</param>
    public SendPacer(double perSecond, TimeProvider? time = null, int? windowCount = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(perSecond, 0);
        _time = time ?? TimeProvider.System;
        WindowCount = Math.Max(1, windowCount ?? (int)Math.Ceiling(perSecond));
        // Exactly one second: Telegram received send N-30 before its reply completed and receives send N after
        // it starts, so their arrivals are at least a second apart. Whole-millisecond clocks cannot shrink that
        // (floor(t + d) - floor(t) >= floor(d)), so a margin would only cost rate.
        Window = TimeSpan.FromMilliseconds(1000);
        var byRate = TimeSpan.FromSeconds(1 / perSecond);
        var byWindow = TimeSpan.FromSeconds(1) / WindowCount;
        Interval = byRate > byWindow ? byRate : byWindow;
        CatchUp = TimeSpan.FromMilliseconds(250);
        _recent = new DateTimeOffset[WindowCount];
        Array.Fill(_recent, DateTimeOffset.MinValue);
    }

    public TimeSpan Interval { get; }

    public int WindowCount { get; }

    public TimeSpan Window { get; }

    public TimeSpan CatchUp { get; }

    /// <summary>No permit before <paramref name="until"/> (a 429's retry_after).</summary>
    public void Pause(DateTimeOffset until)
    {
        lock (_lock)
        {
            if (until > _paused) _paused = until;
            if (until > _next) _next = until;
        }
    }

    /// <summary>Reserves the next slot; returns it and its sequence number (for <see cref="Started"/>).</summary>
    public (DateTimeOffset Slot, long Sequence) Reserve()
    {
        lock (_lock)
        {
            var now = _time.GetUtcNow();
            // Idle (or further behind than the catch-up allows): start afresh now, without a burst.
            var slot = _next < now - CatchUp ? now : _next;
            slot = Max(slot, _paused);
            // The send WindowCount places back must be a whole window earlier.
            var oldest = _recent[_count % WindowCount];
            if (oldest != DateTimeOffset.MinValue) slot = Max(slot, oldest + Window);
            _recent[_count % WindowCount] = slot;
            _next = slot + Interval;
            return (slot, _count++);
        }
    }

    /// <summary>Waits for the next slot; returns its sequence number for <see cref="Completed"/>.</summary>
    public async ValueTask<long> WaitTurnAsync(CancellationToken cancellationToken)
    {
        var (slot, seq) = Reserve();
        var wait = slot - _time.GetUtcNow();
        if (wait > TimeSpan.Zero) await Task.Delay(wait, _time, cancellationToken).ConfigureAwait(false);
        Started(seq, _time.GetUtcNow());
        return seq;
    }

    /// <summary>Records when a send finished (its reply arrived): the window guard counts a send until then.</summary>
    public void Completed(long sequence, DateTimeOffset at) => Started(sequence, at);

    /// <summary>Records when a reserved send actually started (later than its slot if the caller was slow),
    /// so the window guard counts real times.</summary>
    public void Started(long sequence, DateTimeOffset at)
    {
        lock (_lock)
        {
            if (sequence > _count - 1 - WindowCount && sequence < _count)
            {
                ref var entry = ref _recent[sequence % WindowCount];
                if (at > entry) entry = at;
            }
        }
    }

    public override TimeSpan? IdleDuration
    {
        get
        {
            lock (_lock)
            {
                var now = _time.GetUtcNow();
                return _count == 0 || _next > now ? null : now - _next;
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
                TotalSuccessfulLeases = _count,
            };
        }
    }

    protected override RateLimitLease AttemptAcquireCore(int permitCount)
    {
        if (permitCount == 0) return Lease.Acquired;
        lock (_lock)
        {
            var now = _time.GetUtcNow();
            var oldest = _recent[_count % WindowCount];
            if (_next > now || _paused > now || (oldest != DateTimeOffset.MinValue && oldest + Window > now)) return Lease.Refused;
        }
        var (_, seq) = Reserve();
        Started(seq, _time.GetUtcNow());
        return Lease.Acquired;
    }

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        if (permitCount == 0) return Lease.Acquired;
        var (slot, seq) = Reserve();
        var wait = slot - _time.GetUtcNow();
        if (wait > TimeSpan.Zero) await Task.Delay(wait, _time, cancellationToken).ConfigureAwait(false);
        Started(seq, _time.GetUtcNow());
        return Lease.Acquired;
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

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
