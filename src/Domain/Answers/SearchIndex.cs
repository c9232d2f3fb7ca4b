using NhacHan.Domain.Plans;
using NhacHan.Domain.Storage;
using NhacHan.Domain.Text;

namespace NhacHan.Domain.Answers;

/// <summary>
/// In-memory inverted index over folded syllables and syllable pairs of every stored plan's items, built from
/// the store at start and updated on <see cref="IPlanStore.Changed"/>. Compact on purpose: entries are small
/// structs addressed by int, postings are int arrays, and plans themselves stay in the store (read on demand
/// for the few an answer needs). Readers take a shared lock; updates take it exclusively.
/// </summary>
public sealed class SearchIndex : IDisposable
{
    private readonly IPlanStore _store;
    private readonly ReaderWriterLockSlim _lock = new(LockRecursionPolicy.SupportsRecursion);
    private readonly List<IndexEntry> _entries = [];
    private readonly List<PlanRow> _rows = [];
    private readonly Dictionary<string, PlanRow> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _termIds = new(StringComparer.Ordinal);
    private readonly List<Postings> _postings = [];
    private readonly Dictionary<int, List<string>> _syllablesByLength = [];
    private readonly Dictionary<string, List<int>> _ownKeys = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _citedKeys = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _referenceKeys = new(StringComparer.Ordinal);
    private readonly List<(int Day, int Entry)> _deadlineDates = [];
    private readonly List<(int Start, int End, int Entry)> _schedulePeriods = [];
    private readonly List<(int Entry, int FirstDay, int DayOfMonth)> _recurring = [];
    private readonly Dictionary<int, string[]> _unitNames = [];
    private bool _datesSorted = true;

    [ThreadStatic] private static Hits? t_hits;

    /// <summary>Match bits: query syllable i sets bit i; the pair starting at i sets bit <see cref="PairBit"/> + i.</summary>
    public const int PairBit = 32;

    public SearchIndex(IPlanStore store)
    {
        _store = store;
        if (store is LiteDbPlanStore lite) BuildPipelined(lite);
        else foreach (var p in store.All()) AddUnlocked(p);
        SortDates();
        // Posting lists grew by doubling; give back the slack once the bulk build is done.
        foreach (var p in _postings)
            if (p.Items.Length > p.Count) Array.Resize(ref p.Items, Math.Max(1, p.Count));
        _deadlineDates.TrimExcess();
        _entries.TrimExcess();
        // Building from a large store reads and drops every plan once; hand that memory back to the OS now
        // rather than keep it resident for the life of the process.
        if (_entries.Count >= RestrictFrom)
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        store.Changed += OnChanged;
    }

    /// <summary>
    /// Reading and deserialising plans (LiteDB, JSON) takes about as long as indexing them: one thread reads ahead
    /// into a small bounded queue while this one indexes, so a start on two cores takes the longer of the two,
    /// not their sum — and at most <see cref="ReadAhead"/> plans are held at once.
    /// </summary>
    private void BuildPipelined(LiteDbPlanStore store)
    {
        using var queue = new System.Collections.Concurrent.BlockingCollection<StoredPlan>(ReadAhead);
        using var stop = new CancellationTokenSource();
        var reader = Task.Run(() =>
        {
            try
            {
                foreach (var p in store.Stream()) queue.Add(p, stop.Token);
            }
            finally
            {
                queue.CompleteAdding();
            }
        });
        try
        {
            foreach (var p in queue.GetConsumingEnumerable()) AddUnlocked(p);
        }
        catch
        {
            // Indexing failed: let the reader stop instead of blocking on a full queue forever.
            stop.Cancel();
            try { reader.Wait(); } catch (AggregateException) { }
            throw;
        }
        // A read failure (a corrupt document) surfaces here, as it would have on this thread.
        reader.GetAwaiter().GetResult();
    }

    private const int ReadAhead = 256;

    public int EntryCount => _entries.Count;

    public int PlanCount => _byId.Count;

    public int TermCount => _termIds.Count;

    internal sealed class Postings
    {
        public int[] Items = new int[2];
        public int Count;

        public void Add(int entry)
        {
            if (Count > 0 && Items[Count - 1] == entry) return;
            if (Count == Items.Length) Array.Resize(ref Items, Math.Max(2, Items.Length * 2));
            Items[Count++] = entry;
        }
    }

    /// <summary>A read scope: hold it while using rows and entries so an import does not interleave.</summary>
    public ReadScope Read()
    {
        _lock.EnterReadLock();
        return new ReadScope(_lock);
    }

