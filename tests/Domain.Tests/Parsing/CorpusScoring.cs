using System.Text;
using NhacHan.Domain.Plans;
using NhacHan.Domain.Text;

namespace NhacHan.Domain.Tests.Parsing;

/// <summary>
/// Field-by-field comparison of a parsed plan with its gold JSON, as the issue's Acceptance states: strings are
/// compared after normalisation (fold, whitespace, punctuation); a value matches when equal, when one is a prefix
/// of the other ("about the first 15 words") or when most of their words agree.
/// </summary>
public static class CorpusScoring
{
    public sealed record Score(int Matched, int Total)
    {
        public double Ratio => Total == 0 ? 1 : (double)Matched / Total;

        public static Score operator +(Score a, Score b) => new(a.Matched + b.Matched, a.Total + b.Total);

        public override string ToString() => Total == 0 ? "  —  " : $"{Matched,3}/{Total,-3} {Ratio,5:P0}";
    }

    public static string Norm(string? s)
    {
        if (s is null) return "";
        var f = VietnameseText.Fold(s);
        var sb = new StringBuilder(f.Length);
        var space = false;
        foreach (var c in f)
        {
            if (char.IsLetterOrDigit(c)) { if (space && sb.Length > 0) sb.Append(' '); sb.Append(c); space = false; }
            else space = true;
        }
        return sb.ToString();
    }

    public static bool Similar(string? expected, string? actual)
    {
        if (expected is null || actual is null) return expected is null && actual is null;
        var a = Norm(expected);
        var b = Norm(actual);
        if (a == b) return true;
        if (Math.Min(a.Length, b.Length) >= 8 && (a.StartsWith(b, StringComparison.Ordinal) || b.StartsWith(a, StringComparison.Ordinal))) return true;
        var ta = a.Split(' ').ToHashSet();
        var tb = b.Split(' ').ToHashSet();
        var inter = ta.Count(tb.Contains);
        var union = ta.Count + tb.Count - inter;
        return union > 0 && (double)inter / union >= 0.6;
    }

    /// <summary>Deadline keys (date, kind, done) as sorted strings, for set equality.</summary>
    public static List<string> DeadlineKeys(Plan p) =>
        p.Deadlines.Select(d => $"{d.Date:yyyy-MM-dd} {PlanJson.KindToJson(d.Kind)} {(d.Done ? "done" : "open")}").Order(StringComparer.Ordinal).ToList();

    public static Dictionary<string, Score> Compare(Plan expected, Plan actual)
    {
        var s = new Dictionary<string, Score>(StringComparer.Ordinal);
        // Pair deadlines by (date, kind, done) in order.
        var pool = actual.Deadlines.ToList();
        Score who = new(0, 0), what = new(0, 0), report = new(0, 0), via = new(0, 0), section = new(0, 0);
        foreach (var e in expected.Deadlines)
        {
            var i = pool.FindIndex(a => a.Date == e.Date && a.Kind == e.Kind && a.Done == e.Done);
            Deadline? a = i >= 0 ? pool[i] : null;
            if (i >= 0) pool.RemoveAt(i);
            who += One(a is not null && Similar(e.Who, a.Who));
            what += One(a is not null && Similar(e.What, a.What));
            report += One(a is not null && Similar(e.ReportTo, a.ReportTo));
            via += One(a is not null && Similar(e.Via, a.Via));
            section += One(a is not null && Norm(e.Section) == Norm(a.Section));
        }
        s["deadline.who"] = who;
        s["deadline.what"] = what;
        s["deadline.report_to"] = report;
        s["deadline.via"] = via;
        s["deadline.section"] = section;

        var sched = actual.Schedule.ToList();
        var schedScore = new Score(0, 0);
        foreach (var e in expected.Schedule)
        {
            var i = sched.FindIndex(a => a.Period == e.Period && a.Start == e.Start && a.End == e.End && Similar(e.Level, a.Level)
                && Similar(e.Who, a.Who) && Similar(e.What, a.What));
            if (i >= 0) sched.RemoveAt(i);
            schedScore += One(i >= 0);
        }
        s["schedule"] = schedScore;

        var units = new Score(0, 0);
        foreach (var e in expected.Units)
        {
            var a = actual.Units.FirstOrDefault(u => Similar(e.Unit, u.Unit));
            units += One(a is not null);
            foreach (var d in e.Duties) units += One(a is not null && a.Duties.Any(x => Similar(d, x)));
        }
        s["units"] = units;
        s["contents"] = Items(expected.Contents, actual.Contents);
        s["recipients"] = Items(expected.Recipients, actual.Recipients);

        var refs = new Score(0, 0);
        foreach (var e in expected.References)
        {
            var a = actual.References.FirstOrDefault(r => r.Number == e.Number);
            refs += One(a is not null && a.Kind == e.Kind && a.Date == e.Date && Similar(e.Issuer, a.Issuer));
        }
        s["references"] = refs;

        var events = new Score(0, 0);
        foreach (var e in expected.Events)
        {
            var a = actual.Events.FirstOrDefault(x => x.Start == e.Start);
            events += One(a is not null && Similar(e.Place, a.Place) && Similar(e.What, a.What)
                && e.Participants.All(p => a.Participants.Any(q => Similar(p, q))));
        }
        s["events"] = events;
        return s;
    }

    private static Score Items(IReadOnlyList<string> expected, IReadOnlyList<string> actual)
    {
        var pool = actual.ToList();
        var score = new Score(0, 0);
        foreach (var e in expected)
        {
            var i = pool.FindIndex(a => Similar(e, a));
            if (i >= 0) pool.RemoveAt(i);
            score += One(i >= 0);
        }
        return score;
    }

    private static Score One(bool ok) => new(ok ? 1 : 0, 1);
}
