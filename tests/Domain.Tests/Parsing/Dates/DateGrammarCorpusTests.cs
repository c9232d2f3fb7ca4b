using System.Text.Json;
using NhacHan.Domain.Parsing.Dates;
using NhacHan.Domain.Plans;

namespace NhacHan.Domain.Tests.Parsing.Dates;

/// <summary>The grammar over the four real plans: every gold deadline and reference date is found as labelled.</summary>
public class DateGrammarCorpusTests
{
    [SharedCorpusFact]
    public void Every_gold_deadline_is_a_mention_with_its_date_and_kind()
    {
        var missing = new List<string>();
        var checkedCount = 0;
        foreach (var (text, gold, reference) in Corpus())
        {
            var mentions = DateGrammar.Find(text, reference);
            foreach (var d in gold.GetProperty("deadlines").EnumerateArray())
            {
                checkedCount++;
                var quote = d.GetProperty("quote").GetString()!;
                var date = DateOnly.Parse(d.GetProperty("date").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
                var kind = KindOf(d.GetProperty("kind").GetString()!);
                var at = text.IndexOf(quote, StringComparison.Ordinal);
                Assert.True(at >= 0, "quote not in text: " + quote);
                var hit = mentions.Any(m => !m.IsCitation && m.Date == date && m.Kind == kind
                    && m.Span.Start < at + quote.Length && m.Span.End > at);
                if (!hit) missing.Add($"{date:yyyy-MM-dd} {kind}: {quote}");
            }
        }
        Assert.True(checkedCount >= 20);
        Assert.Empty(missing);
    }

    [SharedCorpusFact]
    public void Reference_dates_are_citations_and_citations_are_references()
    {
        foreach (var (text, gold, reference) in Corpus())
        {
            var mentions = DateGrammar.Find(text, reference);
            var referenceDates = gold.GetProperty("references").EnumerateArray()
                .Select(r => r.GetProperty("date").GetString())
                .Where(d => d is not null)
                .Select(d => DateOnly.Parse(d!, System.Globalization.CultureInfo.InvariantCulture))
                .ToHashSet();
            var cited = mentions.Where(m => m.IsCitation).Select(m => m.Date!.Value).ToHashSet();
            Assert.Equal(referenceDates.OrderBy(d => d), cited.OrderBy(d => d));
        }
    }

    [SharedCorpusFact]
    public void Header_dates_match_issued_on_and_issued_month()
    {
        foreach (var (text, gold, _) in Corpus())
        {
            var first = DateGrammar.Find(text, null).FirstOrDefault(m => !m.IsCitation);
            var issuedOn = gold.GetProperty("issued_on").GetString();
            var issuedMonth = gold.GetProperty("issued_month").GetString();
            if (issuedOn is not null)
                Assert.Equal(issuedOn, first!.Date!.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            if (issuedMonth is not null)
            {
                Assert.Equal(DateMentionType.BlankDay, first!.Type);
                Assert.Equal(issuedMonth, first.RangeStart!.Value.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture));
            }
        }
    }

    private static IEnumerable<(string Text, JsonElement Gold, DateOnly? Reference)> Corpus()
    {
        foreach (var file in SharedCorpus.PlanFiles())
        {
            var text = File.ReadAllText(file);
            var json = Path.Combine(SharedCorpus.ExpectedDirectory!, Path.GetFileNameWithoutExtension(file) + ".json");
            var gold = JsonDocument.Parse(File.ReadAllText(json)).RootElement.Clone();
            var issued = gold.GetProperty("issued_on").GetString();
            yield return (text, gold, issued is null ? null : DateOnly.Parse(issued, System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    private static DeadlineKind KindOf(string kind) => kind switch
    {
        "before" => DeadlineKind.Before,
        "on" => DeadlineKind.On,
        "by_month" => DeadlineKind.ByMonth,
        "start" => DeadlineKind.Start,
        "range_end" => DeadlineKind.RangeEnd,
        _ => DeadlineKind.RecurringMonthly,
    };
}