    public readonly struct ReadScope(ReaderWriterLockSlim rw) : IDisposable
    {
        public void Dispose() => rw.ExitReadLock();
    }

    public IndexEntry Entry(int id) => _entries[id];

    public PlanRow Row(int row) => _rows[row];

    public PlanRow? RowOf(string planId) => _byId.GetValueOrDefault(planId);

    public IEnumerable<PlanRow> Rows => _byId.Values;

    public StoredPlan? Plan(PlanRow row) => _store.Get(row.Id);

    /// <summary>Plans (current versions, any status) whose own number has the key.</summary>
    public IEnumerable<PlanRow> ByOwnKey(string key) => Lookup(_ownKeys, key);

    /// <summary>Plans whose title names the document (the plans that implement it).</summary>
    public IEnumerable<PlanRow> ByCitedKey(string key) => Lookup(_citedKeys, key);

    /// <summary>Plans that cite the document anywhere.</summary>
    public IEnumerable<PlanRow> ByReferenceKey(string key) => Lookup(_referenceKeys, key);

    private IEnumerable<PlanRow> Lookup(Dictionary<string, List<int>> map, string key) =>
        map.TryGetValue(key, out var rows) ? rows.Select(r => _rows[r]).Where(r => r.Alive) : [];

    /// <summary>Deadline entries dated within [from, to], in date order.</summary>
    public IEnumerable<int> DeadlinesBetween(DateOnly from, DateOnly to)
    {
        var lo = from.DayNumber;
        var hi = to.DayNumber;
        var i = LowerBound(lo);
        for (; i < _deadlineDates.Count && _deadlineDates[i].Day <= hi; i++) yield return _deadlineDates[i].Entry;
    }

    /// <summary>Monthly deadlines ("trước ngày 25 hằng tháng"): they recur in every window after their first date.</summary>
    public IReadOnlyList<(int Entry, int FirstDay, int DayOfMonth)> RecurringDeadlines => _recurring;

    /// <summary>The folded syllables of a unit entry's name (ranking by the unit a question names).</summary>
    public IReadOnlyList<string> UnitName(int entry) => _unitNames.TryGetValue(entry, out var n) ? n : [];

    /// <summary>Schedule entries whose period overlaps [from, to].</summary>
    public IEnumerable<int> ScheduleOverlapping(DateOnly from, DateOnly to)
    {
        var lo = from.DayNumber;
        var hi = to.DayNumber;
        foreach (var (start, end, entry) in _schedulePeriods)
            if (start <= hi && end >= lo) yield return entry;
    }

    private int LowerBound(int day)
    {
        int lo = 0, hi = _deadlineDates.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_deadlineDates[mid].Day < day) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /// <summary>
    /// Scores every entry that shares a syllable or syllable pair with the query, weighted by rarity (idf).
    /// Unknown syllables of four or more letters match a known one within one edit (typos).
    /// The returned hits are per thread and valid until the next search on the same thread.
    /// </summary>
    public Hits Search(IReadOnlyList<string> terms)
    {
        var hits = t_hits ??= new Hits();
        hits.Reset(_entries.Count);
        var n = (double)Math.Max(1, _entries.Count);
        var resolved = new string?[terms.Count];
        for (var i = 0; i < terms.Count; i++) resolved[i] = Resolve(terms[i]);

        // (postings, weight, bit) for every syllable and pair the index knows, rarest first.
        var work = new List<(Postings P, float W, int Bit)>(terms.Count * 2);
        var seen = new HashSet<int>();
        for (var i = 0; i < resolved.Length && i < PairBit; i++)
        {
            if (resolved[i] is not { } t) continue;
            if (_termIds.TryGetValue(t, out var id) && seen.Add(id))
                work.Add((_postings[id], (float)Math.Log(1 + n / _postings[id].Count) * (t == terms[i] ? 1f : 0.8f), i));
            if (i + 1 < resolved.Length && resolved[i + 1] is { } next
                && _termIds.TryGetValue(t + " " + next, out var pair) && seen.Add(pair))
                work.Add((_postings[pair], (float)Math.Log(1 + n / _postings[pair].Count) * 1.5f, PairBit + i));
        }
        work.Sort((a, b) => a.P.Count.CompareTo(b.P.Count));

        // In a large store a very common syllable ("ủy", "ban") only re-scores items the rarer words found:
        // walking its whole posting list into the candidates would cost more than everything else.
        var restrictAbove = _entries.Count >= RestrictFrom ? (int)(_entries.Count * CommonShare) : int.MaxValue;
        foreach (var (p, w, bit) in work)
        {
            if (p.Count > restrictAbove && hits.Touched.Count > 0) hits.AddTermToTouched(p, w, bit);
            else hits.AddTerm(p, w, bit);
        }
        return hits;
    }

