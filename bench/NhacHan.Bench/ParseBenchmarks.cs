using BenchmarkDotNet.Attributes;
using NhacHan.Domain.Documents;
using NhacHan.Domain.Parsing;
using NhacHan.Domain.Plans;

namespace NhacHan.Bench;

/// <summary>
/// Plan text → Plan (reader + model + every extractor), per plan of ../shared/plans (fallback: the project's
/// fixtures). Target: ≥ 20 MB/s, a 30 KB plan in ≤ 1.5 ms.
/// </summary>
[MemoryDiagnoser]
public class ParseBenchmarks
{
    private Dictionary<string, string> _texts = new(StringComparer.Ordinal);

    [ParamsSource(nameof(PlanNames))]
    public string Plan { get; set; } = "";

    public static IEnumerable<string> PlanNames() => Files().Select(Path.GetFileName).OfType<string>();

    [GlobalSetup]
    public void Setup() => _texts = Files().ToDictionary(f => Path.GetFileName(f), File.ReadAllText, StringComparer.Ordinal);

    [Benchmark]
    public Plan? ParseText() => PlanParser.Parse(PlainTextReader.Read(Plan, _texts[Plan])).Plan;

    private static IEnumerable<string> Files()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            foreach (var candidate in (string[])[Path.Combine(dir.FullName, "shared", "plans"), Path.Combine(dir.FullName, "..", "shared", "plans")])
                if (Directory.Exists(candidate))
                    return Directory.GetFiles(candidate, "*.txt").Order(StringComparer.Ordinal);
        }
        var fixtures = Path.Combine(AppContext.BaseDirectory, "fixtures", "plans");
        return Directory.Exists(fixtures) ? Directory.GetFiles(fixtures, "*.txt").Order(StringComparer.Ordinal) : [];
    }
}
