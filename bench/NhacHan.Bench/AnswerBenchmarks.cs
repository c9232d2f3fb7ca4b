using System.Diagnostics;
using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using NhacHan.Domain.Answers;
using NhacHan.Domain.Plans;
using NhacHan.Domain.Storage;

namespace NhacHan.Bench;

/// <summary>
/// The conversation engine over 10,000 generated plans in a LiteDB file. The targets: answer p99 ≤ 5 ms,
/// ≥ 2,000 answers/s on 2 cores, index build ≤ 3 s, resident memory ≤ 200 MB. BenchmarkDotNet measures single
/// answers; <see cref="Setup"/> also measures latency percentiles, two-thread throughput, the index build and
/// the working set once, printing them (and writing answer-measurements.txt next to the artifacts); resident
/// memory is measured again in a plain child process (<see cref="AnswerRssProbe"/>).
/// </summary>
[MemoryDiagnoser]
public class AnswerBenchmarks
{
    public const int PlanCount = 10_000;

    private NhacHanDatabase _db = null!;
    private SearchIndex _index = null!;
    private ConversationEngine _engine = null!;
    private string[] _questions = [];

    /// <summary>Opens the store, builds the index, and (for the first benchmark only) runs the manual measurements.</summary>
    [GlobalSetup(Target = nameof(DueDate))]
    public void SetupAndMeasure() => Setup(measure: true);

    [GlobalSetup(Targets = [nameof(PlanByNumber), nameof(UnitDuties), nameof(ThisWeek), nameof(NothingFound)])]
    public void SetupOnly() => Setup(measure: false);

    private void Setup(bool measure)
    {
        var path = PlanGenerator.EnsureDatabase(PlanCount);
        GC.Collect();
        var heapBefore = GC.GetTotalMemory(true);
        _db = NhacHanDatabase.Open(path);
        var clock = new FixedClock(new DateTimeOffset(2024, 11, 20, 1, 0, 0, TimeSpan.Zero));
        var store = new LiteDbPlanStore(_db, clock);

        GC.Collect();
        var build = Stopwatch.StartNew();
        _index = new SearchIndex(store);
        build.Stop();
        _engine = new ConversationEngine(_index, clock);
        _questions = PlanGenerator.Questions();

        if (!measure) return;
        var heapAfterBuild = GC.GetTotalMemory(true);
        var report = AnswerLoad.Measure(_engine, _questions, build.Elapsed, _index)
            + string.Create(CultureInfo.InvariantCulture, $"managed heap growth from opening the store and building the index: {(heapAfterBuild - heapBefore) / 1024.0 / 1024.0:F0} MB\n");
        // This process carries BenchmarkDotNet's engine and the generator's leftovers; resident memory is measured
        // in a plain child process configured like the bot (workstation GC), and with server GC for comparison.
        report += AnswerRssProbe.InChild(path, serverGc: false) + AnswerRssProbe.InChild(path, serverGc: true);
        Console.WriteLine(report);
        File.WriteAllText("answer-measurements.txt", report);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _index.Dispose();
        _db.Dispose();
    }

    [Benchmark]
    public Answer DueDate() => _engine.Ask("han nop bao cao tong ket ct 35 cua cap co so la khi nao", null);

    [Benchmark]
    public Answer PlanByNumber() => _engine.Ask("kh 1234", null);

    [Benchmark]
    public Answer UnitDuties() => _engine.Ask("ban to chuc huyen uy muong te phai lam gi", null);

    [Benchmark]
    public Answer ThisWeek() => _engine.Ask("tuần này có hạn gì không", null);

    [Benchmark]
    public Answer NothingFound() => _engine.Ask("han nop dang phi quy 4", null);
}