    /// <summary>From this many entries on, common syllables only re-score (about 2,000 plans).</summary>
    private const int RestrictFrom = 20_000;

    /// <summary>A syllable in more than this share of all entries is "common".</summary>
    private const double CommonShare = 0.02;

    private string? Resolve(string term)
    {
        if (_termIds.ContainsKey(term)) return term;
        if (term.Length < 4 || term.Any(char.IsDigit)) return null;
        foreach (var len in (int[])[term.Length, term.Length - 1, term.Length + 1])
        {
            if (!_syllablesByLength.TryGetValue(len, out var candidates)) continue;
            foreach (var c in candidates)
                if (Syllables.Distance(term, c) <= 1) return c;
        }
        return null;
    }

    /// <summary>Per-thread score accumulator (no allocation per question once warm).</summary>
    public sealed class Hits
    {
        public float[] Scores { get; private set; } = [];
        public List<int> Touched { get; } = [];

        /// <summary>For each touched entry, a bit per query position it matched (first 64 terms).</summary>
        private ulong[] _matched = [];

        public bool Has(int entry) => entry < Scores.Length && Scores[entry] > 0;

        public float Score(int entry) => entry < Scores.Length ? Scores[entry] : 0;

        public ulong Matched(int entry) => entry < _matched.Length ? _matched[entry] : 0;

        internal void Reset(int size)
        {
            foreach (var e in Touched)
            {
                if (e < Scores.Length) Scores[e] = 0;
                if (e < _matched.Length) _matched[e] = 0;
            }
            Touched.Clear();
            if (Scores.Length < size)
            {
                Scores = new float[Math.Max(size, Scores.Length * 2)];
                _matched = new ulong[Scores.Length];
            }
        }

        internal void AddTermToTouched(Postings p, float weight, int position)
        {
            var items = p.Items;
            var bit = position is >= 0 and < 64 ? 1UL << position : 0UL;
            var scores = Scores;
            for (var i = 0; i < p.Count; i++)
            {
                var e = items[i];
                if (scores[e] == 0) continue;
                scores[e] += weight;
                _matched[e] |= bit;
            }
        }

        internal void AddTerm(Postings p, float weight, int position)
        {
            var items = p.Items;
            var bit = position is >= 0 and < 64 ? 1UL << position : 0UL;
            for (var i = 0; i < p.Count; i++)
            {
                var e = items[i];
                if (Scores[e] == 0) Touched.Add(e);
                Scores[e] += weight;
                _matched[e] |= bit;
            }
        }
    }

