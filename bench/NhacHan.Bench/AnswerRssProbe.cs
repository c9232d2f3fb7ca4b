using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using NhacHan.Domain.Answers;
using NhacHan.Domain.Storage;

namespace NhacHan.Bench;

/// <summary>
/// Resident memory the way issue 4 means it: a plain process (no BenchmarkDotNet engine, no host) that opens the
/// 10,000-plan store, builds the index and answers on two threads, then reads its own VmRSS. Run it with
/// <c>NHACHAN_ANSWERS_RSS=/tmp/nhachan-bench-10000-v2.db dotnet bench/NhacHan.Bench/bin/Release/net10.0/NhacHan.Bench.dll</c>
/// (the module initializer takes over before BenchmarkSwitcher starts); <see cref="AnswerBenchmarks"/> starts it
/// as a child process. Set DOTNET_gcServer=1 to see what server GC (the ASP.NET default) would cost.
/// </summary>
public static class AnswerRssProbe
{
    public const string Variable = "NHACHAN_ANSWERS_RSS";

#pragma warning disable CA2255 // a module initializer is the only way into this process before Program.Main
    [ModuleInitializer]
#pragma warning restore CA2255
    internal static void RunIfAsked()
    {
        if (Environment.GetEnvironmentVariable(Variable) is not { Length: > 0 } path) return;
        Console.WriteLine(Measure(path));
        Environment.Exit(0);
    }

    /// <summary>Runs the probe in a child process (same bench assembly) and returns its report, or why it could not.</summary>
    public static string InChild(string dbPath, bool serverGc)
    {
        var dll = typeof(AnswerRssProbe).Assembly.Location;
        var config = Path.ChangeExtension(dll, ".runtimeconfig.json");
        if (!File.Exists(config))
        {
            // BenchmarkDotNet's generated runner: use the bench project's own output next to the sources.
            var original = Path.Combine(AppContext.BaseDirectory, "..", "NhacHan.Bench.dll");
            if (!File.Exists(Path.ChangeExtension(original, ".runtimeconfig.json"))) return "rss probe: NhacHan.Bench.runtimeconfig.json not found; run it by hand\n";
            dll = Path.GetFullPath(original);
        }
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add(dll);
        start.Environment[Variable] = dbPath;
        start.Environment["DOTNET_gcServer"] = serverGc ? "1" : "0";
        using var child = Process.Start(start)!;
        var output = child.StandardOutput.ReadToEnd();
        child.WaitForExit(120_000);
        return output;
    }

    public static string Measure(string dbPath)
    {
        var inv = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.AppendLine(inv, $"rss probe (plain process, server GC: {System.Runtime.GCSettings.IsServerGC}, concurrent: {AppContext.GetData("System.GC.Concurrent") ?? "default"})");
        sb.AppendLine(inv, $"  bare runtime:            {Rss()}");
        var clock = new FixedClock(new DateTimeOffset(2024, 11, 20, 1, 0, 0, TimeSpan.Zero));
        using var db = NhacHanDatabase.Open(dbPath);
        var store = new LiteDbPlanStore(db, clock);
        var build = Stopwatch.StartNew();
        using var index = new SearchIndex(store);
        build.Stop();
        sb.AppendLine(inv, $"  after index build:       {Rss()}  (build {build.ElapsedMilliseconds} ms, {index.PlanCount} plans)");
        var engine = new ConversationEngine(index, clock);
        var questions = PlanGenerator.Questions();
        var threads = Enumerable.Range(0, 2).Select(n => new Thread(() =>
        {
            for (var i = 0; i < 4_000; i++) engine.Ask(questions[(i + n * 7) % questions.Length], null);
        })).ToArray();
        foreach (var t in threads) t.Start();
        foreach (var t in threads) t.Join();
        sb.AppendLine(inv, $"  after 8,000 answers:     {Rss()}");
        if (Environment.GetEnvironmentVariable("NHACHAN_ANSWERS_LOAD") == "1")
            sb.Append(AnswerLoad.Measure(engine, questions, build.Elapsed, index));
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var info = GC.GetGCMemoryInfo();
        sb.AppendLine(inv, $"  after a full GC:         {Rss()}");
        sb.AppendLine(inv, $"  managed heap {Mb(GC.GetTotalMemory(false))}, GC committed {Mb(info.TotalCommittedBytes)}, fragmented {Mb(info.FragmentedBytes)}, peak RSS (VmHWM) {Status("VmHWM")}");
        // What LiteDB's page cache holds: the managed heap that goes away with the database.
        var heap = GC.GetTotalMemory(true);
        index.Dispose();
        db.Dispose();
        GC.KeepAlive(engine);
        sb.AppendLine(inv, $"  heap freed by closing the database (LiteDB cache, store cache): {Mb(heap - GC.GetTotalMemory(true))}");
        return sb.ToString();
    }

    private static string Mb(long bytes) => (bytes / 1024.0 / 1024.0).ToString("F0", CultureInfo.InvariantCulture) + " MB";

    private static string Rss() => $"RSS {Status("VmRSS")}, managed heap {Mb(GC.GetTotalMemory(false))}";

    /// <summary>A memory line of /proc/self/status in MB ("VmRSS", "VmHWM"); empty off Linux.</summary>
    private static string Status(string key)
    {
        if (!File.Exists("/proc/self/status")) return "n/a";
        foreach (var line in File.ReadLines("/proc/self/status"))
            if (line.StartsWith(key + ":", StringComparison.Ordinal))
            {
                var kb = long.Parse(line[(key.Length + 1)..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
                return Mb(kb * 1024);
            }
        return "n/a";
    }
}
