using NhacHan.Domain.Parsing.Model;
using NhacHan.Domain.Parsing.Text;
using NhacHan.Domain.Plans;
using NhacHan.Domain.Text;

namespace NhacHan.Domain.Parsing.Extractors;

/// <summary>
/// Units and their duties from TỔ CHỨC THỰC HIỆN / NHIỆM VỤ CỤ THỂ: one duty per bullet, or per sentence of
/// prose; "Unit: …" labels, "Unit verb …" sentences and heading-only items; grouped bullets ("Các ban, …:" then
/// "- Ban Tuyên giáo …") listed one by one; the same unit under two items merged.
/// </summary>
public sealed class UnitsExtractor : IPlanExtractor
{
    private const int DutyWords = 14;

    public void Extract(PlanBuilder builder)
    {
        var nodes = builder.Document.Nodes;
        var limit = Math.Min(builder.BodyEnd, nodes.Count);
        var units = new List<(string Name, List<string> Duties, string Section)>();
        for (var i = builder.BodyStart; i < limit; i++)
        {
            if (!IsUnitsHeading(nodes[i])) continue;
            var (from, to) = Sections.Extent(nodes, i, limit);
            ReadPart(nodes, from, to, units);
            i = to - 1;
        }
        foreach (var (name, duties, section) in units)
            builder.Units.Add(new UnitDuties(name, duties.ToArray()) { Section = section });
    }

    public static bool IsUnitsHeading(Node n)
    {
        if (n.Kind != NodeKind.Numbered || n.Marker.Style != NumberStyle.Roman) return false;
        var f = n.Fold;
        return f.Contains("to chuc thuc hien", StringComparison.Ordinal) || f.Contains("nhiem vu cu the", StringComparison.Ordinal)
            || f.Contains("phan cong nhiem vu", StringComparison.Ordinal) || f.StartsWith("trach nhiem", StringComparison.Ordinal)
            || f.Contains("nhiem vu va giai phap", StringComparison.Ordinal) || f.StartsWith("phan cong", StringComparison.Ordinal)
            || f.StartsWith("trach nhiem", StringComparison.Ordinal);
    }

    private static void ReadPart(IReadOnlyList<Node> nodes, int from, int to, List<(string, List<string>, string)> units)
    {
        var first = Sections.FirstNumberedChild(nodes, from, to);
        if (first is null)
        {
            // No numbered items: each "Unit: …" / "Unit verb …" paragraph or bullet is a unit.
            for (var i = from; i < to; i++)
            {
                if (IsClosing(nodes[i])) return;
                var parsed = ParseLead(nodes[i].Text);
                if (parsed is { } p && p.Action.Length > 0) AddDuties(units, p.Unit, nodes[i].Section, [p.Action], prose: true);
            }
            return;
        }
        var itemStart = -1;
        for (var i = from; i <= to; i++)
        {
            var boundary = i == to || (nodes[i].Kind == NodeKind.Numbered && nodes[i].Table < 0 && Sections.SameRank(nodes[i], first));
            var closing = i < to && itemStart >= 0 && nodes[i].Kind == NodeKind.Paragraph && IsClosing(nodes[i]);
            if (!boundary && !closing) continue;
            if (itemStart >= 0) ReadItem(nodes, itemStart, i, units, isLast: i == to || closing);
            if (closing || i == to) return;
            itemStart = i;
        }
    }

    private static void ReadItem(IReadOnlyList<Node> nodes, int at, int end, List<(string, List<string>, string)> units, bool isLast)
    {
        var item = nodes[at];
        var lead = ParseLead(item.Text);
        string? unit;
        var groupHeading = false;
        if (lead is { } l)
        {
            unit = l.Unit;
            if (l.Action.Length > 0) AddDuties(units, unit, item.Section, [l.Action], prose: true);
            else
            {
                AddDuties(units, unit, item.Section, [], prose: false);
                groupHeading = item.Text.TrimEnd().EndsWith(':');
            }
        }
        else if (Words.Count(item.Text) <= 20 && !item.Text.Contains(". ", StringComparison.Ordinal) && char.IsUpper(item.Text[0]))
        {
            unit = MarkdownText.TrimEndPunctuation(item.Text);
            AddDuties(units, unit, item.Section, [], prose: false);
            groupHeading = item.Text.TrimEnd().EndsWith(':');
        }
        else return;

        for (var i = at + 1; i < end; i++)
        {
            var n = nodes[i];
            // A Markdown rule ("---") or other line without a word is no duty.
            if (n.Text.Length == 0 || n.Table >= 0 || !n.Text.AsSpan().ContainsAnyExcept(NoWordChars)) continue;
            if (groupHeading && n.Kind != NodeKind.Paragraph && ParseLead(n.Text) is { } sub && sub.Action.Length > 0 && UnitPhrase.StartsLikeUnit(n.Text))
            {
                AddDuties(units, sub.Unit, n.Section, [sub.Action], prose: false);
                continue;
            }
            // After the last item, a paragraph about another unit ("Ngay sau hội nghị, Văn phòng … ban hành …")
            // closes the part; it is no duty of the last unit.
            if (isLast && n.Kind == NodeKind.Paragraph && OtherUnitLeads(n.Text, unit)) break;
            AddDuties(units, unit, item.Section, [n.Text], prose: n.Kind == NodeKind.Paragraph);
        }
        // A group heading whose bullets were all units of their own is no unit itself.
        if (groupHeading)
        {
            var idx = units.FindIndex(u => u.Item1 == unit);
            if (idx >= 0 && units[idx].Item2.Count == 0) units.RemoveAt(idx);
        }
    }