    private void OnChanged(StoredPlan plan)
    {
        _lock.EnterWriteLock();
        try
        {
            if (_byId.TryGetValue(plan.Id, out var old))
            {
                // The same file with a new status (superseded, archived): no need to re-index.
                if (old.Sha256 == plan.Source.Sha256)
                {
                    old.Status = plan.Status;
                    return;
                }
                old.Alive = false;
            }
            AddUnlocked(plan);
            SortDates();
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    private void SortDates()
    {
        if (_datesSorted) return;
        _deadlineDates.Sort((a, b) => a.Day != b.Day ? a.Day.CompareTo(b.Day) : a.Entry.CompareTo(b.Entry));
        _datesSorted = true;
    }

    private void AddUnlocked(StoredPlan stored)
    {
        var plan = stored.Plan;
        var row = new PlanRow
        {
            Row = _rows.Count,
            Id = stored.Id,
            Status = stored.Status,
            IsSample = stored.Source.IsSample,
            Sha256 = stored.Source.Sha256,
            Date = plan.ReferenceDate,
            OwnKeys = plan.Number is { } num && NumberKeys.OfNumber(num) is { } own ? [own] : [],
            CitedKeys = NumberKeys.Find(VietnameseText.Fold(plan.Title)).Select(k => k.Key).Distinct().ToArray(),
            ReferenceKeys = plan.References.Select(r => NumberKeys.OfNumber(r.Number)).OfType<string>().Distinct().ToArray(),
            SupersedesKeys = plan.Supersedes.Select(NumberKeys.OfNumber).OfType<string>().ToArray(),
            FirstEntry = _entries.Count,
        };
        _rows.Add(row);
        _byId[row.Id] = row;
        foreach (var k in row.OwnKeys) AddKey(_ownKeys, k, row.Row);
        foreach (var k in row.CitedKeys) AddKey(_citedKeys, k, row.Row);
        foreach (var k in row.ReferenceKeys) AddKey(_referenceKeys, k, row.Row);

        AddEntry(row, EntryKind.Plan, 0, LevelMask.None,
            plan.Number, plan.Title, plan.Issuer, plan.Place, "ke hoach");
        for (var i = 0; i < plan.Deadlines.Count; i++)
        {
            var d = plan.Deadlines[i];
            var level = LevelWords.In(VietnameseText.Fold(d.Who + " " + d.Section));
            var e = AddEntry(row, EntryKind.Deadline, i, level, d.Who, d.What, d.ReportTo, d.Via, d.Quote, "han");
            if (d.Done) _entries[e] = _entries[e] with { Done = true };
            _deadlineDates.Add((d.Date.DayNumber, e));
            _datesSorted = false;
            if (d.Kind == DeadlineKind.RecurringMonthly) _recurring.Add((e, d.Date.DayNumber, d.DayOfMonth ?? d.Date.Day));
        }
        for (var i = 0; i < plan.RelativeDeadlines.Count; i++)
        {
            var r = plan.RelativeDeadlines[i];
            AddEntry(row, EntryKind.Relative, i, LevelWords.In(VietnameseText.Fold(r.Who + " " + r.Section)),
                r.Who, r.What, r.Anchor, r.Quote, "han");
        }
        for (var i = 0; i < plan.Schedule.Count; i++)
        {
            var s = plan.Schedule[i];
            var e = AddEntry(row, EntryKind.Schedule, i, LevelWords.In(VietnameseText.Fold(s.Level + " " + s.Who)),
                s.Period, s.Level, s.Who, s.What);
            _schedulePeriods.Add((s.Start.DayNumber, s.End.DayNumber, e));
        }
        for (var i = 0; i < plan.Events.Count; i++)
        {
            var ev = plan.Events[i];
            AddEntry(row, EntryKind.Event, i, LevelMask.None,
                ev.What, ev.Place, string.Join(' ', ev.Participants), "hop hoi nghi");
        }
        for (var i = 0; i < plan.Units.Count; i++)
        {
            var u = plan.Units[i];
            var e = AddEntry(row, EntryKind.Unit, i, LevelWords.In(VietnameseText.Fold(u.Unit)), u.Unit, string.Join(" . ", u.Duties));
            _unitNames[e] = Syllables.Of(u.Unit).Select(string.Intern).ToArray();
        }
        if (plan.Contents.Count > 0)
            AddEntry(row, EntryKind.Contents, 0, LevelMask.None, "noi dung", string.Join(" . ", plan.Contents));
        row.EntryCount = _entries.Count - row.FirstEntry;
    }

    private static void AddKey(Dictionary<string, List<int>> map, string key, int row)
    {
        if (!map.TryGetValue(key, out var list)) map[key] = list = [];
        list.Add(row);
    }

    private int AddEntry(PlanRow row, EntryKind kind, int index, LevelMask level, params string?[] texts)
    {
        var id = _entries.Count;
        _entries.Add(new IndexEntry(row.Row, kind, level, index));
        foreach (var text in texts)
        {
            if (string.IsNullOrEmpty(text)) continue;
            var syllables = Syllables.Of(text);
            for (var i = 0; i < syllables.Count; i++)
            {
                Post(syllables[i], id, unigram: true);
                if (i + 1 < syllables.Count) Post(syllables[i] + " " + syllables[i + 1], id, unigram: false);
            }
        }
        return id;
    }

    private void Post(string term, int entry, bool unigram)
    {
        if (!_termIds.TryGetValue(term, out var tid))
        {
            tid = _postings.Count;
            term = string.Intern(term);
            _termIds[term] = tid;
            _postings.Add(new Postings());
            if (unigram && !term.Any(char.IsDigit))
            {
                if (!_syllablesByLength.TryGetValue(term.Length, out var list)) _syllablesByLength[term.Length] = list = [];
                list.Add(term);
            }
        }
        _postings[tid].Add(entry);
    }

    public void Dispose()
    {
        _store.Changed -= OnChanged;
        _lock.Dispose();
    }
}
