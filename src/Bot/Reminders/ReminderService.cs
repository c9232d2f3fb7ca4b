using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NhacHan.Bot.Options;

namespace NhacHan.Bot.Reminders;

/// <summary>
/// Reminds subscribed chats of their deadlines: wakes at the next planned send time (or every
/// Reminders:PollSeconds), runs a <see cref="ReminderDispatcher"/> round, and sleeps again. Driven by
/// <see cref="TimeProvider"/>, so tests move time with a FakeTimeProvider.
/// </summary>
public sealed partial class ReminderService(
    ReminderDispatcher dispatcher,
    TimeProvider time,
    IOptions<ReminderOptions> options,
    ILogger<ReminderService> logger) : BackgroundService
{
    /// <summary>Completed rounds (tests wait on it).</summary>
    public int Rounds => Volatile.Read(ref _rounds);

    private int _rounds;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var poll = TimeSpan.FromSeconds(options.Value.PollSeconds);
        while (!stoppingToken.IsCancellationRequested)
        {
            var next = time.GetUtcNow() + poll;
            try
            {
                await dispatcher.RunOnce(stoppingToken).ConfigureAwait(false);
                next = dispatcher.NextWake(poll);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                LogRoundFailed(e);
            }
            Interlocked.Increment(ref _rounds);
            var wait = next - time.GetUtcNow();
            if (wait < TimeSpan.FromMilliseconds(100)) wait = TimeSpan.FromMilliseconds(100);
            try
            {
                await Task.Delay(wait, time, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Reminder round failed; trying again at the next wake")]
    private partial void LogRoundFailed(Exception e);
}
