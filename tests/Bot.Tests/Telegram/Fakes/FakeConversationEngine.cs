using System.Globalization;
using NhacHan.Domain.Answers;
using NhacHan.Domain.Reminders;
using NhacHan.Domain.Storage;
using NhacHan.Domain.Text;

namespace NhacHan.Bot.Tests.Telegram.Fakes;

/// <summary>
/// A small stand-in for the ConversationEngine: "han" questions get the first deadline that concerns the chat,
/// with its quote and a choice; "cham" answers after <see cref="SlowDelay"/> (restart test); "gay loi" throws; else "not found".
/// </summary>
public sealed class FakeConversationEngine(IPlanStore plans) : IConversationEngine
{
    public static readonly TimeSpan SlowDelay = TimeSpan.FromSeconds(2);
    public const string NotFound = "Chưa tìm thấy nội dung này trong các kế hoạch đã lưu.";

    public Answer Ask(string text, ChatProfile? profile)
    {
        var folded = VietnameseText.Fold(text);
        if (folded.Contains("gay loi", StringComparison.Ordinal)) throw new InvalidOperationException("engine failure for the test");
        if (folded.Contains("cham", StringComparison.Ordinal)) Thread.Sleep(SlowDelay);
        if (!folded.Contains("han", StringComparison.Ordinal) && !folded.Contains("cham", StringComparison.Ordinal))
            return Answer.Of(RichText.Plain(NotFound));
        var hit = plans.All().Where(p => p.Status == PlanStatus.Active)
            .SelectMany(p => p.Plan.Deadlines.Select(d => (Plan: p, Deadline: d)))
            .Where(x => Relevance.Concerns(x.Deadline, x.Plan.Id, profile))
            .OrderBy(x => x.Deadline.Date)
            .FirstOrDefault();
        if (hit.Plan is null) return Answer.Of(RichText.Plain(NotFound));
        var d = hit.Deadline;
        var body = new RichTextBuilder()
            .Bold($"Trước ngày {d.Date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}").Line()
            .Line($"{d.Who}: {d.What}")
            .Quote(d.Quote)
            .Build();
        return new Answer(body, [new AnswerFact(hit.Plan.Id, d.Section, d.Quote, d.Date)],
            [new AnswerChoice("Xem nội dung báo cáo", $"contents:{hit.Plan.Id}")]);
    }

    public Answer Choose(string action, ChatProfile? profile)
    {
        var id = action.StartsWith("contents:", StringComparison.Ordinal) ? action["contents:".Length..] : "";
        var plan = plans.Get(id);
        if (plan is null) return Answer.Of(RichText.Plain(NotFound));
        var b = new RichTextBuilder().Line($"Báo cáo gồm {plan.Plan.Contents.Count} nội dung:");
        foreach (var c in plan.Plan.Contents) b.Line("• " + c);
        return Answer.Of(b.Build());
    }
}
