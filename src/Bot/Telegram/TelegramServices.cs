using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using NhacHan.Bot.Options;
using NhacHan.Bot.Telegram.Chat;
using NhacHan.Bot.Telegram.Handlers;
using NhacHan.Bot.Telegram.Routing;
using NhacHan.Bot.Telegram.Runtime;
using NhacHan.Bot.Telegram.Uploads;
using Telegram.Bot;

namespace NhacHan.Bot.Telegram;

/// <summary>The Telegram front end's composition: client, outbox, router, handlers, polling or webhook.</summary>
public static class TelegramServices
{
    public const string HttpClientName = "telegram";

    public static IServiceCollection AddTelegramBot(this IServiceCollection services, IConfiguration config)
    {
        var bot = config.GetSection(BotOptions.Section).Get<BotOptions>() ?? new BotOptions();

        // The Bot API URL contains the token: keep HttpClient's request logging off for this client.
        services.AddHttpClient(HttpClientName)
            .ConfigureHttpClient(c => c.Timeout = TimeSpan.FromSeconds(bot.PollTimeoutSeconds + 30))
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
            .RemoveAllLoggers();
        services.TryAddSingleton<ITelegramBotClient>(sp =>
        {
            var o = sp.GetRequiredService<IOptions<BotOptions>>().Value;
            var baseUrl = string.IsNullOrWhiteSpace(o.ApiBaseUrl) ? null : o.ApiBaseUrl.TrimEnd('/');
            var http = sp.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName);
            return new TelegramBotClient(new TelegramBotClientOptions(o.Token!, baseUrl), http);
        });
        services.TryAddSingleton<ITelegramOutbox, TelegramOutbox>();

        services.AddSingleton<BotIdentityProvider>();
        services.AddSingleton<BotContext>();
        services.AddSingleton<TelegramReplies>();
        services.AddSingleton<DialogState>();
        services.AddSingleton<UpdateLedger>();
        services.AddSingleton<UpdateDispatcher>();
        services.AddSingleton<PendingUploads>();
        services.AddSingleton<ChoiceKeyboard>();
        services.AddSingleton<Onboarding>();
        services.AddSingleton<PlanQueries>();
        services.AddScoped<UpdateRouter>();
        services.AddScoped<QuestionHandler>();
        services.AddScoped<UploadHandler>();

        services.AddScoped<ICommandHandler, StartCommand>();
        services.AddScoped<ICommandHandler, HelpCommand>();
        services.AddScoped<UpcomingDeadlines>();
        services.AddScoped<ICommandHandler>(sp => sp.GetRequiredService<UpcomingDeadlines>());
        services.AddScoped<ICallbackHandler>(sp => sp.GetRequiredService<UpcomingDeadlines>());
        services.AddScoped<PlanBrowser>();
        services.AddScoped<ICommandHandler>(sp => sp.GetRequiredService<PlanBrowser>());
        services.AddScoped<ICallbackHandler>(sp => sp.GetRequiredService<PlanBrowser>());
        services.AddScoped<UnitsCommand>();
        services.AddScoped<ICommandHandler>(sp => sp.GetRequiredService<UnitsCommand>());
        services.AddScoped<ICallbackHandler>(sp => sp.GetRequiredService<UnitsCommand>());
        services.AddScoped<ICommandHandler, CalendarCommand>();
        services.AddScoped<ArchiveCommand>();
        services.AddScoped<ICommandHandler>(sp => sp.GetRequiredService<ArchiveCommand>());
        services.AddScoped<ICallbackHandler>(sp => sp.GetRequiredService<ArchiveCommand>());
        services.AddScoped<ICallbackHandler, OnboardingCallbacks>();
        services.AddScoped<ICallbackHandler, ChoiceCallbacks>();
        services.AddScoped<ICallbackHandler, UploadCallbacks>();

        services.AddHostedService<BotStartup>();
        if (!bot.Webhook.Enabled) services.AddHostedService<PollingService>();
        return services;
    }

    /// <summary>Maps the webhook endpoint (webhook mode only; polling needs no endpoint).</summary>
    public static WebApplication MapTelegramWebhook(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<BotOptions>>().Value.Webhook.Enabled)
            WebhookEndpoint.MapTelegramWebhook(app);
        return app;
    }
}
