using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using NhacHan.Domain.Answers;
using NhacHan.Domain.Storage;

namespace NhacHan.Domain.Tests.Answers;

/// <summary>
/// Table-driven questions (tests/fixtures/answers/questions.json) over the shared gold plans and the project's
/// own fixtures. Each case asserts the texts that must be there, the dates that must be there, and that no
/// other date is stated outside quoted source sentences and plan names (a wrong date is the worst bug).
/// </summary>
public sealed partial class QuestionTests(QuestionTests.Stores stores) : IClassFixture<QuestionTests.Stores>
{
    public sealed record Case(
        string Corpus, string Now, string Q, string[] Dates, string[] Contains, string[]? Allow, string[]? Absent,
        int? Choices, string? Level);

    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    public static IReadOnlyList<Case> All { get; } = JsonSerializer.Deserialize<Case[]>(
        File.ReadAllText(Path.Combine(PlanFixtures.Directory, "questions.json")), Json)!;

    public static TheoryData<int, string> Cases()
    {
        var data = new TheoryData<int, string>();
        for (var i = 0; i < All.Count; i++) data.Add(i, $"{All[i].Corpus}: {All[i].Q}");
        return data;
    }

    /// <summary>One store per corpus: own fixtures only, or the shared plans plus the own fixtures.</summary>
    public sealed class Stores : IDisposable
    {
        private readonly Lazy<EngineHarness> _own = new(() => new EngineHarness(PlanFixtures.Own(), ["kh70-2022-hu"]));
        private readonly Lazy<EngineHarness> _shared = new(() =>
            new EngineHarness(PlanFixtures.Shared().Concat(PlanFixtures.Own()), ["kh70-2022-hu"]));

        public EngineHarness For(string corpus) => corpus == "shared" ? _shared.Value : _own.Value;

        public void Dispose()
        {
            if (_own.IsValueCreated) _own.Value.Dispose();
            if (_shared.IsValueCreated) _shared.Value.Dispose();
        }
    }

    [Fact]
    public void The_table_is_big_and_mostly_typed_without_diacritics()
    {
        Assert.True(All.Count >= 90, $"only {All.Count} questions");
        var ascii = All.Count(c => c.Q.All(ch => ch < 128));
        Assert.True(ascii * 2 >= All.Count, $"only {ascii} of {All.Count} questions are without diacritics");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Answers_state_the_right_dates_and_no_others(int index, string name)
    {
        var c = All[index];
        // ../shared is absent on this clone: the shared-corpus questions cannot run (the own-fixture ones do).
        if (c.Corpus == "shared" && SharedCorpus.ExpectedDirectory is null) return;
        var h = stores.For(c.Corpus);
        var today = DateOnly.ParseExact(c.Now, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var profile = c.Level is { } level ? new ChatProfile(1) { Level = Enum.Parse<UnitLevel>(level) } : null;
        var answer = h.Ask(c.Q, today, profile);
        var full = answer.Text + string.Concat(answer.Choices.Select(ch => "\n[" + ch.Label + "]"));
        var because = $"{name}\n---\n{full}";

        foreach (var s in c.Contains) Assert.True(full.Contains(s, StringComparison.Ordinal), $"missing «{s}» in {because}");
        foreach (var s in c.Absent ?? []) Assert.False(full.Contains(s, StringComparison.Ordinal), $"unexpected «{s}» in {because}");
        if (c.Choices is { } n) Assert.True(answer.Choices.Count == n, $"{answer.Choices.Count} choices, expected {n}: {because}");
        foreach (var choice in answer.Choices)
        {
            Assert.True(choice.Action.All(ch => ch < 128) && choice.Action.Length <= 64, choice.Action);
        }

        var stated = StatedDates(h, answer);
        var allowed = c.Dates.Concat(c.Allow ?? []).ToHashSet(StringComparer.Ordinal);
        foreach (var d in stated) Assert.True(allowed.Contains(d), $"date {d} is not a date of a matching item: {because}");
        foreach (var d in c.Dates) Assert.True(stated.Contains(d), $"date {d} missing: {because}");
    }

    /// <summary>Dates written as the answer's own statements: quoted source sentences and plan names are left out.</summary>
    private static HashSet<string> StatedDates(EngineHarness h, Answer answer)
    {
        var text = string.Concat(answer.Text.Runs.Where(r => !r.Style.HasFlag(TextStyle.Quote)).Select(r => r.Text));
        foreach (var p in h.Store.All().OrderByDescending(p => AnswerWriter.PlanLabel(p).Length))
            text = text.Replace(AnswerWriter.PlanLabel(p), "", StringComparison.Ordinal);
        var dates = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match m in DateLike().Matches(text))
        {
            var d = new DateOnly(int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture),
                int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture));
            dates.Add(d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture));
        }
        return dates;
    }

    [GeneratedRegex(@"(?<!\d)(\d{1,2})/(\d{1,2})/(\d{4})(?!\d)")]
    private static partial Regex DateLike();
}
