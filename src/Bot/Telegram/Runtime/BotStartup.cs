using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NhacHan.Bot.Options;
using NhacHan.Bot.Telegram.Handlers;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace NhacHan.Bot.Telegram.Runtime;

/// <summary>
/// At start: publishes the command menu (Vietnamese descriptions) and, in webhook mode, registers the webhook with
/// its secret. Failures are logged, never fatal: the bot can answer without a menu, and polling retries by itself.
/// </summary>
public sealed partial class BotStartup(
    ITelegramBotClient bot,
    IServiceScopeFactory scopes,
    UpdateLedger ledger,
    IOptions<BotOptions> options,
    ILogger<BotStartup> log) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        ledger.Prune();
        try
        {
            await bot.SetMyCommands(MenuCommands(), cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogFailed("setMyCommands", e.GetType().Name, e.Message);
        }
        var webhook = options.Value.Webhook;
        if (!webhook.Enabled) return;
        try
        {
            await bot.SetWebhook(webhook.Url!, secretToken: webhook.SecretToken, allowedUpdates: PollingService.AllowedUpdates,
                dropPendingUpdates: false, cancellationToken: cancellationToken).ConfigureAwait(false);
            LogWebhook(webhook.Path);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogFailed("setWebhook", e.GetType().Name, e.Message);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    internal BotCommand[] MenuCommands()
    {
        using var scope = scopes.CreateScope();
        return CommandMenu.Of(scope.ServiceProvider.GetServices<ICommandHandler>())
            .Select(c => new BotCommand { Command = c.Command, Description = c.Description })
            .ToArray();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Call} failed at start: {Error} {Detail}")]
    private partial void LogFailed(string call, string error, string detail);

    [LoggerMessage(Level = LogLevel.Information, Message = "Telegram webhook registered; listening on {Path}")]
    private partial void LogWebhook(string path);
}
