using System.Security.Cryptography;
using System.Text;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using NhacHan.Bot.Telegram.Chat;

namespace NhacHan.Bot.Telegram.Calendar;

/// <summary>
/// Deadlines as an iCalendar file: one all-day event per deadline with alarms 3 days and 1 day before. The UID
/// is the plan id plus a hash of the deadline's section, who and what (not its date or position), so importing a
/// newer file updates the events already in the user's calendar instead of adding copies.
/// </summary>
public static class DeadlineCalendar
{
    public const string FileName = "nhac-han.ics";
    public static readonly int[] AlarmDaysBefore = [3, 1];

    public static string Build(IEnumerable<DeadlineRow> rows)
    {
        var calendar = new Ical.Net.Calendar { ProductId = "-//Nhac Han//Telegram//VI" };
        calendar.AddProperty("X-WR-CALNAME", "Nhắc Hạn");
        calendar.AddProperty("X-WR-TIMEZONE", "Asia/Ho_Chi_Minh");
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var d = row.Deadline;
            var uid = Uid(row.Plan.Id, d.Section, d.Who, d.What);
            seen[uid] = seen.GetValueOrDefault(uid) + 1;
            if (seen[uid] > 1) uid = uid.Replace("@", $"-{seen[uid]}@", StringComparison.Ordinal);
            var e = new CalendarEvent
            {
                Uid = uid,
                Summary = Summary(d.Who, d.What),
                Description = $"{DeadlineText.When(d)}\n{d.Who}: {d.What}\n{Texts.PlanName(row.Plan.Plan)} — mục {d.Section}\n« {d.Quote} »",
                DtStart = new CalDateTime(d.Date),
                DtEnd = new CalDateTime(d.Date.AddDays(1)),
                Transparency = TransparencyType.Transparent,
            };
            foreach (var days in AlarmDaysBefore)
            {
                e.Alarms.Add(new Alarm
                {
                    Action = AlarmAction.Display,
                    Description = $"Còn {days} ngày: {Summary(d.Who, d.What)}",
                    Trigger = new Trigger(Duration.FromDays(-days)),
                });
            }
            calendar.Events.Add(e);
        }
        return new CalendarSerializer().SerializeToString(calendar)!;
    }

    public static string Uid(string planId, string section, string who, string what)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{section}\n{who}\n{what}")))[..12];
        return $"{planId}-{hash}@nhachan";
    }

    private static string Summary(string who, string what)
    {
        var s = $"Hạn: {who} — {what}";
        return s.Length <= 120 ? s : s[..117] + "…";
    }
}
