using NhacHan.Domain.Storage;

namespace NhacHan.Domain.Answers;

/// <summary>A ranked item: an index entry, its score, and whether the question's topic is covered.</summary>
public readonly record struct Ranked(int Entry, float Score);

/// <summary>Which plans a question names by number, and which of those are no longer answered from.</summary>
/// <param name="OnlyCited">Keys no stored plan has as its own number or title: the plans found merely cite them.</param>
public sealed record NumberMatch(IReadOnlyList<PlanRow> Active, IReadOnlyList<PlanRow> Inactive, IReadOnlyList<string> Keys)
{
    public IReadOnlyList<string> OnlyCited { get; init; } = [];
}

/// <summary>
/// Decides which plans and items a question is about: by document number (the plan's own number, else the
/// directive its title implements, else any citation), by topic syllables, and by level. Only active plans
/// are answered from; several equally good plans are returned for the engine to ask about, not guessed.
/// </summary>
public sealed class PlanResolver(SearchIndex index)
{
    /// <summary>The share of the topic's syllables an item (with its plan's title) must cover to count.</summary>
    private const double Coverage = 0.6;

    public NumberMatch ByNumbers(Question q)
    {
        var active = new List<PlanRow>();
        var inactive = new List<PlanRow>();
        var onlyCited = new List<string>();
        var seen = new HashSet<int>();
        // One pass per key without intermediate lists: a directive may be cited by thousands of stored plans.
        void Take(PlanRow r)
        {
            if (!seen.Add(r.Row)) return;
            if (r.Answerable) active.Add(r);
            else inactive.Add(r);
        }
        foreach (var key in q.NumberKeys)
        {
            var found = false;
            foreach (var r in index.ByOwnKey(key))
            {
                found = true;
                Take(r);
            }
            foreach (var r in index.ByCitedKey(key))
            {
                found = true;
                Take(r);
            }
            if (found) continue;
            foreach (var r in index.ByReferenceKey(key))
            {
                found = true;
                Take(r);
            }
            if (found) onlyCited.Add(key);
        }
        // Two numbers ("kế hoạch 146 thực hiện chỉ thị 35") narrow to the plans matching all of them.
        if (q.NumberKeys.Count > 1)
        {
            var all = active.Where(r => q.NumberKeys.All(k => r.OwnKeys.Contains(k) || r.CitedKeys.Contains(k))).ToList();
            if (all.Count > 0) active = all;
        }
        // Numbers restart each term: a year in the question ("kh 146 năm 2024") picks the term.
        var years = q.Terms.Where(t => t.Length == 4 && t.StartsWith("20", StringComparison.Ordinal) && t.All(char.IsDigit))
            .Select(t => int.Parse(t, System.Globalization.CultureInfo.InvariantCulture)).ToHashSet();
        if (years.Count > 0 && active.Count > 1)
        {
            var ofYear = active.Where(r => r.Date is { } d && years.Contains(d.Year)).ToList();
            if (ofYear.Count > 0) active = ofYear;
        }
        return new NumberMatch(active, inactive, q.NumberKeys) { OnlyCited = onlyCited };
    }

    /// <summary>Candidates of the last <see cref="Rank"/> on this thread: reused so a large store's long candidate
    /// lists do not allocate (and promote) hundreds of kilobytes per answer.</summary>
    [ThreadStatic] private static List<Ranked>? t_ranked;

    [ThreadStatic] private static List<(int Entry, float Score)>? t_titles;

    /// <summary>At most this many ranked items are returned: answers show a handful, choices five plans.</summary>
    private const int MaxRanked = 512;

