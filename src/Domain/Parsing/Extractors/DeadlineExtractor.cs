using NhacHan.Domain.Parsing.Text;
using NhacHan.Domain.Parsing.Dates;
using NhacHan.Domain.Parsing.Model;
using NhacHan.Domain.Plans;

namespace NhacHan.Domain.Parsing.Extractors;

/// <summary>
/// Every date mention of the body that is no citation, no meeting time and no timetable label becomes a
/// deadline: who, what, report_to, via, section, the sentence as quote, done. Dates that cannot be placed are
/// reported as warnings, never guessed.
/// </summary>
public sealed class DeadlineExtractor : IPlanExtractor
{
    public void Extract(PlanBuilder builder)
    {
        var doc = builder.Document;
        var nodes = doc.Nodes;
        var seen = new HashSet<(DateOnly, DeadlineKind, string)>();
        foreach (var m in builder.Dates)
        {
            if (m.IsCitation) continue;
            var node = Obligation.NodeAt(nodes, m.Span.Start);
            if (node is null || !InBody(builder, node) || node.TableLabel) continue;
            if (InEvent(builder, m)) continue;
            if (m.Type is DateMentionType.Unplaced or DateMentionType.BlankDay || m.Date is null)
            {
                if (builder.Warnings.Count < 50)
                    builder.Warnings.Add($"Không xác định được ngày trong \"{Snippet(doc.Text, m.Span.Start, m.Span.End)}\" (mục {Section(node)}) — cần kiểm tra lại.");
                continue;
            }
            if (NamedPeriodOnly(doc.Text, m) || IsHeadingHorizon(doc.Text, node, m)) continue;
            var r = Obligation.Read(doc, node, m.Span.Start, m.Span.End, nodes, builder.Issuer);
            var at = m.Span.Start;
            if (m.Type == DateMentionType.Range && m.RangeStart is { } from && HasDayStart(doc.Text, m))
                Add(builder, seen, at, new Deadline(from, DeadlineKind.Start, r.Who, r.What, r.ReportTo, r.Via, r.Section, r.Quote, r.Done)
                {
                    YearInferred = m.YearInferred,
                });
            Add(builder, seen, at, new Deadline(m.Date.Value, m.Kind, r.Who, r.What, r.ReportTo, r.Via, r.Section, r.Quote, r.Done)
            {
                Granularity = m.Granularity,
                YearInferred = m.YearInferred,
                DayOfMonth = m.DayOfMonth,
            });
        }
    }

    private static void Add(PlanBuilder b, HashSet<(DateOnly, DeadlineKind, string)> seen, int at, Deadline d)
    {
        if (seen.Add((d.Date, d.Kind, d.Quote))) b.AddDeadline(d, at);
    }

    private static readonly string[] CompletionCues = ["truoc", "hoan thanh", "xong", "den", "cham nhat", "muon nhat", "han", "ket thuc"];

    private static readonly string[] DueCues = ["trong", "truoc", "hoan thanh", "xong", "den", "vao", "cham nhat", "muon nhat", "han", "ket thuc"];

    /// <summary>
    /// "Đánh giá kết quả 6 tháng đầu năm 2026" names the period a report covers: a quarter, half-year or year
    /// with no cue word ("trong", "hoàn thành", "trước", …) before it is no deadline.
    /// </summary>
    private static bool NamedPeriodOnly(string text, DateMention m)
    {
        if (m.Type != DateMentionType.Period || m.Granularity is DateGranularity.Day or DateGranularity.Month) return false;
        var from = Math.Max(0, m.Span.Start - 40);
        var f = " " + FastFold.Fold(text.Substring(from, m.Span.End - from)) + " ";
        // "các ngày lễ lớn trong năm 2025" names a year; a whole year is due only with a completion cue.
        var cues = m.Granularity == DateGranularity.Year ? CompletionCues : DueCues;
        foreach (var cue in cues)
            if (f.Contains(" " + cue + " ", StringComparison.Ordinal)) return false;
        return true;
    }

    /// <summary>
    /// "II. TIẾN ĐỘ (đến hết 30/9/2025)": a heading's bracketed "đến (hết)" / "tính đến" date states the horizon of
    /// the section; the items under it carry their own deadlines, so the heading itself is none.
    /// </summary>
    private static bool IsHeadingHorizon(string text, Node node, DateMention m)
    {
        if (m.Cue is not (DateCue.Until or DateCue.AsOf) || m.Type == DateMentionType.Range) return false;
        if (!(node.Upper || node.Marker.Style == NumberStyle.Roman)) return false;
        var k = m.Span.Start - 1;
        while (k >= node.Start && text[k] is ' ' or '*' or '_') k--;
        return k >= node.Start && text[k] == '(';
    }

    /// <summary>"từ ngày 03/8 đến ngày 20/8/2026" has a start day; "đầu tháng 7/2025 đến 15/7/2025" does not.</summary>
    internal static bool HasDayStart(string text, DateMention m)
    {
        var f = FastFold.Fold(text.Substring(m.Span.Start, Math.Min(m.Span.Length, 40)));
        return f.Contains("tu ngay", StringComparison.Ordinal) || (f.StartsWith("tu ", StringComparison.Ordinal) && !f.Contains("thang", StringComparison.Ordinal));
    }

    public static bool InBody(PlanBuilder b, Node node) =>
        node.Index >= b.BodyStart && (node.Index < b.BodyEnd || node.Section.StartsWith("PHỤ LỤC", StringComparison.Ordinal));

    private static bool InEvent(PlanBuilder b, DateMention m)
    {
        foreach (var (s, e) in b.EventSpans)
            if (m.Span.Start < e && s < m.Span.End) return true;
        return false;
    }

    private static string Section(Node n) => n.Section.Length == 0 ? "đầu văn bản" : n.Section;

    private static string Snippet(string text, int start, int end)
    {
        var s = Math.Max(0, start - 30);
        var e = Math.Min(text.Length, end + 30);
        return MarkdownText.Clean(text.AsSpan(s, e - s));
    }
}
