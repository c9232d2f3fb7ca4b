using NhacHan.Domain.Plans;
using NhacHan.Domain.Storage;

namespace NhacHan.Domain.Answers;

/// <summary>Writes the reply for one read question. One instance per question; holds the index's read lock via the caller.</summary>
internal sealed partial class Replies(SearchIndex index, PlanResolver resolver, DateOnly today, ChatProfile? profile)
{
    private const int MaxItems = 6;
    private const int MaxListed = 10;
    private const int MaxChoices = 5;

    public const string NotFoundText =
        "Chưa tìm thấy nội dung này trong các kế hoạch đã lưu. Bạn có thể hỏi về thời hạn, nội dung báo cáo, " +
        "đơn vị phụ trách, lịch họp — hoặc gõ /kehoach để xem danh sách kế hoạch.";

    private readonly List<AnswerFact> _facts = [];

    public Answer Answer(Question q, IReadOnlyCollection<PlanRow>? within)
    {
        switch (q.Intent)
        {
            case Intent.Help: return Help();
            case Intent.ListPlans: return ListPlans();
            case Intent.UnknownCommand: return UnknownCommand(q);
        }
        string? note = null;
        if (within is null && q.NumberKeys.Count > 0)
        {
            var match = resolver.ByNumbers(q);
            if (match.Active.Count == 0) return match.Inactive.Count > 0 ? Inactive(match) : NotFound(q);
            within = match.Active;
            if (match.OnlyCited.Count > 0) note = CitedOnlyNote(match);
        }
        var answer = AnswerWithin(q, within);
        return note is null ? answer : answer with { Text = new RichText([new TextRun(note + "\n", TextStyle.None), .. answer.Text.Runs]) };
    }

    /// <summary>"Kế hoạch số 294-KH/HU chưa được lưu; kế hoạch dưới đây thay thế / nhắc đến văn bản này."</summary>
    private string CitedOnlyNote(NumberMatch match)
    {
        var key = match.OnlyCited[0];
        var number = match.Active.SelectMany(r => index.Plan(r)!.Plan.References)
            .FirstOrDefault(r => NumberKeys.OfNumber(r.Number) == key)?.Number ?? KeyLabel(key);
        var replaces = match.Active.Any(r => r.SupersedesKeys.Contains(key));
        return replaces
            ? $"Văn bản số {number} chưa được lưu; kế hoạch dưới đây thay thế văn bản đó:"
            : $"Văn bản số {number} chưa được lưu; các kế hoạch dưới đây có nhắc đến văn bản đó:";
    }

    private Answer AnswerWithin(Question q, IReadOnlyCollection<PlanRow>? within)
    {
        var level = q.Level != LevelMask.None ? q.Level : LevelMask.None;
        var hits = index.Search(q.Terms);
        return q.Intent switch
        {
            Intent.Upcoming => Upcoming(q, hits, within, level),
            Intent.PlanSummary => Summary(q, hits, within),
            Intent.Contents => Contents(q, hits, within) ?? DueDates(q, hits, within, level) ?? NotFound(q),
            Intent.Responsibility => Responsibility(q, hits, within, level) ?? DueDates(q, hits, within, level) ?? NotFound(q),
            Intent.Meeting => Meeting(q, hits, within) ?? DueDates(q, hits, within, level) ?? NotFound(q),
            Intent.DueDate => DueDates(q, hits, within, level) ?? Meeting(q, hits, within) ?? NoDeadlineIn(within) ?? NotFound(q),
            _ => DueDates(q, hits, within, level) ?? Meeting(q, hits, within) ?? Responsibility(q, hits, within, level)
                ?? Contents(q, hits, within) ?? (within is not null ? Summary(q, hits, within) : NotFound(q)),
        };
    }

    private bool IsDone(int entry) => index.Entry(entry).Done;

    private Answer Choose(IEnumerable<PlanRow> rows, string code, string what, Question? q = null)
    {
        var list = rows.Take(MaxChoices).ToList();
        var b = new RichTextBuilder();
        b.Line(code == "sum"
            ? $"Có {list.Count} kế hoạch phù hợp — bạn muốn xem kế hoạch nào?"
            : $"Có {list.Count} kế hoạch phù hợp — bạn muốn xem {what} của kế hoạch nào?");
        if (q is not null) SameNumberNote(b, list, q);
        var choices = new List<AnswerChoice>();
        foreach (var row in list)
        {
            var stored = index.Plan(row)!;
            b.Line($"• {AnswerWriter.PlanLabel(stored)}");
            choices.Add(new AnswerChoice(AnswerWriter.ButtonLabel(stored), $"p:{row.Id}:{code}"));
        }
        return new Answer(b.Build(), [], choices);
    }

    /// <summary>
    /// "Lưu ý: có 2 văn bản cùng số 35-CT/TW (ban hành 30/05/2019 và 14/06/2024)": the same number names different
    /// documents in different terms. These are the cited documents' own dates, said as such — never as deadlines.
    /// </summary>
    private void SameNumberNote(RichTextBuilder b, List<PlanRow> rows, Question q)
    {
        foreach (var key in q.NumberKeys)
        {
            var refs = rows.SelectMany(r => index.Plan(r)!.Plan.References)
                .Where(r => r.Date is not null && NumberKeys.OfNumber(r.Number) == key)
                .GroupBy(r => r.Date).Select(g => g.First()).OrderBy(r => r.Date).ToList();
            if (refs.Count < 2) continue;
            var dates = string.Join(" và ", refs.Select(r => AnswerWriter.Date(r.Date!.Value)));
            b.Line($"Lưu ý: có {refs.Count} văn bản cùng số {refs[0].Number} (ban hành {dates}).");
        }
    }

    private static string KeyLabel(string key) => key[..2] switch
    {
        "kh" => "KH " + key[2..],
        "ct" => "CT " + key[2..],
        "nq" => "NQ " + key[2..],
        "kl" => "KL " + key[2..],
        "hd" => "HD " + key[2..],
        _ => key,
    };

    private void Fact(PlanRow row, Deadline d) =>
        _facts.Add(new AnswerFact(row.Id, d.Section, d.Quote, AnswerWriter.DueDate(d, today)));
}