    private static readonly System.Buffers.SearchValues<char> NoWordChars = System.Buffers.SearchValues.Create("-–—_*=~#|:. ");

    private static bool OtherUnitLeads(string text, string unit)
    {
        var comma = text.IndexOf(", ", StringComparison.Ordinal);
        var f = FastFold.Fold(text.Length > 12 ? text[..12] : text);
        var rest = comma > 0 && comma < 60 && (f.StartsWith("sau", StringComparison.Ordinal) || f.StartsWith("ngay sau", StringComparison.Ordinal)
            || f.StartsWith("khi", StringComparison.Ordinal) || f.StartsWith("truoc", StringComparison.Ordinal))
            ? text[(comma + 2)..] : text;
        if (rest.Length > 0 && char.IsLower(rest[0])) rest = char.ToUpperInvariant(rest[0]) + rest[1..];
        return ParseLead(rest) is { } lead && FastFold.Fold(lead.Unit) != FastFold.Fold(unit)
            && !FastFold.Fold(unit).Contains(FastFold.Fold(lead.Unit), StringComparison.Ordinal);
    }

    /// <summary>"Unit: rest", "Unit verb rest" (or "Giao Unit chủ trì …"), else null.</summary>
    public static (string Unit, string Action)? ParseLead(string text)
    {
        var stripped = text.StartsWith("Giao ", StringComparison.Ordinal) ? text[5..] : text;
        if (UnitPhrase.SplitLabel(stripped) is { } label && UnitPhrase.StartsLikeUnit(UnitPhrase.StripLeadIn(label.Label)))
            return (UnitPhrase.StripLeadIn(label.Label), stripped[label.ActionStart..].Trim());
        if (UnitPhrase.SplitLeading(stripped) is { } lead)
            return (lead.Unit, stripped[lead.ActionStart..].Trim());
        return null;
    }

    private static void AddDuties(List<(string Name, List<string> Duties, string Section)> units, string unit, string section,
        IEnumerable<string> texts, bool prose)
    {
        var key = FastFold.Fold(unit);
        var idx = units.FindIndex(u => FastFold.Fold(u.Name) == key);
        if (idx < 0)
        {
            units.Add((unit, [], section));
            idx = units.Count - 1;
        }
        var duties = units[idx].Duties;
        foreach (var t in texts)
        {
            if (prose)
            {
                foreach (var s in Sentences.Split(t)) duties.Add(Words.Excerpt(s, DutyWords, 16));
            }
            else if (t.Length > 0)
            {
                duties.Add(Words.Excerpt(t, DutyWords, 16));
            }
        }
    }

    /// <summary>Closing paragraphs ("Kế hoạch này …", "… yêu cầu …", "Trong quá trình …") end the list of units.</summary>
    public static bool IsClosing(Node n)
    {
        var f = n.Fold;
        return f.StartsWith("ke hoach nay", StringComparison.Ordinal) || f.StartsWith("(ke hoach nay", StringComparison.Ordinal)
            || f.StartsWith("trong qua trinh", StringComparison.Ordinal) || f.StartsWith("nhan duoc ke hoach", StringComparison.Ordinal)
            || f.StartsWith("tren day la", StringComparison.Ordinal) || f.StartsWith("de nghi", StringComparison.Ordinal)
            || (f.Length > 0 && f.AsSpan(0, Math.Min(f.Length, 60)).Contains(" yeu cau cac", StringComparison.Ordinal));
    }
}