    /// <summary>
    /// Items of the given kinds ranked for the question. With <paramref name="within"/> only those plans count,
    /// and every item of theirs is a candidate even when the topic matched only the plan's title.
    /// The list is per thread and valid until the next call on the same thread.
    /// </summary>
    public List<Ranked> Rank(Question q, SearchIndex.Hits hits, EntryKind[] kinds, IReadOnlyCollection<PlanRow>? within, LevelMask level)
    {
        var topicBits = TopicBits(q);
        var needed = (int)Math.Ceiling(Math.Min(q.Terms.Count, SearchIndex.PairBit) * Coverage);
        var result = t_ranked ??= new List<Ranked>(1024);
        result.Clear();
        var kindMask = 0;
        foreach (var k in kinds) kindMask |= 1 << (int)k;

        void Consider(int e, bool explicitPlan)
        {
            var entry = index.Entry(e);
            if ((kindMask & (1 << (int)entry.Kind)) == 0) return;
            var row = index.Row(entry.Plan);
            if (!row.Answerable) return;
            var planEntry = row.FirstEntry;
            var bits = (hits.Matched(e) | hits.Matched(planEntry)) & topicBits;
            if (!explicitPlan && !Covers(q, bits, needed)) return;
            if (explicitPlan && q.Terms.Count > 0 && hits.Score(e) == 0 && hits.Score(planEntry) == 0 && q.NumberKeys.Count == 0) return;
            // Covering more of the question's words beats matching a few rare ones many times.
            var score = hits.Score(e) + 0.6f * hits.Score(planEntry) + 3 * System.Numerics.BitOperations.PopCount(bits & ((1UL << SearchIndex.PairBit) - 1));
            if (level != LevelMask.None)
                score += entry.Level == LevelMask.None ? -3 : (entry.Level & level) != 0 ? 8 : -8;
            result.Add(new Ranked(e, score));
        }

        if (within is not null)
        {
            // Every item of the named plans is a candidate (touched ones among them).
            foreach (var row in within)
                for (var e = row.FirstEntry; e < row.FirstEntry + row.EntryCount; e++) Consider(e, explicitPlan: true);
        }
        else
        {
            var touched = hits.Touched;
            foreach (var e in touched) Consider(e, explicitPlan: false);
            // Items of the plans whose title matched best, though the item itself did not.
            var titles = t_titles ??= [];
            titles.Clear();
            foreach (var e in touched)
                if (index.Entry(e).Kind == EntryKind.Plan && Covers(q, hits.Matched(e) & topicBits, needed))
                    titles.Add((e, hits.Score(e)));
            titles.Sort((a, b) => b.Score.CompareTo(a.Score));
            foreach (var (e, _) in titles.Take(MaxTitlePlans))
            {
                var row = index.Row(index.Entry(e).Plan);
                for (var i = row.FirstEntry + 1; i < row.FirstEntry + row.EntryCount; i++)
                    if (!hits.Has(i)) Consider(i, explicitPlan: false);
            }
        }

        if (level != LevelMask.None && result.Any(r => (index.Entry(r.Entry).Level & level) != 0))
            result.RemoveAll(r => (index.Entry(r.Entry).Level & level) == 0);
        // Only items near the top matter; sorting the long tail of a large store would dominate the cost.
        if (result.Count > 256)
        {
            var top = result.Max(r => r.Score);
            result.RemoveAll(r => r.Score < top * 0.5f);
        }
        result.Sort(ByScore);
        if (result.Count > MaxRanked) result.RemoveRange(MaxRanked, result.Count - MaxRanked);
        return result;
    }

    private const int MaxTitlePlans = 50;

    private static readonly Comparison<Ranked> ByScore =
        (a, b) => b.Score.CompareTo(a.Score) is var c && c != 0 ? c : a.Entry.CompareTo(b.Entry);

    /// <summary>The bits of the question's syllables (low half) and of its syllable pairs (high half).</summary>
    public static ulong TopicBits(Question q)
    {
        var n = Math.Min(q.Terms.Count, SearchIndex.PairBit);
        var singles = n == 0 ? 0UL : (1UL << n) - 1;
        var pairs = n <= 1 ? 0UL : ((1UL << (n - 1)) - 1) << SearchIndex.PairBit;
        return singles | pairs;
    }

