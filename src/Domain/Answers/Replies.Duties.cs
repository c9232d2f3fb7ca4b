using NhacHan.Domain.Plans;
using NhacHan.Domain.Text;

namespace NhacHan.Domain.Answers;

/// <summary>Replies about who does what: units and their duties.</summary>
internal sealed partial class Replies
{
    private Answer? Responsibility(Question q, SearchIndex.Hits hits, IReadOnlyCollection<PlanRow>? within, LevelMask level)
    {
        if (q.Terms.Count == 0 && within is null) return null;
        var ranked = resolver.Rank(q, hits, [EntryKind.Unit], within, level);
        ranked = ByUnitName(q, ranked);
        var groups = PlanResolver.Best(index, ranked, keep: 0.85);
        if (groups.Count == 0) return null;
        var b = new RichTextBuilder();
        var units = groups.Take(MaxChoices)
            .SelectMany(g => g.Items.Take(2).Select(r => (g.Row, Plan: index.Plan(g.Row)!, Unit: index.Plan(g.Row)!.Plan.Units[index.Entry(r.Entry).Index])))
            .ToList();
        var names = units.Select(u => VietnameseText.Fold(u.Unit.Unit)).Distinct().Count();
        if (names == 1 && groups.Count > 1)
            b.Bold(units[0].Unit.Unit).Line($" có nhiệm vụ trong {groups.Count} kế hoạch:");
        else if (names == 1)
            b.Bold(units[0].Unit.Unit).Line(" có nhiệm vụ:");
        foreach (var (row, plan, unit) in units)
        {
            var where = unit.Section is { } s ? " — " + AnswerWriter.Section(s) : "";
            if (names == 1 && groups.Count == 1)
                b.Line($"📄 {AnswerWriter.PlanLabel(plan)}{where}");
            else if (names == 1)
                b.Line($"• {AnswerWriter.PlanLabel(plan)}{where}:");
            else
                b.Text("• ").Bold(unit.Unit).Line($" ({AnswerWriter.PlanLabel(plan)}{where}):");
            foreach (var duty in unit.Duties) b.Line($"   – {Ellipsis(duty)}");
            _facts.Add(new AnswerFact(row.Id, unit.Section ?? "", unit.Unit + ": " + string.Join(" | ", unit.Duties), null));
        }
        var choices = groups.Count == 1
            ? new[] { new AnswerChoice("Xem hạn", $"p:{groups[0].Row.Id}:due") }
            : [];
        return new Answer(b.Build(), _facts, choices);
    }

    /// <summary>
    /// When the question names a unit ("btc huyện ủy", "chi bộ, đảng bộ cơ sở"), units whose own name covers
    /// the question best come first; a unit merely mentioned in another unit's duties does not.
    /// </summary>
    private List<Ranked> ByUnitName(Question q, List<Ranked> ranked)
    {
        if (q.Terms.Count == 0 || ranked.Count == 0) return ranked;
        var terms = q.Terms.ToHashSet(StringComparer.Ordinal);
        var scored = ranked.Take(200).Select(r =>
        {
            var name = index.UnitName(r.Entry);
            return (Ranked: r, Coverage: terms.Count(t => name.Contains(t)) / (double)terms.Count);
        }).ToList();
        var best = scored.Max(x => x.Coverage);
        if (best < 0.5) return ranked;
        return scored.Where(x => x.Coverage >= best - 1e-9).Select(x => x.Ranked).ToList();
    }
}
