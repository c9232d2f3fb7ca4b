using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NhacHan.Bot.ConsoleChat;
using NhacHan.Bot.Options;
using NhacHan.Bot.Reminders;
using NhacHan.Bot.Telegram;

namespace NhacHan.Bot.Hosting;

/// <summary>Builds the one host every mode shares: configuration, validated options, domain services, and the
/// front end the configuration asks for (Telegram polling, Telegram webhook, or the console chat).</summary>
public static class NhacHanHost
{
    public static IHost Build(HostSettings settings, HostRole role)
    {
        var environment = Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT") ?? Environments.Production;
        // Webhook mode needs Kestrel, so it is the one mode built as a WebApplication.
        var probe = LoadConfiguration(settings, environment);
        var bot = probe.GetSection(BotOptions.Section).Get<BotOptions>() ?? new BotOptions();
        var webhook = role == HostRole.Run && bot.HasToken && bot.Webhook.Enabled;

        if (webhook)
        {
            var web = WebApplication.CreateBuilder(new WebApplicationOptions
            {
                ContentRootPath = AppContext.BaseDirectory,
                EnvironmentName = environment,
                Args = [],
            });
            Configure(web, settings, role);
            web.WebHost.UseUrls(bot.Webhook.ListenUrl);
            var app = web.Build();
            MapFrontEnd(app);
            return app;
        }

        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = environment,
            Args = [],
        });
        Configure(builder, settings, role);
        return builder.Build();
    }

    /// <summary>Resolves every options object so a malformed value fails now, naming its key.</summary>
    public static void ValidateOptions(IServiceProvider services)
    {
        _ = services.GetRequiredService<IOptions<BotOptions>>().Value;
        _ = services.GetRequiredService<IOptions<StorageOptions>>().Value;
        _ = services.GetRequiredService<IOptions<ReminderOptions>>().Value;
    }

    private static IConfiguration LoadConfiguration(HostSettings settings, string environment)
    {
        var b = new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddJsonFile($"appsettings.{environment}.json", optional: true)
            .AddEnvironmentVariables();
        if (settings.Overrides is not null) b.AddInMemoryCollection(settings.Overrides);
        return b.Build();
    }

    private static void Configure(IHostApplicationBuilder builder, HostSettings settings, HostRole role)
    {
        if (settings.Overrides is not null) builder.Configuration.AddInMemoryCollection(settings.Overrides);
        var config = builder.Configuration;

        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(o =>
        {
            o.FormatterName = SecretRedactingFormatter.FormatterName;
            // Logs go to stderr so stdout carries only the chat and the verbs' output.
            o.LogToStandardErrorThreshold = LogLevel.Trace;
        });
        builder.Logging.AddConsoleFormatter<SecretRedactingFormatter, Microsoft.Extensions.Logging.Console.ConsoleFormatterOptions>();

        var services = builder.Services;
        services.AddSingleton(settings);
        AddOptions<BotOptions, BotOptionsValidator>(services, BotOptions.Section);
        AddOptions<ReminderOptions, ReminderOptionsValidator>(services, ReminderOptions.Section);
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.Section).ValidateOnStart();

        var dbPath = settings.DbPath ?? config[$"{StorageOptions.Section}:{nameof(StorageOptions.DbPath)}"] ?? new StorageOptions().DbPath;
        services.AddNhacHanDomain(dbPath);

        if (role == HostRole.Run)
        {
            var bot = config.GetSection(BotOptions.Section).Get<BotOptions>() ?? new BotOptions();
            services.AddHostedService<SamplePlanSeeder>();
            services.AddHostedService<Heartbeat>();
            if (bot.HasToken)
            {
                AddTelegramFrontEnd(services, config);
            }
            else
            {
                // The console chat is interactive: keep the host's own start/stop chatter out of it.
                builder.Logging.AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Warning);
                services.AddHostedService<ConsoleChatService>();
            }
        }
        settings.ConfigureServices?.Invoke(services);
    }

    private static void AddOptions<TOptions, TValidator>(IServiceCollection services, string section)
        where TOptions : class
        where TValidator : class, IValidateOptions<TOptions>
    {
        services.AddOptions<TOptions>().BindConfiguration(section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<TOptions>, TValidator>();
    }

    private static void AddTelegramFrontEnd(IServiceCollection services, IConfiguration config) =>
        services.AddTelegramBot(config).AddReminders(config);

    private static void MapFrontEnd(WebApplication app) => app.MapTelegramWebhook();
}
