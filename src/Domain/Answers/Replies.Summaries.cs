using NhacHan.Domain.Plans;

namespace NhacHan.Domain.Answers;

/// <summary>Replies with a plan's summary.</summary>
internal sealed partial class Replies
{
    private Answer Summary(Question q, SearchIndex.Hits hits, IReadOnlyCollection<PlanRow>? within)
    {
        List<PlanRow> rows;
        if (within is not null) rows = within.ToList();
        else
        {
            var ranked = resolver.Rank(q, hits, [EntryKind.Plan], null, LevelMask.None);
            rows = PlanResolver.Best(index, ranked).Select(g => g.Row).ToList();
        }
        if (rows.Count == 0) return NotFound(q);
        if (rows.Count > 1) return Choose(rows, "sum", "kế hoạch", q);
        var row = rows[0];
        var stored = index.Plan(row)!;
        var p = stored.Plan;
        var b = new RichTextBuilder();
        b.Bold("📄 " + AnswerWriter.PlanLabel(stored)).Line();
        var open = p.Deadlines.Where(d => !d.Done).OrderBy(d => AnswerWriter.DueDate(d, today)).ToList();
        var done = p.Deadlines.Count - open.Count;
        b.Line($"{p.Deadlines.Count} mốc thời hạn{(done > 0 ? $" ({done} đã hoàn thành)" : "")}:");
        foreach (var d in open.Take(8))
        {
            b.Text("• ").Bold(AnswerWriter.When(d, today)).Line($" — {AnswerWriter.CountdownOf(d, today)} — {AnswerWriter.WhoWhat(d)} ({AnswerWriter.Section(d.Section)})");
            Fact(row, d);
        }
        if (open.Count > 8) b.Line($"… và {open.Count - 8} mốc khác.");
        foreach (var ev in p.Events.Take(2))
            b.Text("• Họp: ").Bold(AnswerWriter.EventTime(ev.Start)).Line($" — {ev.What}");
        var counts = new List<string>();
        if (p.Schedule.Count > 0) counts.Add($"{p.Schedule.Count} việc theo lịch");
        if (p.Units.Count > 0) counts.Add($"{p.Units.Count} đơn vị có nhiệm vụ");
        if (p.Contents.Count > 0) counts.Add($"{p.Contents.Count} nội dung");
        if (counts.Count > 0) b.Line(string.Join(" · ", counts));
        var choices = new List<AnswerChoice>();
        if (p.Contents.Count > 0) choices.Add(new AnswerChoice("Nội dung", $"p:{row.Id}:cnt"));
        if (p.Units.Count > 0) choices.Add(new AnswerChoice("Đơn vị phụ trách", $"p:{row.Id}:who"));
        if (p.Events.Count > 0) choices.Add(new AnswerChoice("Lịch họp", $"p:{row.Id}:mtg"));
        return new Answer(b.Build(), _facts, choices);
    }
}
