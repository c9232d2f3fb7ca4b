using BenchmarkDotNet.Attributes;
using NhacHan.Domain.Plans;
using NhacHan.Domain.Reminders;
using NhacHan.Domain.Storage;

namespace NhacHan.Bench;

/// <summary>
/// Reminder planning for 10,000 chats × 10,000 plans (target ≤ 1 s): what is due at 07:30 on one morning, and
/// the schedule of one day. Each plan has 3 deadlines spread over two years, one plan in 20 a quarterly schedule
/// of 2 items; 70 % of chats are cells, 20 % district, 10 % province, a quarter with a named unit, one in ten
/// following two plans.
/// </summary>
[MemoryDiagnoser]
public class ReminderBenchmarks
{
    private static readonly TimeSpan Vn = TimeSpan.FromHours(7);
    private readonly ReminderPlanner _planner = new(new ReminderSettings());
    private StoredPlan[] _plans = [];
    private ChatProfile[] _chats = [];
    private DateTimeOffset _morning;

    [Params(10_000)]
    public int Chats { get; set; }

    [Params(10_000)]
    public int Plans { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var rng = new Random(42);
        var start = new DateOnly(2025, 1, 1);
        string[] whos = ["Cấp cơ sở", "Cấp huyện", "Ban Thường vụ Tỉnh ủy", "Các chi bộ trực thuộc", "Ban Tổ chức Huyện ủy", "Đảng ủy xã Tân Lập"];
        string[] units = ["Ban Tổ chức Huyện ủy", "Đảng ủy xã Tân Lập", "Chi bộ thôn 3", "Ban Tuyên giáo"];
        _plans = Enumerable.Range(0, Plans).Select(i =>
        {
            var deadlines = Enumerable.Range(0, 3).Select(j =>
            {
                var date = start.AddDays(rng.Next(0, 730));
                var kind = (DeadlineKind)rng.Next(0, 3);
                return new Deadline(date, kind, whos[rng.Next(whos.Length)], $"Báo cáo việc {i}.{j}", null, null, $"III.{j + 1}", $"trước ngày {date:dd/MM/yyyy}", false);
            }).ToArray();
            var q = rng.Next(0, 8);
            var schedule = Enumerable.Range(0, i % 20 == 0 ? 2 : 0).Select(j => new ScheduleItem($"Quý {q % 4 + 1}/{2025 + q / 4}",
                start.AddMonths(q * 3), start.AddMonths(q * 3 + 3).AddDays(-1), j == 0 ? "Cấp tỉnh" : "Cấp huyện và tương đương",
                "Ban Thường vụ", $"Việc theo quý {i}.{j}", "Việc theo quý")).ToArray();
            return new StoredPlan($"p{i:x6}", new Plan { Number = $"{i}-KH/TU", Title = "Kế hoạch", Deadlines = deadlines, Schedule = schedule },
                PlanStatus.Active, new PlanSource("f.docx", "sha", "cli", DateTimeOffset.UnixEpoch, false));
        }).ToArray();
        _chats = Enumerable.Range(0, Chats).Select(i => new ChatProfile(1_000_000 + i)
        {
            Level = (i % 10) switch { < 7 => UnitLevel.Grassroots, < 9 => UnitLevel.District, _ => UnitLevel.Province },
            Unit = i % 4 == 0 ? units[i / 4 % units.Length] : null,
            FollowedPlanIds = i % 10 == 0 ? [_plans[i % Plans].Id, _plans[(i * 7) % Plans].Id] : [],
        }).ToArray();
        _morning = new DateTimeOffset(2025, 9, 15, 7, 30, 0, Vn);
        // What is planned for this morning; everything planned earlier was sent on its day.
        var everything = new ChatProfile(0) { FollowedPlanIds = _plans.Select(p => p.Id).ToArray() };
        _state = new SentBeforeToday(_planner.Schedule(_plans, [everything], _morning.AddMinutes(-1), _morning.AddMinutes(1))
            .Select(r => (r.Target.Key, r.Tag)).ToHashSet());
    }

    private SentBeforeToday _state = null!;

    /// <summary>The background service's question at 07:30: everything due now (nothing sent yet that day).</summary>
    [Benchmark]
    public int DueAtMorning() => _planner.Due(_plans, _chats, _morning, _state).Sum(b => b.Items.Count);

    /// <summary>The `reminders` verb's question for one day.</summary>
    [Benchmark]
    public int ScheduleOneDay() => _planner.Schedule(_plans, _chats, _morning.AddHours(-7.5), _morning.AddHours(16.5)).Count;

    /// <summary>Everything planned before this morning counts as sent to everyone (the steady state of a running
    /// bot): a (deadline, lead) not planned for this morning answers "every chat".</summary>
    private sealed class SentBeforeToday(HashSet<(string Key, string Tag)> today) : IReminderState
    {
        private static readonly IReadOnlySet<long> None = new HashSet<long>();
        private static readonly IReadOnlySet<long> All = new EveryChat();

        public IReadOnlySet<long> SentTo(string key, string tag) => today.Contains((key, tag)) ? None : All;

        public IReadOnlySet<long> DoneBy(string key) => None;

        public IReadOnlyDictionary<long, DateTimeOffset> SnoozedBy(string key) => new Dictionary<long, DateTimeOffset>();

        public IReadOnlyList<(long ChatId, string Key, DateTimeOffset Until)> Snoozes() => [];
    }

    /// <summary>A set that contains every chat id.</summary>
    private sealed class EveryChat : IReadOnlySet<long>
    {
        public int Count => int.MaxValue;
        public bool Contains(long item) => true;
        public IEnumerator<long> GetEnumerator() => throw new NotSupportedException();
        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
        public bool IsProperSubsetOf(IEnumerable<long> other) => false;
        public bool IsProperSupersetOf(IEnumerable<long> other) => true;
        public bool IsSubsetOf(IEnumerable<long> other) => false;
        public bool IsSupersetOf(IEnumerable<long> other) => true;
        public bool Overlaps(IEnumerable<long> other) => other.Any();
        public bool SetEquals(IEnumerable<long> other) => false;
    }
}