/// <summary>The manual measurements: latency percentiles, throughput on two threads, memory.</summary>
public static class AnswerLoad
{
    public static string Measure(IConversationEngine engine, string[] questions, TimeSpan build, SearchIndex index)
    {
        // Warm up every path, and time each question kind on its own.
        var perQuestion = new StringBuilder();
        foreach (var q in questions)
        {
            engine.Ask(q, null);
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var t = Stopwatch.GetTimestamp();
            for (var i = 0; i < 20; i++) engine.Ask(q, null);
            var ms = Stopwatch.GetElapsedTime(t).TotalMilliseconds / 20;
            var kb = (GC.GetAllocatedBytesForCurrentThread() - allocated) / 20 / 1024.0;
            perQuestion.AppendLine(CultureInfo.InvariantCulture, $"  {ms:F3} ms {kb,7:F1} KB  {q}");
        }
        Console.WriteLine(perQuestion);

        const int samples = 4_000;
        var latencies = new double[samples];
        for (var i = 0; i < samples; i++)
        {
            var q = questions[i % questions.Length];
            var t = Stopwatch.GetTimestamp();
            engine.Ask(q, null);
            latencies[i] = Stopwatch.GetElapsedTime(t).TotalMilliseconds;
        }
        Array.Sort(latencies);

        const int perThread = 4_000;
        var wall = Stopwatch.StartNew();
        var threads = Enumerable.Range(0, 2).Select(n => new Thread(() =>
        {
            for (var i = 0; i < perThread; i++) engine.Ask(questions[(i + n * 7) % questions.Length], null);
        })).ToArray();
        foreach (var th in threads) th.Start();
        foreach (var th in threads) th.Join();
        wall.Stop();

        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        using var self = Process.GetCurrentProcess();
        self.Refresh();

        var sb = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        sb.AppendLine(inv, $"plans: {index.PlanCount}, index entries: {index.EntryCount}, terms: {index.TermCount}, questions: {questions.Length}");
        sb.AppendLine(inv, $"index build: {build.TotalMilliseconds:F0} ms");
        sb.AppendLine(inv, $"latency (1 thread, {samples} answers): p50 {Percentile(latencies, 0.50):F3} ms, p90 {Percentile(latencies, 0.90):F3} ms, p99 {Percentile(latencies, 0.99):F3} ms, max {latencies[^1]:F3} ms");
        sb.AppendLine(inv, $"throughput (2 threads, {2 * perThread} answers): {2 * perThread / wall.Elapsed.TotalSeconds:F0} answers/s");
        sb.AppendLine(inv, $"working set: {self.WorkingSet64 / 1024.0 / 1024.0:F0} MB, managed heap: {GC.GetTotalMemory(false) / 1024.0 / 1024.0:F0} MB");
        sb.AppendLine(inv, $"processors: {Environment.ProcessorCount}");
        sb.Append(perQuestion);
        return sb.ToString();
    }

    private static double Percentile(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)(p * sorted.Length))];
}

/// <summary>A clock stopped at one moment.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}

/// <summary>
/// 10,000 plans varied from the project's fixtures (tests/fixtures/answers/plans, copied to the bench output):
/// numbers, issuers, localities, dates and unit names change, so the index sees realistic spread.
/// The database file is generated once and reused by later benchmark processes.
/// </summary>
public static class PlanGenerator
{
    private static readonly string[] Districts =
    [
        "Mường Tè", "Phong Thổ", "Sìn Hồ", "Tam Đường", "Than Uyên", "Tân Uyên", "Nậm Nhùn", "Mường Lát", "Quan Hóa",
        "Bá Thước", "Lang Chánh", "Ngọc Lặc", "Cẩm Thủy", "Thạch Thành", "Hà Trung", "Vĩnh Lộc", "Yên Định", "Thọ Xuân",
        "Thường Xuân", "Triệu Sơn", "Thiệu Hóa", "Hoằng Hóa", "Hậu Lộc", "Nga Sơn", "Như Xuân", "Như Thanh", "Nông Cống",
        "Đông Sơn", "Quảng Xương", "Tĩnh Gia",
    ];

    private static readonly string[] Provinces = ["Lai Châu", "Thanh Hóa", "Hưng Yên", "Thừa Thiên Huế", "Điện Biên", "Sơn La"];

    private static readonly string[] Topics =
    [
        "công tác phát triển đảng viên", "kiểm tra, giám sát", "học tập, quán triệt nghị quyết", "tổng kết công tác xây dựng Đảng",
        "chuẩn bị đại hội đảng bộ các cấp", "công tác dân vận", "cải cách hành chính", "chuyển đổi số trong cơ quan đảng",
        "phòng, chống tham nhũng, tiêu cực", "bảo vệ nền tảng tư tưởng của Đảng",
    ];

    private const string MarkerCollection = "bench";