    /// <summary>
    /// Enough of the question is found in the item (with its plan's title): most of its syllables, and when it
    /// has several words in a row, some of those pairs too — "quy chế chi tiêu nội bộ" is not "quy chế" plus
    /// "chi bộ" plus "tiểu ban" scattered over a plan.
    /// </summary>
    public static bool Covers(Question q, ulong bits, int needed)
    {
        var singles = System.Numerics.BitOperations.PopCount(bits & ((1UL << SearchIndex.PairBit) - 1));
        if (singles < Math.Max(1, needed)) return false;
        var pairCount = Math.Min(q.Terms.Count, SearchIndex.PairBit) - 1;
        if (pairCount < 2) return true;
        var pairs = System.Numerics.BitOperations.PopCount(bits >> SearchIndex.PairBit);
        return pairs * 3 >= pairCount;
    }

    /// <summary>How much more of the question a plan must match than every rival to be answered outright.</summary>
    private const float Dominance = 1.3f;

    /// <summary>
    /// Several plans fit about equally by the items asked for: the one whose other items (and title) match the
    /// question clearly better wins outright — "báo cáo tổng kết chỉ thị 35 gồm những nội dung gì" is about the
    /// plan that has the "báo cáo tổng kết" deadlines, not the conference plan that merely shares the directive.
    /// On a real tie every group is kept and the engine asks.
    /// </summary>
    public List<(PlanRow Row, List<Ranked> Items)> Decide(SearchIndex.Hits hits, List<(PlanRow Row, List<Ranked> Items)> groups)
    {
        if (groups.Count < 2) return groups;
        var best = -1;
        float top = 0, second = 0;
        for (var g = 0; g < groups.Count; g++)
        {
            var support = Support(hits, groups[g].Row);
            if (support > top)
            {
                second = top;
                top = support;
                best = g;
            }
            else if (support > second) second = support;
        }
        return best >= 0 && top >= second * Dominance && top - second >= 3 ? [groups[best]] : groups;
    }

    /// <summary>
    /// A plan's best single match for the question: its title plus its best-matching item of any kind, where an
    /// item holding several of the question's words in a row (a phrase: "báo cáo tổng kết") counts extra.
    /// </summary>
    private static float Support(SearchIndex.Hits hits, PlanRow row)
    {
        var best = 0f;
        for (var e = row.FirstEntry + 1; e < row.FirstEntry + row.EntryCount; e++)
        {
            var score = hits.Score(e);
            if (score > 0) best = Math.Max(best, score + PhraseWeight * LongestRun(hits.Matched(e) >> SearchIndex.PairBit));
        }
        return best + hits.Score(row.FirstEntry);
    }

    private const float PhraseWeight = 4;

    /// <summary>The longest run of consecutive set bits: k adjacent pairs are k + 1 words in a row.</summary>
    private static int LongestRun(ulong pairs)
    {
        var run = 0;
        for (; pairs != 0; run++) pairs &= pairs << 1;
        return run;
    }

    /// <summary>Plans kept as rivals: choices show five; a store of look-alike plans must not build hundreds of groups.</summary>
    private const int MaxGroups = 32;

    /// <summary>Items close to the best one (the rest are noise), grouped by plan in order of each plan's best.</summary>
    /// <remarks>A second plan is kept only when its best item scores within <paramref name="rival"/> of the top:
    /// then the engine asks which plan is meant instead of guessing.</remarks>
    public static List<(PlanRow Row, List<Ranked> Items)> Best(SearchIndex index, List<Ranked> ranked, double keep = 0.75, double rival = 0.85)
    {
        var groups = new List<(PlanRow, List<Ranked>)>();
        if (ranked.Count == 0) return groups;
        var top = ranked[0].Score;
        var byRow = new Dictionary<int, int>();
        foreach (var r in ranked)
        {
            if (r.Score < top * keep) break;
            var row = index.Row(index.Entry(r.Entry).Plan);
            if (byRow.TryGetValue(row.Row, out var g)) groups[g].Item2.Add(r);
            else if (groups.Count == 0 || (r.Score >= top * rival && groups.Count < MaxGroups))
            {
                byRow[row.Row] = groups.Count;
                groups.Add((row, [r]));
            }
        }
        return groups;
    }
}
