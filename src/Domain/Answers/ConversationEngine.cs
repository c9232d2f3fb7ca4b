using System.Collections.Concurrent;
using NhacHan.Domain.Plans;
using NhacHan.Domain.Storage;

namespace NhacHan.Domain.Answers;

/// <summary>
/// Text in, answer out. Reads the question (<see cref="IntentReader"/>), finds the plans and items
/// (<see cref="PlanResolver"/> over the <see cref="SearchIndex"/>), and writes the reply (<see cref="Replies"/>).
/// "Today" is the local date in Asia/Ho_Chi_Minh from the injected clock.
/// </summary>
public sealed class ConversationEngine : IConversationEngine
{
    private const int RememberedChats = 10_000;

    private readonly SearchIndex _index;
    private readonly TimeProvider _time;
    private readonly PlanResolver _resolver;
    private readonly ConcurrentDictionary<long, string> _lastQuestion = new();

    public ConversationEngine(SearchIndex index, TimeProvider time)
    {
        _index = index;
        _time = time;
        _resolver = new PlanResolver(index);
    }

    public DateOnly Today => LocalCalendar.Today(_time, LocalCalendar.DefaultZone);

    public Answer Ask(string text, ChatProfile? profile)
    {
        var today = Today;
        var q = IntentReader.Read(text ?? "", today);
        if (q.Intent is not (Intent.Help or Intent.ListPlans or Intent.UnknownCommand))
        {
            if (_lastQuestion.Count >= RememberedChats) _lastQuestion.Clear();
            _lastQuestion[profile?.ChatId ?? 0] = text ?? "";
        }
        using var read = _index.Read();
        return new Replies(_index, _resolver, today, profile).Answer(q, within: null);
    }

    public Answer Choose(string action, ChatProfile? profile)
    {
        var today = Today;
        using var read = _index.Read();
        var replies = new Replies(_index, _resolver, today, profile);
        // "p:<planId>:<what>" — follow up the last question within the chosen plan.
        var parts = (action ?? "").Split(':');
        if (parts.Length == 3 && parts[0] == "p" && _index.RowOf(parts[1]) is { } row)
        {
            var intent = parts[2] switch
            {
                "due" => Intent.DueDate,
                "cnt" => Intent.Contents,
                "who" => Intent.Responsibility,
                "mtg" => Intent.Meeting,
                _ => Intent.PlanSummary,
            };
            var last = _lastQuestion.GetValueOrDefault(profile?.ChatId ?? 0, "");
            var q = IntentReader.Read(last, today) with { Intent = intent };
            // A summary or a button from a summary shows the whole plan, not the old question's topic.
            if (parts[2] is "sum" or "all") q = q with { Terms = [] };
            return replies.Answer(q, within: [row]);
        }
        return replies.Answer(IntentReader.Read(action ?? "", today), within: null);
    }
}
