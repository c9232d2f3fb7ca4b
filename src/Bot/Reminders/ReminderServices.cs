using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using NhacHan.Bot.Options;
using NhacHan.Bot.Telegram;
using NhacHan.Domain.Reminders;

namespace NhacHan.Bot.Reminders;

/// <summary>Registers reminders for the Telegram host: the log, the planner, the outbox, the background
/// service, the new-plan notice, /caidat and the reminder buttons. Needs an ITelegramBotClient, IPlanStore,
/// IChatStore and NhacHanDatabase registered elsewhere.</summary>
public static class ReminderServices
{
    public static IServiceCollection AddReminders(this IServiceCollection services, IConfiguration configuration)
    {
        // The host binds and validates the options; bind here only when used on its own (a second binding
        // would append the lead-day list twice).
        if (!services.Any(d => d.ServiceType == typeof(IValidateOptions<ReminderOptions>)))
        {
            services.AddOptions<ReminderOptions>().Bind(configuration.GetSection(ReminderOptions.Section)).ValidateOnStart();
            services.AddSingleton<IValidateOptions<ReminderOptions>, ReminderOptionsValidator>();
        }
        if (!services.Any(d => d.ServiceType == typeof(IValidateOptions<BotOptions>)))
            services.AddOptions<BotOptions>().Bind(configuration.GetSection(BotOptions.Section));

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ReminderLog>();
        services.TryAddSingleton(sp => new ReminderPlanner(sp.GetRequiredService<IOptions<ReminderOptions>>().Value.ToSettings()));
        services.TryAddSingleton<ITelegramOutbox, TelegramOutbox>();
        services.TryAddSingleton<ReminderDispatcher>();
        services.TryAddSingleton<SettingsCommand>();
        services.AddSingleton<ICommandHandler>(sp => sp.GetRequiredService<SettingsCommand>());
        services.AddSingleton<ICallbackHandler, ReminderCallbackHandler>();

        var enabled = configuration.GetValue($"{ReminderOptions.Section}:{nameof(ReminderOptions.Enabled)}", true);
        if (enabled) services.AddHostedService<ReminderService>();
        services.AddHostedService<NewPlanNotifier>();
        return services;
    }
}
