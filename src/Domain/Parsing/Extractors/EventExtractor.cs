using NhacHan.Domain.Parsing.Model;
using NhacHan.Domain.Parsing.Text;
using NhacHan.Domain.Plans;

namespace NhacHan.Domain.Parsing.Extractors;

/// <summary>
/// Meetings with a fixed date and time ("14h00 phút, ngày 27/02/2024"): start, place ("Địa điểm:" or "tại …"),
/// what (the meeting named in the title or sentence) and the top-level participant groups ("Thành phần").
/// </summary>
public sealed partial class EventExtractor : IPlanExtractor
{
    private static readonly string[] MeetingWords = ["Hội nghị", "Đại hội", "Lễ ", "Buổi ", "Cuộc họp", "Phiên họp", "Hội thảo", "Tọa đàm"];

    public void Extract(PlanBuilder builder)
    {
        var doc = builder.Document;
        var nodes = doc.Nodes;
        foreach (var m in builder.Dates)
        {
            if (m.Date is not { } date || m.IsCitation || m.Type != Dates.DateMentionType.Day) continue;
            var node = Obligation.NodeAt(nodes, m.Span.Start);
            if (node is null || !DeadlineExtractor.InBody(builder, node)) continue;
            var time = m.Time ?? TimeBefore(doc.Text, node, m.Span.Start);
            if (time is null) continue;
            // A series of meetings, each under its own heading ("1. Hội nghị lấy ý kiến …" with its own
            // "Thời gian:", "Địa điểm:", "Thành phần:" lines): that heading bounds the part and names the meeting.
            var meeting = MeetingHeading(node);
            var (from, to) = meeting is not null
                ? Sections.Extent(nodes, meeting.Index, Math.Min(builder.BodyEnd, nodes.Count))
                : Part(nodes, node, builder.BodyEnd);
            var place = PlaceIn(nodes, from, to) ?? PlaceAfter(node.Text);
            var participants = InlineParticipants(node.Text) ?? ParticipantsIn(nodes, from, to);
            // "Hội nghị được tổ chức lúc …" names no meeting; the title does ("Tổ chức Hội nghị sơ kết …").
            var named = MeetingName(node.Text);
            if (named is not null && Words.Count(named) <= 2) named = null;
            if (named is null && meeting is not null) named = MeetingName(meeting.Text);
            var what = named ?? MeetingName(builder.Title) ?? Words.Excerpt(node.Text);
            builder.Events.Add(new PlanEvent(date.ToDateTime(time.Value), place, what, participants)
            {
                Quote = doc.Text[node.BodyStart..node.End],
                Section = node.Section,
            });
            builder.EventSpans.Add((m.Span.Start, m.Span.End));
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<h>\d{1,2})\s*(?:h|giờ|g|:)\s*(?<m>\d{2})?(?:\s*phút)?\s*,?\s*$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex TimeAtEnd();

    /// <summary>"08 giờ 00, ngày 20/3/2026": a time printed just before the date in a "Thời gian:" line.</summary>
    private static TimeOnly? TimeBefore(string text, Node node, int dateStart)
    {
        if (!node.Fold.StartsWith("thoi gian", StringComparison.Ordinal)) return null;
        var from = Math.Max(node.BodyStart, dateStart - 25);
        var m = TimeAtEnd().Match(text[from..dateStart]);
        if (!m.Success) return null;
        var h = int.Parse(m.Groups["h"].Value, System.Globalization.CultureInfo.InvariantCulture);
        var min = m.Groups["m"].Success ? int.Parse(m.Groups["m"].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
        return h < 24 && min < 60 ? new TimeOnly(h, min) : null;
    }

    /// <summary>The nearest heading above the node, below the top part, that starts by naming a meeting ("1. Hội nghị …").</summary>
    private static Node? MeetingHeading(Node node)
    {
        for (var i = node.Ancestors.Count - 1; i >= 1; i--)
        {
            var a = node.Ancestors[i];
            if (MeetingName(a.Text) is { } name && a.Text.StartsWith(name, StringComparison.Ordinal) && Words.Count(name) > 2) return a;
        }
        return null;
    }

    /// <summary>The numbered part the time sits in (e.g. "III. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN").</summary>
    private static (int From, int To) Part(IReadOnlyList<Node> nodes, Node node, int limit)
    {
        for (var i = node.Ancestors.Count - 1; i >= 0; i--)
        {
            var a = node.Ancestors[i];
            if (a.Marker.Style == NumberStyle.Roman || i == 0)
                return Sections.Extent(nodes, a.Index, Math.Min(limit, nodes.Count));
        }
        return (node.Index, Math.Min(node.Index + 1, nodes.Count));
    }

    private static string? PlaceIn(IReadOnlyList<Node> nodes, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            var t = nodes[i].Text;
            if (!nodes[i].Fold.StartsWith("dia diem", StringComparison.Ordinal)) continue;
            var colon = t.IndexOf(':', StringComparison.Ordinal);
            if (colon >= 0 && colon + 1 < t.Length) return MarkdownText.TrimEndPunctuation(t[(colon + 1)..].Trim());
            if (i + 1 < to) return MarkdownText.TrimEndPunctuation(nodes[i + 1].Text);
        }
        return null;
    }

    private static string? PlaceAfter(string sentence)
    {
        var at = sentence.IndexOf(" tại ", StringComparison.Ordinal);
        if (at < 0) return null;
        var rest = sentence[(at + 5)..];
        var end = rest.IndexOfAny(['.', ';', '(']);
        return MarkdownText.TrimEndPunctuation(end < 0 ? rest : rest[..end]);
    }

    /// <summary>"… tại Hội trường. Thành phần: a; b; c." or "(thành phần: a; b)" in the meeting's own sentence.</summary>
    public static List<string>? InlineParticipants(string text)
    {
        var at = text.IndexOf("thành phần:", StringComparison.OrdinalIgnoreCase);
        if (at < 0) at = text.IndexOf("thành phần :", StringComparison.OrdinalIgnoreCase);
        if (at < 0) return null;
        var start = text.IndexOf(':', at) + 1;
        var bracketed = at > 0 && text[at - 1] == '(';
        var end = bracketed ? text.IndexOf(')', start) : -1;
        if (end < 0) end = text.Length;
        var result = new List<string>();
        foreach (var part in text[start..end].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var p = MarkdownText.TrimEndPunctuation(part);
            if (p.Length > 0) result.Add(p);
        }
        return result.Count > 0 ? result : null;
    }

    private static List<string> ParticipantsIn(IReadOnlyList<Node> nodes, int from, int to)
    {
        var result = new List<string>();
        for (var i = from; i < to; i++)
        {
            if (!nodes[i].Fold.StartsWith("thanh phan", StringComparison.Ordinal)) continue;
            var t = nodes[i].Text;
            var colon = t.IndexOf(':', StringComparison.Ordinal);
            if (colon >= 0 && colon + 1 < t.Length - 1)
            {
                foreach (var part in t[(colon + 1)..].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                    result.Add(MarkdownText.TrimEndPunctuation(part));
                return result;
            }
            // The items below the heading; only the first list level counts.
            char? marker = null;
            for (var j = i + 1; j < to; j++)
            {
                var n = nodes[j];
                if (n.Kind == NodeKind.Numbered) break;
                if (n.Kind != NodeKind.Bullet) continue;
                marker ??= n.Marker.Bullet;
                if (n.Marker.Bullet != marker) continue;
                var c = n.Text.IndexOf(':', StringComparison.Ordinal);
                result.Add(MarkdownText.TrimEndPunctuation(c > 0 && c < 80 ? n.Text[..c] : n.Text));
            }
            return result;
        }
        return result;
    }

    /// <summary>"Tổ chức Hội nghị tổng kết … Chỉ thị số 35-CT/TW ngày 30/5/2019 …" → "Hội nghị tổng kết … 35-CT/TW".</summary>
    public static string? MeetingName(string text)
    {
        var at = -1;
        foreach (var w in MeetingWords)
        {
            var i = text.IndexOf(w, StringComparison.OrdinalIgnoreCase);
            // "hội nghị" in running text, but not "Lễ" inside a longer word.
            if (i > 0 && char.IsLetter(text[i - 1])) i = -1;
            if (i >= 0 && (at < 0 || i < at)) at = i;
        }
        if (at < 0) return null;
        var rest = text[at..];
        var end = rest.Length;
        foreach (var stop in (string[])[" ngày ", ", ngày", " của ", " vào ", " lúc ", " tại ", ";", ".", " (", ":", " được ", " sẽ ", " diễn ra"])
        {
            var i = rest.IndexOf(stop, StringComparison.Ordinal);
            if (i > 0 && i < end) end = i;
        }
        return MarkdownText.TrimEndPunctuation(rest[..end]);
    }
}
