using NhacHan.Domain.Plans;
using NhacHan.Domain.Reminders;
using NhacHan.Domain.Storage;

namespace NhacHan.Domain.Tests.Reminders;

/// <summary>Plans and chats for the planner tests. Vietnam is UTC+7 all year: 07:30 local = 00:30 UTC.</summary>
internal static class ReminderTestData
{
    public static readonly ReminderSettings Settings = new();

    public static ReminderPlanner Planner(ReminderSettings? s = null) => new(s ?? Settings);

    /// <summary>Local (UTC+7) wall-clock time as an instant.</summary>
    public static DateTimeOffset Local(int y, int m, int d, int h = 0, int min = 0) => new(y, m, d, h, min, 0, TimeSpan.FromHours(7));

    public static Plan Plan35() =>
        PlanJson.Deserialize(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "fixtures", "reminders", "plan-35.json")));

    public static StoredPlan Stored(Plan plan, string id = "p35", PlanStatus status = PlanStatus.Active, bool sample = false) =>
        new(id, plan, status, new PlanSource("plan.txt", "sha", "cli", default, sample));

    public static Deadline Deadline(DateOnly date, DeadlineKind kind, string who = "Cấp cơ sở", string what = "Báo cáo kết quả") =>
        new(date, kind, who, what, null, null, "I.1", $"{what} {date:dd/MM/yyyy}", false);

    public static StoredPlan WithDeadlines(string id, params Deadline[] deadlines) =>
        Stored(new Plan { Number = $"{id}-KH/HU", Title = "kế hoạch thử", Deadlines = deadlines }, id);

    public static StoredPlan WithSchedule(string id, params ScheduleItem[] items) =>
        Stored(new Plan { Number = $"{id}-KH/TU", Title = "kế hoạch thử", Schedule = items }, id);

    public static ChatProfile Cell(long id = 1) => new(id) { Level = UnitLevel.Grassroots };

    public static ChatProfile District(long id = 2) => new(id) { Level = UnitLevel.District };

    /// <summary>Local send times of a chat's planned reminders in a window, as "dd/MM HH:mm lead".</summary>
    public static string[] Times(IEnumerable<PlannedReminder> rs) =>
        rs.Select(r => $"{Settings.ToLocal(r.SendAt):dd/MM HH:mm} {r.Tag}").ToArray();
}
