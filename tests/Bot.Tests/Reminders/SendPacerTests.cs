using Microsoft.Extensions.Time.Testing;
using NhacHan.Bot.Telegram;

namespace NhacHan.Bot.Tests.Reminders;

public sealed class SendPacerTests
{
    private static readonly DateTimeOffset T0 = new(2024, 1, 19, 0, 30, 0, TimeSpan.Zero);

    [Fact]
    public void Slots_are_evenly_spaced_without_a_burst()
    {
        var time = new FakeTimeProvider(T0);
        var pacer = new SendPacer(25, time, windowCount: 25);
        var slots = Enumerable.Range(0, 5).Select(_ => pacer.Reserve().Slot - T0).ToArray();
        Assert.Equal([0, 40, 80, 120, 160], slots.Select(s => (int)Math.Round(s.TotalMilliseconds)).ToArray());
    }

    [Fact]
    public void Default_window_counts_each_send_until_its_reply()
    {
        var time = new FakeTimeProvider(T0);
        var pacer = new SendPacer(29.4, time);
        Assert.Equal(30, pacer.WindowCount);
        Assert.Equal(TimeSpan.FromSeconds(1), pacer.Window);
        Assert.Equal(1000 / 29.4, pacer.Interval.TotalMilliseconds, 2);
        // The first send takes 60 ms to its reply, the others 5 ms: the 31st may start only a window (1,000 ms)
        // after the first one's reply (not at its even slot, 1,020 ms).
        var starts = new List<DateTimeOffset>();
        for (var i = 0; i < 31; i++)
        {
            var (slot, seq) = pacer.Reserve();
            if (slot > time.GetUtcNow()) time.SetUtcNow(slot);
            pacer.Started(seq, time.GetUtcNow());
            starts.Add(time.GetUtcNow());
            time.Advance(TimeSpan.FromMilliseconds(i == 0 ? 60 : 5));
            pacer.Completed(seq, time.GetUtcNow());
        }
        Assert.Equal(T0.AddMilliseconds(1060), starts[30]);
    }

    [Fact]
    public void A_slow_sender_catches_up_missed_slots_but_never_exceeds_the_window()
    {
        var time = new FakeTimeProvider(T0);
        var pacer = new SendPacer(10, time, windowCount: 10); // 10 per 1 s, one every 100 ms
        var starts = new List<DateTimeOffset>();
        for (var i = 0; i < 40; i++)
        {
            var (slot, seq) = pacer.Reserve();
            if (slot > time.GetUtcNow()) time.SetUtcNow(slot);
            pacer.Started(seq, time.GetUtcNow());
            starts.Add(time.GetUtcNow());
            // Every fifth send is slow (150 ms of work); the others take 10 ms.
            time.Advance(TimeSpan.FromMilliseconds(i % 5 == 4 ? 150 : 10));
        }
        // Long-run rate kept: 40 sends in about 4 s; without catching up the 8 slow sends would cost 8 × 50 ms more.
        Assert.InRange((starts[^1] - starts[0]).TotalMilliseconds, 3900, 4100);
        // No 11 starts inside any 1 s window.
        for (var i = 10; i < starts.Count; i++)
            Assert.True(starts[i] - starts[i - 10] >= TimeSpan.FromSeconds(1), $"send {i} too close to send {i - 10}");
    }

    [Fact]
    public void Pause_holds_every_slot_until_retry_after_and_idle_restarts_without_burst()
    {
        var time = new FakeTimeProvider(T0);
        var pacer = new SendPacer(20, time, windowCount: 20);
        pacer.Reserve();
        pacer.Pause(T0.AddSeconds(2));
        Assert.Equal(T0.AddSeconds(2), pacer.Reserve().Slot);
        time.Advance(TimeSpan.FromMinutes(1));
        var now = time.GetUtcNow();
        Assert.Equal(now, pacer.Reserve().Slot);
        Assert.Equal(now.AddMilliseconds(50), pacer.Reserve().Slot);
    }

    [Fact]
    public async Task Acquire_waits_for_the_slot_on_the_given_clock()
    {
        var time = new FakeTimeProvider(T0);
        var pacer = new SendPacer(2, time, windowCount: 2);
        using (await pacer.AcquireAsync(1))
        {
        }
        var second = pacer.AcquireAsync(1).AsTask();
        Assert.False(second.IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(499));
        Assert.False(second.IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(1));
        using var lease = await second.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.True(lease.IsAcquired);
        Assert.False(pacer.AttemptAcquire(1).IsAcquired);
    }
}
