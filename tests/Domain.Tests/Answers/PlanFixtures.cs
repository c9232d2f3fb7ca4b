using System.Text;
using Microsoft.Extensions.Time.Testing;
using NhacHan.Domain.Answers;
using NhacHan.Domain.Plans;
using NhacHan.Domain.Storage;

namespace NhacHan.Domain.Tests.Answers;

/// <summary>Test plans: the project's own fixtures (tests/fixtures/answers/plans) and the shared gold labels.</summary>
public static class PlanFixtures
{
    public static string Directory => Path.Combine(AppContext.BaseDirectory, "fixtures", "answers");

    public static IReadOnlyList<(string Name, Plan Plan)> Own() =>
        System.IO.Directory.GetFiles(Path.Combine(Directory, "plans"), "*.json")
            .OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => (Path.GetFileNameWithoutExtension(f), PlanJson.Deserialize(File.ReadAllText(f))))
            .ToArray();

    public static IReadOnlyList<(string Name, Plan Plan)> Shared() =>
        SharedCorpus.ExpectedDirectory is { } dir
            ? System.IO.Directory.GetFiles(dir, "*.json").OrderBy(f => f, StringComparer.Ordinal)
                .Select(f => (Path.GetFileNameWithoutExtension(f), PlanJson.Deserialize(File.ReadAllText(f))))
                .ToArray()
            : [];

    public static Plan OwnPlan(string name) => Own().Single(p => p.Name == name).Plan;

    /// <summary>Bytes that stand for a plan's original file (its JSON): distinct plans, distinct hashes.</summary>
    public static byte[] Bytes(Plan plan) => Encoding.UTF8.GetBytes(PlanJson.Serialize(plan));
}

/// <summary>A store in memory with the given plans, an index and an engine at a fixed "now".</summary>
public sealed class EngineHarness : IDisposable
{
    public NhacHanDatabase Db { get; } = NhacHanDatabase.InMemory();
    public FakeTimeProvider Time { get; } = new();
    public LiteDbPlanStore Store { get; }
    public SearchIndex Index { get; }
    public Dictionary<string, string> Ids { get; } = new(StringComparer.Ordinal);

    public EngineHarness(IEnumerable<(string Name, Plan Plan)> plans, string[]? archive = null)
    {
        Time.SetUtcNow(new DateTimeOffset(2024, 1, 20, 1, 0, 0, TimeSpan.Zero));
        Store = new LiteDbPlanStore(Db, Time);
        foreach (var (name, plan) in plans) Ids[name] = Store.Save(plan, name + ".json", PlanFixtures.Bytes(plan), "test").Stored.Id;
        foreach (var name in archive ?? []) Store.Archive(Ids[name], "test");
        Index = new SearchIndex(Store);
    }

    private readonly Dictionary<DateOnly, ConversationEngine> _engines = [];

    /// <summary>An engine whose clock (a FakeTimeProvider) reads 08:00 on that local (UTC+7) date.</summary>
    public ConversationEngine At(DateOnly today)
    {
        if (_engines.TryGetValue(today, out var engine)) return engine;
        var clock = new FakeTimeProvider(new DateTimeOffset(today.ToDateTime(new TimeOnly(8, 0)), TimeSpan.FromHours(7)));
        return _engines[today] = new ConversationEngine(Index, clock);
    }

    public Answer Ask(string q, DateOnly today, ChatProfile? profile = null) => At(today).Ask(q, profile);

    public void Dispose()
    {
        Index.Dispose();
        Db.Dispose();
    }
}
