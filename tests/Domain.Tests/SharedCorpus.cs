namespace NhacHan.Domain.Tests;

/// <summary>Finds ../shared/plans (the development corpus) from the test's working directory, if present.</summary>
public static class SharedCorpus
{
    public static string? PlansDirectory { get; } = Find();

    public static string? ExpectedDirectory => PlansDirectory is null ? null : Path.Combine(PlansDirectory, "expected");

    private static string? Find()
    {
        var env = Environment.GetEnvironmentVariable("NHACHAN_SHARED_PLANS");
        if (!string.IsNullOrEmpty(env) && Directory.Exists(env)) return env;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "plans");
            if (Directory.Exists(Path.Combine(candidate, "expected"))) return candidate;
            var sibling = Path.Combine(dir.FullName, "..", "shared", "plans");
            if (Directory.Exists(Path.Combine(sibling, "expected"))) return Path.GetFullPath(sibling);
        }
        return null;
    }

    /// <summary>The corpus files, or none (tests then rely on tests/fixtures).</summary>
    public static IEnumerable<string> PlanFiles() =>
        PlansDirectory is null ? [] : Directory.GetFiles(PlansDirectory, "*.txt").OrderBy(f => f, StringComparer.Ordinal);
}
