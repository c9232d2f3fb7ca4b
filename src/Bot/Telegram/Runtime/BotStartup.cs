using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NhacHan.Bot.Hosting;
using NhacHan.Bot.Options;
using NhacHan.Bot.Telegram.Handlers;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace NhacHan.Bot.Telegram.Runtime;

/// <summary>
/// At start: publishes the command menu (Vietnamese descriptions) and, in webhook mode, registers the webhook with
/// its secret. A failed menu is only logged (the bot answers without it). A failed setWebhook is retried in the
/// background with exponential backoff (<see cref="FirstRetry"/> doubling up to <see cref="MaxRetry"/>) until it
/// succeeds or the host stops: without it no update would ever arrive.
/// </summary>
public sealed partial class BotStartup(
    ITelegramBotClient bot,
    IServiceScopeFactory scopes,
    UpdateLedger ledger,
    IOptions<BotOptions> options,
    TimeProvider time,
    ILogger<BotStartup> log) : IHostedService, IDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private Task _retry = Task.CompletedTask;

    /// <summary>The wait after the first failed setWebhook; it doubles after each further failure.</summary>
    public TimeSpan FirstRetry { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest wait between two setWebhook attempts.</summary>
    public TimeSpan MaxRetry { get; init; } = TimeSpan.FromSeconds(60);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        ledger.Prune();
        try
        {
            await bot.SetMyCommands(MenuCommands(), cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogFailed("setMyCommands", e.GetType().Name, Redact(e.Message));
        }
        if (!options.Value.Webhook.Enabled) return;
        // The first attempt before the host finishes starting, as before; retries must not hold the start up.
        if (!await TrySetWebhook(1, cancellationToken).ConfigureAwait(false))
            _retry = RetryWebhook(_stopping.Token);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        try
        {
            await _retry.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Stopped while waiting for the next attempt.
        }
    }

    public void Dispose() => _stopping.Dispose();

    /// <summary>The wait after the n-th failure (n ≥ 1): first, 2×first, 4×first… never above the cap.</summary>
    public static TimeSpan RetryDelay(int failures, TimeSpan first, TimeSpan cap)
    {
        var factor = Math.Pow(2, Math.Min(failures - 1, 30));
        var ticks = Math.Min(first.Ticks * factor, cap.Ticks);
        return TimeSpan.FromTicks((long)ticks);
    }

    private async Task RetryWebhook(CancellationToken ct)
    {
        for (var failures = 1; ; failures++)
        {
            await Task.Delay(RetryDelay(failures, FirstRetry, MaxRetry), time, ct).ConfigureAwait(false);
            if (await TrySetWebhook(failures + 1, ct).ConfigureAwait(false)) return;
        }
    }

    private async Task<bool> TrySetWebhook(int attempt, CancellationToken ct)
    {
        var webhook = options.Value.Webhook;
        try
        {
            await bot.SetWebhook(webhook.Url!, secretToken: webhook.SecretToken, allowedUpdates: PollingService.AllowedUpdates,
                dropPendingUpdates: false, cancellationToken: ct).ConfigureAwait(false);
            LogWebhook(webhook.Path, attempt);
            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogWebhookFailed(attempt, RetryDelay(attempt, FirstRetry, MaxRetry), e.GetType().Name, Redact(e.Message));
            return false;
        }
    }

    /// <summary>An exception message may carry the request URL, and so the token: never log it.</summary>
    private string Redact(string message)
    {
        var token = options.Value.Token;
        if (!string.IsNullOrEmpty(token)) message = message.Replace(token, "***", StringComparison.Ordinal);
        return SecretRedactingFormatter.Redact(message);
    }

    internal BotCommand[] MenuCommands()
    {
        using var scope = scopes.CreateScope();
        return CommandMenu.Of(scope.ServiceProvider.GetServices<ICommandHandler>())
            .Select(c => new BotCommand { Command = c.Command, Description = c.Description })
            .ToArray();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Call} failed at start: {Error} {Detail}")]
    private partial void LogFailed(string call, string error, string detail);

    [LoggerMessage(Level = LogLevel.Warning, Message = "setWebhook attempt {Attempt} failed; next attempt in {Delay}: {Error} {Detail}")]
    private partial void LogWebhookFailed(int attempt, TimeSpan delay, string error, string detail);

    [LoggerMessage(Level = LogLevel.Information, Message = "Telegram webhook registered (attempt {Attempt}); listening on {Path}")]
    private partial void LogWebhook(string path, int attempt);
}
