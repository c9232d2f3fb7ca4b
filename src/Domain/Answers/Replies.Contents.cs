using NhacHan.Domain.Plans;

namespace NhacHan.Domain.Answers;

/// <summary>Replies about what a report must contain.</summary>
internal sealed partial class Replies
{
    private Answer? Contents(Question q, SearchIndex.Hits hits, IReadOnlyCollection<PlanRow>? within)
    {
        var ranked = resolver.Rank(q, hits, [EntryKind.Contents], within, LevelMask.None);
        var groups = resolver.Decide(hits, PlanResolver.Best(index, ranked));
        if (groups.Count == 0) return null;
        if (groups.Count > 1) return Choose(groups.Select(g => g.Row), "cnt", "nội dung");
        var row = groups[0].Row;
        var stored = index.Plan(row)!;
        var contents = stored.Plan.Contents;
        var b = new RichTextBuilder();
        b.Line($"Nội dung cần có gồm {contents.Count} mục:");
        for (var i = 0; i < contents.Count; i++) b.Line($"{i + 1}. {Ellipsis(contents[i])}");
        b.Line($"📄 {AnswerWriter.PlanLabel(stored)} — phần nội dung");
        _facts.Add(new AnswerFact(row.Id, "nội dung", string.Join(" | ", contents), null));
        return new Answer(b.Build(), _facts,
        [
            new AnswerChoice("Xem hạn", $"p:{row.Id}:due"),
            new AnswerChoice("Tóm tắt kế hoạch", $"p:{row.Id}:sum"),
        ]);
    }

    private static string Ellipsis(string item) =>
        item.EndsWith('.') || item.EndsWith(';') ? item.TrimEnd('.', ';') : item + " …";
}
