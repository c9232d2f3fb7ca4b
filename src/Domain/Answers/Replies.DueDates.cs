using NhacHan.Domain.Plans;

namespace NhacHan.Domain.Answers;

/// <summary>Replies about due dates: "hạn … khi nào", and "no deadline in this plan".</summary>
internal sealed partial class Replies
{
    private Answer? DueDates(Question q, SearchIndex.Hits hits, IReadOnlyCollection<PlanRow>? within, LevelMask level)
    {
        var ranked = resolver.Rank(q, hits, [EntryKind.Deadline, EntryKind.Relative], within, level);
        var groups = resolver.Decide(hits, PlanResolver.Best(index, ranked));
        if (groups.Count == 0) return null;
        if (groups.Count > 1) return Choose(groups.Select(g => g.Row), "due", "hạn");
        var (row, items) = groups[0];
        var stored = index.Plan(row)!;
        var deadlines = items.Where(r => index.Entry(r.Entry).Kind == EntryKind.Deadline)
            .Select(r => stored.Plan.Deadlines[index.Entry(r.Entry).Index]).ToList();
        var relative = items.Where(r => index.Entry(r.Entry).Kind == EntryKind.Relative)
            .Select(r => stored.Plan.RelativeDeadlines[index.Entry(r.Entry).Index]).Take(3).ToList();
        // Finished items only when nothing else is left.
        if (deadlines.Any(d => !d.Done)) deadlines.RemoveAll(d => d.Done);
        var shown = deadlines.Take(MaxItems).OrderBy(d => d.Date).ToList();

        var b = new RichTextBuilder();
        if (shown.Count + relative.Count == 1)
        {
            if (shown.Count == 1)
            {
                var d = shown[0];
                b.Bold(AnswerWriter.When(d, today)).Line($" — {AnswerWriter.CountdownOf(d, today)}");
                b.Line(AnswerWriter.WhoWhat(d) + ".");
                YearNote(b, d);
                AnswerWriter.Source(b, stored, d.Section, d.Quote);
            }
            else
            {
                var r = relative[0];
                b.Bold($"Thời hạn tính theo: {r.Anchor}").Line(" (văn bản không ghi ngày cụ thể)");
                b.Line($"{AnswerWriter.Capital(r.Who)}: {r.What}.");
                AnswerWriter.Source(b, stored, r.Section, r.Quote);
                _facts.Add(new AnswerFact(row.Id, r.Section, r.Quote, null));
            }
        }
        else
        {
            b.Line($"{shown.Count + relative.Count} mốc thời hạn:");
            foreach (var d in shown)
            {
                b.Text("• ").Bold(AnswerWriter.When(d, today)).Line($" — {AnswerWriter.CountdownOf(d, today)}");
                b.Line($"  {AnswerWriter.WhoWhat(d)} — {AnswerWriter.Section(d.Section)}");
                b.Text("  ").Quote(AnswerWriter.Quote(d.Quote)).Line();
                YearNote(b, d);
            }
            foreach (var r in relative)
            {
                b.Text("• ").Bold($"Tính theo: {r.Anchor}").Line(" (không có ngày cụ thể)");
                b.Line($"  {AnswerWriter.Capital(r.Who)}: {r.What} — {AnswerWriter.Section(r.Section)}");
                b.Text("  ").Quote(AnswerWriter.Quote(r.Quote)).Line();
                _facts.Add(new AnswerFact(row.Id, r.Section, r.Quote, null));
            }
            if (deadlines.Count > shown.Count) b.Line($"… và {deadlines.Count - shown.Count} mốc khác.");
            AnswerWriter.Source(b, stored, null, null);
        }
        foreach (var d in shown) Fact(row, d);
        return new Answer(b.Build(), _facts, [new AnswerChoice("Tóm tắt kế hoạch", $"p:{row.Id}:sum")]);
    }

    private static void YearNote(RichTextBuilder b, Deadline d)
    {
        if (d.YearInferred) b.Line("  ⚠️ Văn bản không ghi năm; năm được lấy theo ngày ban hành kế hoạch.");
    }

    private Answer? NoDeadlineIn(IReadOnlyCollection<PlanRow>? within)
    {
        if (within is not { Count: 1 }) return null;
        var stored = index.Plan(within.First())!;
        var b = new RichTextBuilder();
        b.Line("Kế hoạch này không ghi mốc thời hạn theo ngày cụ thể cho nội dung bạn hỏi.");
        foreach (var r in stored.Plan.RelativeDeadlines.Take(3))
        {
            b.Line($"• {AnswerWriter.Capital(r.Who)}: {r.What} — thời hạn tính theo: {r.Anchor} ({AnswerWriter.Section(r.Section)})");
            b.Quote(AnswerWriter.Quote(r.Quote)).Line();
        }
        AnswerWriter.Source(b, stored, null, null);
        return new Answer(b.Build(), _facts, [new AnswerChoice("Tóm tắt kế hoạch", $"p:{stored.Id}:sum")]);
    }
}
