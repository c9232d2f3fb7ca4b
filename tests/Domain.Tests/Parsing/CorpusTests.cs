using System.Text;
using NhacHan.Domain.Parsing;
using NhacHan.Domain.Parsing.Dates;
using NhacHan.Domain.Plans;
using Xunit.Abstractions;

namespace NhacHan.Domain.Tests.Parsing;

/// <summary>
/// Parses every plan that has a gold JSON — the four of ../shared/plans (when present) and every file in
/// tests/fixtures/plans, tests/fixtures/plans-holdout and tests/fixtures/plans-holdout2 with expected/&lt;basename&gt;.json (.txt, .md, .docx, .pdf) —
/// and compares field by field.
/// </summary>
public class CorpusTests(ITestOutputHelper output)
{
    private const double Required = 0.9;

    private static readonly string[] Fields =
    [
        "deadline.who", "deadline.what", "deadline.report_to", "deadline.via", "deadline.section",
        "schedule", "units", "contents", "references", "recipients", "events",
    ];

    public static IEnumerable<(string Name, string Path, string Expected)> Cases()
    {
        if (SharedCorpus.ExpectedDirectory is { } shared)
            foreach (var f in SharedCorpus.PlanFiles())
            {
                var exp = Path.Combine(shared, Path.GetFileNameWithoutExtension(f) + ".json");
                if (File.Exists(exp)) yield return ("shared/" + Path.GetFileName(f), f, exp);
            }
        foreach (var set in (string[])["plans", "plans-holdout", "plans-holdout2"])
        {
            var fixtures = Path.Combine(AppContext.BaseDirectory, "fixtures", set);
            if (!Directory.Exists(fixtures)) continue;
            foreach (var f in Directory.GetFiles(fixtures).Order(StringComparer.Ordinal))
            {
                var exp = Path.Combine(fixtures, "expected", Path.GetFileNameWithoutExtension(f) + ".json");
                if (File.Exists(exp)) yield return ((set == "plans" ? "fixtures/" : set == "plans-holdout" ? "holdout/" : "holdout2/") + Path.GetFileName(f), f, exp);
            }
        }
    }

    /// <summary>The date grammar is another branch's work; until it lands, date fields cannot be compared.</summary>
    private static bool DateGrammarPresent => DateGrammar.Find("trước ngày 27/01/2024", null).Count > 0;

    [Fact]
    public void Every_plan_with_gold_labels_matches_them()
    {
        if (SharedCorpus.PlansDirectory is null)
            output.WriteLine("Shared corpus ../shared/plans not found: comparing the project's fixtures only.");
        var cases = Cases().ToList();
        Assert.NotEmpty(cases);
        var totals = Fields.ToDictionary(f => f, _ => new CorpusScoring.Score(0, 0));
        var table = new StringBuilder();
        table.AppendLine($"{"plan",-44} {"deadl.",7} " + string.Join(" ", Fields.Select(f => $"{Short(f),12}")));
        var failures = new List<string>();
        foreach (var (name, path, expectedPath) in cases)
        {
            var expected = PlanJson.Deserialize(File.ReadAllText(expectedPath));
            var result = PlanFileParser.Parse(Path.GetFileName(path), File.ReadAllBytes(path));
            Assert.True(result.Plan is not null, $"{name}: {result.Error?.Message}");
            var plan = result.Plan!;
            var source = result.Document!.Text;
            foreach (var d in plan.Deadlines)
                if (!source.Contains(d.Quote, StringComparison.Ordinal)) failures.Add($"{name}: quote not in source: {d.Quote}");
            foreach (var s in plan.Schedule)
                if (!source.Contains(s.Quote, StringComparison.Ordinal)) failures.Add($"{name}: schedule quote not in source: {s.Quote}");

            var expKeys = CorpusScoring.DeadlineKeys(expected);
            var actKeys = CorpusScoring.DeadlineKeys(plan);
            var setsEqual = expKeys.SequenceEqual(actKeys);
            if (DateGrammarPresent && !setsEqual)
                failures.Add($"{name}: deadline sets differ\n  expected: {string.Join(", ", expKeys)}\n  actual:   {string.Join(", ", actKeys)}");

            var scores = CorpusScoring.Compare(expected, plan);
            table.Append($"{name,-44} {(setsEqual ? "equal" : "DIFF"),7} ");
            table.AppendLine(string.Join(" ", Fields.Select(f => $"{scores[f],12}")));
            foreach (var f in Fields) totals[f] += scores[f];
            (string Field, string? Value)[] header = [("number", expected.Number), ("place", expected.Place), ("issuer", expected.Issuer), ("title", expected.Title)];
            foreach (var (field, value) in header)
            {
                var actual = field switch { "number" => plan.Number, "place" => plan.Place, "issuer" => plan.Issuer, _ => plan.Title };
                if (!CorpusScoring.Similar(value, actual)) failures.Add($"{name}: {field} expected '{value}', got '{actual}'");
            }
            if (expected.IssuedOn != plan.IssuedOn || expected.IssuedMonth != plan.IssuedMonth)
                failures.Add($"{name}: issue date expected {expected.IssuedOn}/{expected.IssuedMonth}, got {plan.IssuedOn}/{plan.IssuedMonth}");
            if (expected.Signer != plan.Signer) failures.Add($"{name}: signer expected {expected.Signer}, got {plan.Signer}");
            if (!expected.Supersedes.SequenceEqual(plan.Supersedes)) failures.Add($"{name}: supersedes differ");
        }
        table.Append($"{"TOTAL",-44} {"",7} ");
        table.AppendLine(string.Join(" ", Fields.Select(f => $"{totals[f],12}")));
        output.WriteLine(table.ToString());
        if (!DateGrammarPresent)
            output.WriteLine("Date grammar not merged yet (DateGrammar.Find returns nothing): deadline sets and deadline fields are reported, not asserted.");

        foreach (var f in Fields)
        {
            if (f.StartsWith("deadline.", StringComparison.Ordinal) && !DateGrammarPresent) continue;
            if (totals[f].Ratio < Required) failures.Add($"{f}: {totals[f]} below {Required:P0}");
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures) + "\n" + table);
    }

    private static string Short(string f) => f.Replace("deadline.", "d.", StringComparison.Ordinal);
}
