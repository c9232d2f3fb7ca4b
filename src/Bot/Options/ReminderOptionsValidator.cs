using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace NhacHan.Bot.Options;

/// <summary>Checks the "Reminders" section at start; every failure names its key.</summary>
public sealed class ReminderOptionsValidator(IConfiguration configuration) : IValidateOptions<ReminderOptions>
{
    public ValidateOptionsResult Validate(string? name, ReminderOptions o)
    {
        var failures = RawValues.NotParsable<int>(configuration, "Reminders:LeadDays", "số ngày nhắc trước phải là số nguyên");
        for (var i = 0; i < o.LeadDays.Count; i++)
        {
            if (o.LeadDays[i] is < 0 or > 90)
                failures.Add($"Reminders:LeadDays:{i} = {o.LeadDays[i]}: số ngày nhắc trước phải từ 0 đến 90.");
        }
        CheckTime(failures, "Reminders:SendAt", o.SendAt);
        CheckTime(failures, "Reminders:QuietStart", o.QuietStart);
        CheckTime(failures, "Reminders:QuietEnd", o.QuietEnd);
        if (o.PollSeconds is < 1 or > 3600)
            failures.Add($"Reminders:PollSeconds = {o.PollSeconds}: phải từ 1 đến 3600 giây.");
        if (o.LateAfterMinutes is < 1 or > 1440)
            failures.Add($"Reminders:LateAfterMinutes = {o.LateAfterMinutes}: phải từ 1 đến 1440 phút.");
        if (o.SnoozeHours is < 1 or > 168)
            failures.Add($"Reminders:SnoozeHours = {o.SnoozeHours}: phải từ 1 đến 168 giờ.");
        try
        {
            TimeZoneInfo.FindSystemTimeZoneById(o.TimeZone);
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            failures.Add($"Reminders:TimeZone = \"{o.TimeZone}\": không tìm thấy múi giờ này.");
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void CheckTime(List<string> failures, string key, string value)
    {
        if (!TimeOnly.TryParseExact(value, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            failures.Add($"{key} = \"{value}\": giờ phải có dạng HH:mm, ví dụ 07:30.");
    }

    public static TimeOnly ParseTime(string value) => TimeOnly.ParseExact(value, "HH:mm", CultureInfo.InvariantCulture);
}
