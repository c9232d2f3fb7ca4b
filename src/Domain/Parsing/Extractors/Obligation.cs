using System.Text.RegularExpressions;
using NhacHan.Domain.Parsing.Model;
using NhacHan.Domain.Parsing.Text;

namespace NhacHan.Domain.Parsing.Extractors;

/// <summary>
/// Reads an obligation around a timing phrase: the sentence (quote), who must act, what, to whom it is
/// reported ("báo cáo / gửi về / trình X") and through whom ("(qua X)"). Shared by dated and relative deadlines.
/// </summary>
public static partial class Obligation
{
    [GeneratedRegex(@"(?:báo cáo|gửi|trình|Báo cáo|Gửi|Trình)(?:\s+về)?\s+(?<x>[A-ZĐ][^(),;.:]*?)(?=\s*(?:\(|,|;|\.|:|$)|\s+(?:trước|chậm nhất|để|xem xét|theo|kết quả|qua|trong|vào|hoàn thành|cho|kịp|về|tình hình|việc|phương án|trực tiếp|đúng|hằng|hàng|định kỳ|ngày|tháng|quý)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex ReportTo();

    [GeneratedRegex(@"\(\s*qua\s+(?<x>[^()]+?)\s*\)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Via();

    [GeneratedRegex(@"\(\s*\)|\(\s*[,;.]?\s*\)", RegexOptions.CultureInvariant)]
    private static partial Regex EmptyParens();

    private static readonly string[] NotUnitLabels = ["thoi gian", "noi dung", "thanh phan", "luu y", "dia diem", "hinh thuc", "yeu cau", "muc dich"];

    public sealed record Reading(string Quote, string Who, string What, string? ReportTo, string? Via, string Section, bool Done);

    public static Reading Read(PlanDocument doc, Node node, int at, int atEnd, IReadOnlyList<Node> nodes)
    {
        var text = doc.Text;
        var (s, e) = Sentences.Around(text, node.BodyStart, node.End, at, atEnd);
        var quote = text[s..e];
        while (quote.Length > 0 && quote[^1] is '.' or ',' or ';') quote = quote[..^1];
        if (quote.Length == 0) quote = text[at..atEnd];

        var sentence = MarkdownText.Clean(quote);
        var withoutDate = MarkdownText.Clean(text[s..Math.Max(s, at)] + " " + text[Math.Min(atEnd, e)..Math.Max(e, atEnd)]);

        string? who = null;
        var what = withoutDate;
        if (UnitPhrase.SplitLabel(sentence) is { } label && !IsNotUnitLabel(label.Label))
        {
            who = UnitPhrase.StripLeadIn(label.Label);
            var colon = what.IndexOf(':', StringComparison.Ordinal);
            if (colon >= 0) what = what[(colon + 1)..];
        }
        else if (UnitPhrase.SplitLeading(sentence) is { } lead)
        {
            who = lead.Unit;
            if (what.StartsWith(lead.Unit, StringComparison.Ordinal)) what = what[lead.Unit.Length..];
        }
        who ??= node.CellWho ?? AncestorUnit(node) ?? PrecedingSubject(nodes, node) ?? "";

        var viaMatch = Via().Match(sentence);
        var via = viaMatch.Success ? MarkdownText.TrimEndPunctuation(viaMatch.Groups["x"].Value) : null;
        what = Via().Replace(what, "");
        what = EmptyParens().Replace(what, "");
        var reportMatch = ReportTo().Match(sentence);
        var reportTo = reportMatch.Success ? MarkdownText.TrimEndPunctuation(reportMatch.Groups["x"].Value.Trim()) : null;

        what = Tidy(what);
        if (what.Length == 0 || VietnameseText(what).StartsWith("thoi gian", StringComparison.Ordinal) || Words.Count(what) < 2)
            what = AncestorTopic(node) ?? what;
        var done = node.Fold.Contains("da hoan thanh", StringComparison.Ordinal);
        return new Reading(quote, who, what, reportTo, via, node.Section, done);
    }

    private static string VietnameseText(string s) => NhacHan.Domain.Text.VietnameseText.Fold(s);

    private static bool IsNotUnitLabel(string label)
    {
        var f = VietnameseText(label);
        foreach (var l in NotUnitLabels)
            if (f.StartsWith(l, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>Trims leftover punctuation and connective words at both ends of a "what".</summary>
    public static string Tidy(string s)
    {
        s = s.Trim(' ', ',', ';', ':', '.', '-', '(', ')');
        foreach (var tail in (string[])[" và", " hoặc", " trước", " vào", " trong", " chậm nhất", " hoàn thành"])
            if (s.EndsWith(tail, StringComparison.Ordinal) && tail != " hoàn thành") s = s[..^tail.Length].TrimEnd(' ', ',', ';');
        return s.Trim(' ', ',', ';', ':', '.');
    }

    /// <summary>The nearest enclosing heading that names a unit or level ("Cấp huyện", "4. Ban Tuyên giáo …").</summary>
    public static string? AncestorUnit(Node node)
    {
        for (var i = node.Ancestors.Count - 1; i >= 0; i--)
        {
            var a = node.Ancestors[i];
            var t = UnitPhrase.StripLeadIn(MarkdownText.TrimEndPunctuation(a.Text));
            if (t.Length == 0 || Words.Count(t) > 14) continue;
            if (UnitPhrase.StartsLikeUnit(t) || t.StartsWith("Cấp ", StringComparison.Ordinal))
            {
                var paren = t.IndexOf(" (", StringComparison.Ordinal);
                return paren > 0 ? t[..paren] : t;
            }
        }
        return null;
    }

    /// <summary>The nearest enclosing heading that is no unit: the topic ("Hội nghị ban thường vụ").</summary>
    public static string? AncestorTopic(Node node)
    {
        for (var i = node.Ancestors.Count - 1; i >= 0; i--)
        {
            var a = node.Ancestors[i];
            var t = MarkdownText.TrimEndPunctuation(a.Text);
            if (t.Length == 0 || UnitPhrase.StartsLikeUnit(t) || t.StartsWith("Cấp ", StringComparison.Ordinal)) continue;
            return Words.Excerpt(t);
        }
        return null;
    }

    /// <summary>The subject of an earlier paragraph of the same section ("Cấp ủy các cấp tiếp tục …").</summary>
    private static string? PrecedingSubject(IReadOnlyList<Node> nodes, Node node)
    {
        for (var i = node.Index - 1; i >= 0 && i >= node.Index - 4; i--)
        {
            var p = nodes[i];
            if (p.Section != node.Section || p.Kind == NodeKind.Numbered) break;
            if (UnitPhrase.SplitLeading(p.Text) is { } lead) return lead.Unit;
        }
        return null;
    }

    /// <summary>The node whose paragraph holds a source offset (nodes are in reading order).</summary>
    public static Node? NodeAt(IReadOnlyList<Node> nodes, int offset)
    {
        int lo = 0, hi = nodes.Count - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >> 1;
            if (nodes[mid].Start <= offset) { found = mid; lo = mid + 1; }
            else hi = mid - 1;
        }
        if (found < 0) return null;
        // Empty cells share offsets; walk back to the paragraph that really spans the offset.
        for (var i = found; i >= 0 && i >= found - 3; i--)
            if (nodes[i].Start <= offset && offset < Math.Max(nodes[i].End, nodes[i].Start + 1)) return nodes[i];
        return null;
    }
}