    public static string EnsureDatabase(int count)
    {
        var path = Path.Combine(Path.GetTempPath(), $"nhachan-bench-{count}-v2.db");
        if (File.Exists(path))
        {
            // A few generated plans share an identity and are stored as new versions, so the collection holds
            // fewer than `count` documents: a marker says the file is complete (else every run regenerated it).
            using var check = NhacHanDatabase.Open(path);
            if (check.Lite.GetCollection(MarkerCollection).FindById("generated")?["plans"].AsInt32 == count) return path;
        }
        File.Delete(path);
        File.Delete(Path.ChangeExtension(path, null) + "-log.db");
        var templates = Templates();
        // Built in memory (a file would flush each of the 10,000 transactions), then written out once.
        var memory = new MemoryStream();
        using (var db = NhacHanDatabase.OnStream(memory))
        {
            var store = new LiteDbPlanStore(db, new FixedClock(new DateTimeOffset(2024, 11, 1, 0, 0, 0, TimeSpan.Zero)));
            var rng = new Random(20241120);
            for (var i = 0; i < count; i++)
            {
                var plan = Vary(templates[i % templates.Length], i, rng);
                var bytes = Encoding.UTF8.GetBytes(PlanJson.Serialize(plan));
                store.Save(plan, $"plan-{i}.docx", bytes, "bench");
            }
            db.Lite.GetCollection(MarkerCollection).Upsert(new LiteDB.BsonDocument { ["_id"] = "generated", ["plans"] = count });
            db.Lite.Checkpoint();
            File.WriteAllBytes(path, memory.ToArray());
        }
        return path;
    }

    private static Plan[] Templates()
    {
        var dir = Path.Combine(AppContext.BaseDirectory, "fixtures", "answers", "plans");
        return Directory.GetFiles(dir, "*.json").OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => PlanJson.Deserialize(File.ReadAllText(f)) with { Supersedes = [] })
            .ToArray();
    }

    private static Plan Vary(Plan t, int i, Random rng)
    {
        var district = Districts[i % Districts.Length];
        var province = Provinces[i / Districts.Length % Provinces.Length];
        var shift = rng.Next(-400, 400);
        var topic = Topics[rng.Next(Topics.Length)];
        var level = i % 3;
        var suffix = level switch { 0 => "KH/HU", 1 => "KH/TU", _ => "KH/ĐU" };
        var issuer = level switch
        {
            0 => "Ban Thường vụ Huyện ủy",
            1 => "Ban Thường vụ Tỉnh ủy",
            _ => $"Đảng ủy xã {Districts[(i / 3) % Districts.Length]}",
        };
        var place = level == 1 ? province : district;
        string Local(string s) => s.Replace("Huyện ủy", $"Huyện ủy {district}", StringComparison.Ordinal)
            .Replace("Tỉnh ủy", $"Tỉnh ủy {province}", StringComparison.Ordinal);
        DateOnly Shift(DateOnly d) => d.AddDays(shift);
        return t with
        {
            Number = $"{i % 1500 + 1}-{suffix}",
            IssuedOn = t.IssuedOn is { } on ? Shift(on) : new DateOnly(2024, 1, 1).AddDays(shift),
            IssuedMonth = null,
            Place = place,
            Issuer = issuer,
            Title = $"{t.Title} — {topic} ({place})",
            Deadlines = t.Deadlines.Select(d => d with { Date = Shift(d.Date), Who = Local(d.Who), Quote = Local(d.Quote) + $" [{i}]" }).ToArray(),
            Schedule = t.Schedule.Select(s => s with { Start = Shift(s.Start), End = Shift(s.End), Who = Local(s.Who) }).ToArray(),
            Events = t.Events.Select(e => e with { Start = e.Start.AddDays(shift), Place = e.Place is null ? null : $"{e.Place}, {place}" }).ToArray(),
            Units = t.Units.Select(u => u with { Unit = Local(u.Unit) }).ToArray(),
        };
    }

    /// <summary>A mix of the question kinds secretaries ask, naming generated numbers, units and places.</summary>
    public static string[] Questions() =>
    [
        "han nop bao cao tong ket ct 35 cua cap co so la khi nao",
        "kh 1234",
        "kế hoạch số 77 năm 2024",
        "ban to chuc huyen uy muong te phai lam gi",
        "ubkt tinh uy lai chau co nhiem vu gi",
        "tuần này có hạn gì không",
        "thang 12/2024 cap co so phai lam gi",
        "7 ngay toi co han gi",
        "sap den han",
        "hoi nghi trien khai phat trien dang vien phong tho hop o dau",
        "noi dung dai hoi chi bo gom nhung gi",
        "ket nap dang vien dot 1 han khi nao",
        "chi uy gui du thao bao cao chinh tri ve dang uy xa cham nhat ngay nao",
        "van phong dang uy tong hop lich dai hoi chi bo truoc ngay nao",
        "han nop dang phi quy 4",
        "uy ban kiem traa tinh uy tong hop bao cao truoc ngay nao",
        "/kehoach",
        "/help",
        "ke hoach 146 nam 2023 han khi nao",
        "kiem tra giam sat chuan bi dai hoi thanh hoa han bao cao",
    ];
}
