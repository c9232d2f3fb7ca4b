using NhacHan.Domain.Plans;
using NhacHan.Domain.Reminders;
using NhacHan.Domain.Storage;

namespace NhacHan.Bot.Telegram.Chat;

/// <summary>A deadline with the plan it belongs to and its position there.</summary>
public sealed record DeadlineRow(StoredPlan Plan, int Index, Deadline Deadline);

/// <summary>What the list commands read from the store: active plans, and the deadlines that concern a chat.</summary>
public sealed class PlanQueries(IPlanStore plans)
{
    public IReadOnlyList<StoredPlan> Active() =>
        plans.All().Where(p => p.Status == PlanStatus.Active)
            .OrderByDescending(p => p.Plan.ReferenceDate ?? DateOnly.MinValue)
            .ThenBy(p => p.Id, StringComparer.Ordinal)
            .ToArray();

    public StoredPlan? Get(string id) => plans.Get(id);

    public IReadOnlyList<DeadlineRow> Concerning(ChatProfile? profile) =>
        Active()
            .SelectMany(p => p.Plan.Deadlines.Select((d, i) => new DeadlineRow(p, i, d)))
            .Where(r => Relevance.Concerns(r.Deadline, r.Plan.Id, profile))
            .OrderBy(r => r.Deadline.Date)
            .ThenBy(r => r.Plan.Id, StringComparer.Ordinal)
            .ThenBy(r => r.Index)
            .ToArray();
}
