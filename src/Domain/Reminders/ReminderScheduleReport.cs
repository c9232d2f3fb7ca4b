using System.Globalization;
using NhacHan.Domain.Storage;

namespace NhacHan.Domain.Reminders;

/// <summary>The `reminders` verb's listing: one line per planned reminder, nothing sent.</summary>
public static class ReminderScheduleReport
{
    /// <summary>
    /// Lines for [from, to). With a chat profile, as that chat would receive them; without, as a chat that
    /// follows every stored plan would (chat id 0).
    /// </summary>
    public static IReadOnlyList<string> Build(
        ReminderPlanner planner, IReadOnlyList<StoredPlan> plans, ChatProfile? chat, DateTimeOffset from, DateTimeOffset to)
    {
        var profile = chat is null
            ? new ChatProfile(0) { FollowedPlanIds = plans.Select(p => p.Id).ToArray() }
            // The listing shows what the schedule would be even for a chat that turned reminders off.
            : chat with { Subscribed = true, RemindersOn = true };
        var s = planner.Settings;
        return planner.Schedule(plans, [profile], from, to)
            .Select(r => string.Create(CultureInfo.InvariantCulture,
                $"{s.ToLocal(r.SendAt):dd/MM/yyyy HH:mm}  hạn {DatePhrase(r.Target)}  {LeadLabel(r)}  {PlanLabel(r.Target.Plan)} mục {r.Target.Section}  chat {r.ChatId}  {Short(r.Target.Who)}: {Short(r.Target.What)}"))
            .ToArray();
    }

    public static string DatePhrase(ReminderTarget t)
    {
        var date = t.Date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        return t.Item is not null ? $"{t.Item.Start.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}–{date}"
            : t.Kind == Plans.DeadlineKind.Before ? $"trước {date}" : date;
    }

    public static string LeadLabel(PlannedReminder r) => r.Lead switch
    {
        PlannedReminder.Announce => "(bắt đầu)",
        PlannedReminder.Snoozed => "(nhắc lại)",
        0 => "(ngày cuối)",
        var d => $"(trước {d} ngày)",
    };

    public static string PlanLabel(StoredPlan p) => $"{p.Plan.Number ?? "(không số)"} [{p.Id}]";

    /// <summary>At most 60 characters, cut at a word boundary.</summary>
    private static string Short(string s)
    {
        if (s.Length <= 60) return s;
        var cut = s.LastIndexOf(' ', 58);
        return string.Concat(s.AsSpan(0, cut > 0 ? cut : 59), "…");
    }
}
