using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NhacHan.Bot.Options;
using Telegram.Bot;
using Telegram.Bot.Types.Enums;

namespace NhacHan.Bot.Telegram.Runtime;

/// <summary>
/// Long polling. Pending updates are kept (the webhook is deleted without dropping them), a batch is confirmed
/// (the next offset) only after every update in it was handled, and failures back off exponentially up to
/// <see cref="MaxBackoff"/> instead of spinning. Stops with the host (SIGTERM).
/// </summary>
public sealed partial class PollingService(
    ITelegramBotClient bot,
    UpdateDispatcher dispatcher,
    IOptions<BotOptions> options,
    ILogger<PollingService> log) : BackgroundService
{
    public static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(30);
    public const int BatchSize = 100;

    internal static readonly UpdateType[] AllowedUpdates = [UpdateType.Message, UpdateType.CallbackQuery, UpdateType.MyChatMember];

    /// <summary>How long updates in hand may still run after a stop is requested (well under the host's
    /// shutdown timeout and Docker's 10 s before SIGKILL).</summary>
    public static readonly TimeSpan HandlingGrace = TimeSpan.FromSeconds(5);

    /// <summary>0.5 s, 1 s, 2 s … capped at <see cref="MaxBackoff"/>.</summary>
    public static TimeSpan Backoff(int failures) =>
        TimeSpan.FromMilliseconds(Math.Min(MaxBackoff.TotalMilliseconds, 500 * Math.Pow(2, Math.Clamp(failures - 1, 0, 16))));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        var timeout = options.Value.PollTimeoutSeconds;
        if (!await Retry(c => bot.DeleteWebhook(dropPendingUpdates: false, cancellationToken: c), "deleteWebhook", stoppingToken).ConfigureAwait(false))
            return;
        LogStarted(timeout);
        int? offset = null;
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            global::Telegram.Bot.Types.Update[] batch;
            try
            {
                batch = await bot.GetUpdates(offset, BatchSize, timeout, AllowedUpdates, stoppingToken).ConfigureAwait(false);
                failures = 0;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e)
            {
                failures++;
                var wait = Backoff(failures);
                LogPollFailed(failures, wait.TotalSeconds, e.GetType().Name, e.Message);
                if (!await Delay(wait, stoppingToken).ConfigureAwait(false)) break;
                continue;
            }
            if (batch.Length == 0) continue;
            // On shutdown, updates already being handled get a short grace to finish: a reply on its way is then
            // recorded in the ledger instead of being cancelled mid-request and answered again after the restart.
            using var grace = new CancellationTokenSource();
            await using var onStop = stoppingToken.Register(() => grace.CancelAfter(HandlingGrace)).ConfigureAwait(false);
            try
            {
                await dispatcher.HandleBatch(batch, grace.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            offset = batch[^1].Id + 1;
        }
        LogStopped();
    }

    private async Task<bool> Retry(Func<CancellationToken, Task> call, string what, CancellationToken ct)
    {
        for (var failures = 1; ; failures++)
        {
            try
            {
                await call(ct).ConfigureAwait(false);
                return true;
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return false;
            }
            catch (Exception e)
            {
                var wait = Backoff(failures);
                LogCallFailed(what, wait.TotalSeconds, e.GetType().Name, e.Message);
                if (!await Delay(wait, ct).ConfigureAwait(false)) return false;
            }
        }
    }

    private static async Task<bool> Delay(TimeSpan wait, CancellationToken ct)
    {
        try
        {
            await Task.Delay(wait, ct).ConfigureAwait(false);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Telegram long polling started (timeout {Timeout}s)")]
    private partial void LogStarted(int timeout);

    [LoggerMessage(Level = LogLevel.Information, Message = "Telegram long polling stopped")]
    private partial void LogStopped();

    [LoggerMessage(Level = LogLevel.Warning, Message = "getUpdates failed ({Failures} in a row); retrying in {Seconds}s: {Error} {Detail}")]
    private partial void LogPollFailed(int failures, double seconds, string error, string detail);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Call} failed; retrying in {Seconds}s: {Error} {Detail}")]
    private partial void LogCallFailed(string call, double seconds, string error, string detail);
}
