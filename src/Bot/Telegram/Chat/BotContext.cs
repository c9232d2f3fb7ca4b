using Microsoft.Extensions.Options;
using NhacHan.Bot.Options;
using NhacHan.Domain.Plans;

namespace NhacHan.Bot.Telegram.Chat;

/// <summary>Who may administer plans (Bot:Admins), and today's date where the deadlines are.</summary>
public sealed class BotContext(IOptions<BotOptions> bot, IOptions<ReminderOptions> reminders, TimeProvider time)
{
    private readonly TimeZoneInfo _zone = TimeZoneInfo.FindSystemTimeZoneById(reminders.Value.TimeZone);

    public bool IsAdmin(long? userId) => userId is { } id && bot.Value.Admins.Contains(id);

    public DateOnly Today => LocalCalendar.Today(time, _zone);

    public DateTimeOffset Now => time.GetUtcNow();
}
