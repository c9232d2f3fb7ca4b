using NhacHan.Domain.Plans;

namespace NhacHan.Domain.Answers;

/// <summary>Replies about meetings: when, where, who attends.</summary>
internal sealed partial class Replies
{
    private Answer? Meeting(Question q, SearchIndex.Hits hits, IReadOnlyCollection<PlanRow>? within)
    {
        var ranked = resolver.Rank(q, hits, [EntryKind.Event], within, LevelMask.None);
        var groups = resolver.Decide(hits, PlanResolver.Best(index, ranked));
        if (groups.Count == 0) return null;
        if (groups.Count > 1) return Choose(groups.Select(g => g.Row), "mtg", "cuộc họp");
        var (row, items) = groups[0];
        var stored = index.Plan(row)!;
        var b = new RichTextBuilder();
        foreach (var r in items.Take(3))
        {
            var ev = stored.Plan.Events[index.Entry(r.Entry).Index];
            var date = DateOnly.FromDateTime(ev.Start);
            b.Text($"{AnswerWriter.Capital(ev.What)}: ").Bold(AnswerWriter.EventTime(ev.Start)).Line($" — {Countdown.To(date, today)}");
            if (ev.Place is { } place) b.Line($"Tại: {place}.");
            if (ev.Participants.Count > 0) b.Line($"Thành phần: {string.Join("; ", ev.Participants)}.");
            AnswerWriter.Source(b, stored, ev.Section, ev.Quote);
            _facts.Add(new AnswerFact(row.Id, ev.Section ?? "", ev.Quote ?? ev.What, date));
        }
        return new Answer(b.Build(), _facts, [new AnswerChoice("Tóm tắt kế hoạch", $"p:{row.Id}:sum")]);
    }
}
