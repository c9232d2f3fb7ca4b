using NhacHan.Domain.Plans;
using NhacHan.Domain.Storage;
using NhacHan.Domain.Text;

namespace NhacHan.Domain.Reminders;

/// <summary>
/// One thing a chat can be reminded of: a dated deadline (one month of a recurring one), or a schedule item
/// (period-scoped task). <see cref="LastDay"/> is the last local day on which the work can still be done;
/// lead times count back from it. <see cref="DueAt"/> is the instant after which reminding is pointless.
/// </summary>
/// <remarks>
/// "trước ngày D" (Before, and recurring "trước ngày 25 hằng tháng") is read conservatively: the work must be
/// done before D starts, so the due moment is D 00:00 local and the last day is D−1 — the "morning of"
/// reminder (lead 0) goes out on the morning of D−1. Every other kind includes its day: the last day is D and
/// the due moment is D+1 00:00 (by-month and quarter deadlines carry the period's last day as D). Schedule
/// items are announced on the morning their period starts and counted down to the period's last day.
/// </remarks>
public sealed record ReminderTarget(
    string Key,
    StoredPlan Plan,
    Deadline? Deadline,
    ScheduleItem? Item,
    DateOnly Date,
    DateOnly LastDay,
    DateTimeOffset DueAt,
    DateOnly? AnnounceOn)
{
    /// <summary>Fold of who is responsible (and, for schedule items, the level column).</summary>
    internal string FoldedWho { get; init; } = "";

    internal UnitLevel? Level { get; init; }

    public string Who => Deadline?.Who ?? Item?.Who ?? "";

    public string What => Deadline?.What ?? Item?.What ?? "";

    public string Quote => Deadline?.Quote ?? Item?.Quote ?? "";

    public string Section => Deadline?.Section ?? (Item is { } i ? $"PHỤ LỤC.{i.Period}" : "");

    public DeadlineKind Kind => Deadline is { Kind: DeadlineKind.RecurringMonthly } ? DeadlineKind.Before
        : Deadline?.Kind ?? DeadlineKind.RangeEnd;

    public bool Recurring => Deadline?.Kind == DeadlineKind.RecurringMonthly;

    /// <summary>The targets of one plan whose last day is on or after <paramref name="minLastDay"/> and whose
    /// first possible reminder (announcement or the longest lead) is on or before <paramref name="maxSendDay"/>.</summary>
    public static IEnumerable<ReminderTarget> Of(StoredPlan plan, DateOnly minLastDay, DateOnly maxSendDay, int maxLead, ReminderSettings settings)
    {
        foreach (var d in plan.Plan.Deadlines)
        {
            if (d.Done) continue;
            if (d.Kind == DeadlineKind.RecurringMonthly)
            {
                var baseKey = DeadlineKeys.For(plan.Id, d);
                var day = d.DayOfMonth ?? d.Date.Day;
                // Bounded: one occurrence per month from the first one up to the window's end.
                for (var month = new DateOnly(d.Date.Year, d.Date.Month, 1); month.AddDays(-1 - maxLead - 31) <= maxSendDay; month = month.AddMonths(1))
                {
                    var date = new DateOnly(month.Year, month.Month, Math.Min(day, DateTime.DaysInMonth(month.Year, month.Month)));
                    if (date < d.Date) continue;
                    var last = date.AddDays(-1);
                    if (last < minLastDay || last.AddDays(-maxLead) > maxSendDay) continue;
                    yield return Build(DeadlineKeys.Occurrence(baseKey, date), plan, d, null, date, last, settings.FromLocal(date, TimeOnly.MinValue), null, d.Who);
                }
                continue;
            }
            var lastDay = d.Kind == DeadlineKind.Before ? d.Date.AddDays(-1) : d.Date;
            if (lastDay < minLastDay || lastDay.AddDays(-maxLead) > maxSendDay) continue;
            var due = d.Kind == DeadlineKind.Before ? d.Date : d.Date.AddDays(1);
            yield return Build(DeadlineKeys.For(plan.Id, d), plan, d, null, d.Date, lastDay, settings.FromLocal(due, TimeOnly.MinValue), null, d.Who);
        }
        foreach (var s in plan.Plan.Schedule)
        {
            if (s.End < minLastDay) continue;
            var first = s.Start < s.End.AddDays(-maxLead) ? s.Start : s.End.AddDays(-maxLead);
            if (first > maxSendDay) continue;
            yield return Build(DeadlineKeys.For(plan.Id, s), plan, null, s, s.End, s.End, settings.FromLocal(s.End.AddDays(1), TimeOnly.MinValue), s.Start, $"{s.Who} {s.Level}");
        }
    }

    private static ReminderTarget Build(string key, StoredPlan plan, Deadline? d, ScheduleItem? s, DateOnly date, DateOnly last, DateTimeOffset due, DateOnly? announce, string who)
    {
        var folded = VietnameseText.Fold(who);
        return new ReminderTarget(key, plan, d, s, date, last, due, announce) { FoldedWho = folded, Level = Relevance.LevelOf(folded) };
    }
}
