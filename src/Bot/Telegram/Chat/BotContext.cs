using Microsoft.Extensions.Options;
using NhacHan.Bot.Options;

namespace NhacHan.Bot.Telegram.Chat;

/// <summary>Who may administer plans (Bot:Admins), and today's date where the deadlines are.</summary>
public sealed class BotContext(IOptions<BotOptions> bot, IOptions<ReminderOptions> reminders, TimeProvider time)
{
    private readonly TimeZoneInfo _zone = TimeZoneInfo.FindSystemTimeZoneById(reminders.Value.TimeZone);

    public bool IsAdmin(long? userId) => userId is { } id && bot.Value.Admins.Contains(id);

    public DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), _zone).DateTime);

    public DateTimeOffset Now => time.GetUtcNow();
}
