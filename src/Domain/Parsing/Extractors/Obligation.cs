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
    [GeneratedRegex(@"(?<!(?:kiện|án|thảo)\s)(?:báo cáo|gửi|trình|Báo cáo|Gửi|Trình)(?:\s+[a-zđàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ][^,;()\p{Lu}]{0,50}?\s+(?:về|lên|cho)(?=\s+\p{Lu}))?(?:\s+về)?\s+(?<x>\p{Lu}[^(),;.:]*?)(?=\s*(?:\(|,|;|\.|:|$)|\s+(?:trước|chậm nhất|để|xem xét|theo|kết quả|qua|trong|vào|hoàn thành|cho|kịp|về|tình hình|việc|phương án|trực tiếp|đúng|hằng|hàng|định kỳ|ngày|tháng|quý|cuối|đầu|giữa|muộn|sau|lúc|phương án|kế hoạch|dự thảo)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex ReportTo();

    [GeneratedRegex(@"\(\s*qua\s+(?<x>[^()]+?)\s*\)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Via();

    [GeneratedRegex(@"\(\s*\)|\(\s*[,;.]?\s*\)", RegexOptions.CultureInvariant)]
    private static partial Regex EmptyParens();

    private static readonly string[] NotUnitLabels = ["thoi gian", "noi dung", "thanh phan", "luu y", "dia diem", "hinh thuc", "yeu cau", "muc dich"];

    public sealed record Reading(string Quote, string Who, string What, string? ReportTo, string? Via, string Section, bool Done);

    /// <param name="issuer">Who acts when the text names nobody: the plan's own issuing body.</param>
    public static Reading Read(PlanDocument doc, Node node, int at, int atEnd, IReadOnlyList<Node> nodes, string? issuer = null)
    {
        var text = doc.Text;
        // A date broken onto the next line ("trước ngày\n27/01/2026") ends past its node: the quote runs to its end.
        var (s, e) = Sentences.Around(text, node.BodyStart, Math.Max(node.End, atEnd), at, atEnd);
        var quote = text[s..e];
        while (quote.Length > 0 && quote[^1] is '.' or ',' or ';') quote = quote[..^1];
        if (quote.Length == 0) quote = text[at..atEnd];
        var sentence = MarkdownText.Clean(quote);

        // The clause (between semicolons) that holds the date says what is due and who does it.
        var (cs, ce) = Clause(text, s, Math.Max(e, atEnd), at, atEnd);
        var (ps, pe) = EnclosingParens(text, cs, ce, at, atEnd);
        var clause = MarkdownText.Clean(text.AsSpan(cs, ce - cs));
        var what = MarkdownText.Clean(text[cs..ps] + " " + text[pe..ce]);
        what = Via().Replace(what, "");
        what = DoneNote().Replace(what, "");
        what = EmptyParens().Replace(what, "");
        what = Tidy(what);
        what = WithoutIntroClause(what);

        string? who = null;
        if (cs == s && UnitPhrase.SplitLabel(sentence) is { } label && !IsNotUnitLabel(label.Label))
        {
            who = UnitPhrase.StripLeadIn(label.Label);
            var colon = what.IndexOf(':', StringComparison.Ordinal);
            if (colon >= 0) what = Tidy(what[(colon + 1)..]);
        }
        else if (UnitPhrase.SplitLeading(what, allowLower: true) is { } lead)
        {
            who = lead.Unit;
            what = Tidy(what[lead.ActionStart..]);
        }
        else if (CongressOf(what) is { } congress)
        {
            (who, what) = congress;
        }
        else if (UnitPhrase.SplitLeading(sentence) is { } sentenceLead)
        {
            who = sentenceLead.Unit;
        }
        else if (UnitPhrase.SplitLabel(sentence) is { } sentenceLabel && !IsNotUnitLabel(sentenceLabel.Label)
                 && UnitPhrase.StartsLikeUnit(UnitPhrase.StripLeadIn(sentenceLabel.Label)))
        {
            // "Các chi bộ trực thuộc: Tổ chức đại hội …; trong 05 ngày … gửi …": the label covers every clause.
            who = UnitPhrase.StripLeadIn(sentenceLabel.Label);
        }
        who ??= node.CellWho ?? LabelledLead(nodes, node) ?? AncestorUnit(node) ?? PrecedingSubject(nodes, node) ?? issuer ?? "";
        what = DropModal(what);

        var viaMatch = Via().Match(sentence);
        var via = viaMatch.Success ? MarkdownText.TrimEndPunctuation(viaMatch.Groups["x"].Value) : null;
        var reportMatch = MatchReportTo(clause);
        var reportTo = reportMatch.Success ? MarkdownText.TrimEndPunctuation(reportMatch.Groups["x"].Value.Trim()) : null;

        var whatFold = VietnameseText(what);
        if (whatFold.StartsWith("hoan thanh", StringComparison.Ordinal) && PreviousSentence(text, node, s) is { } previous)
            what = Words.Excerpt(previous);
        else
        {
            if (whatFold.StartsWith("thoi gian", StringComparison.Ordinal)) what = StripTimeLabel(what);
            if ((what.Length == 0 || Words.Count(what) < 2) && node.CellWhat is { } task)
            {
                // "Trước 30/6/2025" in a timetable's time column: the row's task cell says what and to whom.
                via ??= ViaIn(task);
                reportTo ??= ReportToIn(task);
                what = Tidy(Via().Replace(task, ""));
            }
            if (what.Length == 0 || Words.Count(what) < 2) what = AncestorTopic(node) ?? what;
        }
        var done = DoneMarks.For(node);
        return new Reading(quote, who, what, reportTo, via, node.Section, done);
    }

    [GeneratedRegex(@"\(\s*(?:đã\s+)?(?:hoàn thành|thực hiện xong|xong)[^()]*\)?|(?:,\s*(?:hoàn thành\s*,\s*)?|\s+)đã (?:hoàn thành|thực hiện xong|xong)\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DoneNote();

    [GeneratedRegex(@"\s*(?:,|\bvà)?\s*(?:\b(?:trước|đến|chậm nhất|trong)\s+)?(?:\bngày\s+|\btháng\s+)?\b\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex ListedDate();

    /// <summary>"tổng hợp báo cáo [tháng 12] và tháng 01/2026": a month after "và" or a comma at the end.</summary>
    [GeneratedRegex(@"\s*(?:,|\bvà)\s*\btháng\s+\d{1,2}(?:/\d{4}|\s+năm\s+\d{4})?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex ListedMonth();

    private static readonly string[] IntroWords = ["theo ", "can cu ", "thuc hien ", "tren co so "];

    /// <summary>
    /// "Theo Hướng dẫn số 05-HD/BTGTU, ngày 3/3/2025 của Ban Tuyên giáo Tỉnh ủy, các chi bộ tổ chức …": an opening
    /// clause citing a document is no subject; the work starts after the comma where a unit follows.
    /// </summary>
    private static string WithoutIntroClause(string what)
    {
        var fold = VietnameseText(what);
        if (!IntroWords.Any(w => fold.StartsWith(w, StringComparison.Ordinal))) return what;
        var comma = -1;
        for (var n = 0; n < 4; n++)
        {
            comma = what.IndexOf(", ", comma + 1, StringComparison.Ordinal);
            if (comma < 0) return what;
            var rest = what[(comma + 2)..];
            if (UnitPhrase.SplitLeading(rest, allowLower: true) is not null) return rest;
        }
        return what;
    }

    /// <summary>
    /// The clause of [s, e) holding the date: bounded by semicolons outside parentheses; a short segment
    /// ("Trường PTDT nội trú THPT;") is a list of names, not a clause, and stays with its neighbours.
    /// </summary>
    private static (int Start, int End) Clause(string text, int s, int e, int at, int atEnd)
    {
        var cuts = new List<int> { s - 1 };
        var depth = 0;
        for (var i = s; i < e; i++)
        {
            var c = text[i];
            if (c == '(') depth++;
            else if (c == ')') depth = Math.Max(0, depth - 1);
            else if (c == ';' && depth == 0 && (i < at || i >= atEnd)) cuts.Add(i);
        }
        cuts.Add(e);
        // A segment of fewer than six words is an item of a list of names: drop the cuts on both its sides.
        var drop = new bool[cuts.Count];
        for (var k = 0; k < cuts.Count - 1; k++)
        {
            if (Words.Count(text[(cuts[k] + 1)..cuts[k + 1]]) >= 6) continue;
            if (k > 0) drop[k] = true;
            if (k + 1 < cuts.Count - 1) drop[k + 1] = true;
        }
        for (var k = cuts.Count - 2; k >= 1; k--)
            if (drop[k]) cuts.RemoveAt(k);
        var start = s;
        var end = e;
        for (var k = 0; k < cuts.Count - 1; k++)
        {
            if (cuts[k] < at && at <= cuts[k + 1])
            {
                start = cuts[k] + 1;
                end = cuts[k + 1];
                break;
            }
        }
        while (start < at && char.IsWhiteSpace(text[start])) start++;
        return (start, Math.Max(end, atEnd));
    }

    /// <summary>"(hoàn thành trước ngày 25/5/2025)": the whole parenthetical goes with the date.</summary>
    private static (int Start, int End) EnclosingParens(string text, int cs, int ce, int at, int atEnd)
    {
        var open = -1;
        for (var i = at - 1; i >= cs && i >= at - 60; i--)
        {
            if (text[i] == ')') return (at, atEnd);
            if (text[i] == '(') { open = i; break; }
        }
        if (open < 0) return (at, atEnd);
        for (var i = atEnd; i < ce && i < atEnd + 30; i++)
        {
            if (text[i] == '(') return (at, atEnd);
            if (text[i] == ')') return (open, i + 1);
        }
        return (at, atEnd);
    }

    private static readonly string[] CongressStops =
        [" không quá", ",", " hoàn thành", " tiến hành", " bắt đầu", " trước", " trong", " từ ", " vào", " xong", " phải", " cần", " (", "."];

    /// <summary>
    /// "(Đối với) Đại hội chi bộ trực thuộc đảng ủy cơ sở không quá 01 ngày, …": the body whose congress (or
    /// conference) is due is the one responsible; what is the congress itself.
    /// </summary>
    private static (string Who, string What)? CongressOf(string what)
    {
        var t = what.StartsWith("Đối với ", StringComparison.Ordinal) ? what[8..] : what;
        string? lead = null;
        foreach (var w in (string[])["Đại hội ", "đại hội ", "Hội nghị ", "hội nghị "])
            if (t.StartsWith(w, StringComparison.Ordinal)) { lead = w; break; }
        if (lead is null) return null;
        var rest = t[lead.Length..];
        // "Đại hội đại biểu đảng bộ …": the delegates' congress of that body.
        if (rest.StartsWith("đại biểu ", StringComparison.Ordinal)) rest = rest[9..];
        if (!UnitPhrase.StartsLikeUnit(rest, allowLower: true)) return null;
        var end = rest.Length;
        foreach (var stop in CongressStops)
        {
            var i = rest.IndexOf(stop, StringComparison.Ordinal);
            if (i > 0 && i < end) end = i;
        }
        var unit = rest[..end].Trim();
        var congress = t[..(t.Length - rest.Length + end)].Trim();
        return unit.Length >= 3 ? (unit, congress) : null;
    }

    /// <summary>"Thời gian tổ chức triển khai, quán triệt hoàn thành" → "tổ chức triển khai, quán triệt".</summary>
    private static string StripTimeLabel(string what)
    {
        var rest = what["Thời gian".Length..].TrimStart(' ', ':');
        foreach (var w in (string[])["hoàn thành", "thực hiện"])
        {
            if (rest.StartsWith(w, StringComparison.OrdinalIgnoreCase)) rest = rest[w.Length..].TrimStart(' ', ':');
            if (rest.EndsWith(w, StringComparison.OrdinalIgnoreCase)) rest = rest[..^w.Length];
        }
        return Tidy(rest);
    }

    private static string DropModal(string what)
    {
        foreach (var m in (string[])["phải ", "cần ", "sẽ ", "có trách nhiệm "])
            if (what.StartsWith(m, StringComparison.Ordinal)) return what[m.Length..];
        return what;
    }

    /// <summary>The sentence before the one starting at <paramref name="sentenceStart"/>, in the same paragraph.</summary>
    private static string? PreviousSentence(string text, Node node, int sentenceStart)
    {
        if (sentenceStart <= node.BodyStart + 2) return null;
        var (ps, pe) = Sentences.Around(text, node.BodyStart, node.End, sentenceStart - 2, sentenceStart - 1);
        var prev = MarkdownText.TrimEndPunctuation(MarkdownText.Clean(text.AsSpan(ps, pe - ps)));
        // "Trong đó lưu ý …" elaborates; the action is the sentence before it.
        var fold = VietnameseText(prev);
        if ((fold.StartsWith("trong do", StringComparison.Ordinal) || fold.StartsWith("luu y", StringComparison.Ordinal)) && ps > node.BodyStart + 2)
            return PreviousSentence(text, node, ps);
        // Skip a framing sentence ("Trên cơ sở …") to the action before it only when it is the first.
        return prev.Length > 0 ? prev : null;
    }

    /// <summary>
    /// The report-to pattern is costly to try at every letter: it runs only from the first "báo cáo", "gửi" or
    /// "trình" (the lookbehind still sees the text before), and not at all in clauses without one.
    /// </summary>
    private static Match MatchReportTo(string clause)
    {
        var first = -1;
        foreach (var w in (string[])["báo cáo", "gửi", "trình"])
        {
            var i = clause.IndexOf(w, StringComparison.OrdinalIgnoreCase);
            if (i >= 0 && (first < 0 || i < first)) first = i;
        }
        return first < 0 ? Match.Empty : ReportTo().Match(clause, first);
    }

    /// <summary>The receiver in "báo cáo / gửi về / trình X", or null.</summary>
    public static string? ReportToIn(string clean)
    {
        var m = MatchReportTo(clean);
        return m.Success ? MarkdownText.TrimEndPunctuation(m.Groups["x"].Value.Trim()) : null;
    }

    /// <summary>The unit in a "(qua X)" clause, or null.</summary>
    public static string? ViaIn(string clean)
    {
        var m = Via().Match(clean);
        return m.Success ? MarkdownText.TrimEndPunctuation(m.Groups["x"].Value) : null;
    }

    private static string VietnameseText(string s) => FastFold.Fold(s);

    private static bool IsNotUnitLabel(string label)
    {
        // "Ngày 25/7/2026: …" is a time label, not a unit.
        if (label.Any(char.IsAsciiDigit)) return true;
        var f = VietnameseText(label);
        foreach (var l in NotUnitLabels)
            if (f.StartsWith(l, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>Trims leftover punctuation and connective words at both ends of a "what".</summary>
    public static string Tidy(string s)
    {
        s = s.Replace(" ,", ",", StringComparison.Ordinal).Replace(",,", ",", StringComparison.Ordinal).Replace("  ", " ", StringComparison.Ordinal);
        // "sơ kết trước 15/3 và 30/6": the list's other date is no part of the work.
        s = ListedDate().Replace(s, "");
        s = ListedMonth().Replace(s, "");
        s = s.Trim(' ', ',', ';', ':', '.', '-', '(', ')');
        foreach (var tail in (string[])[" và", " hoặc", " trước", " vào", " trong", " chậm nhất", ", hoàn thành"])
            if (s.EndsWith(tail, StringComparison.Ordinal)) s = s[..^tail.Length].TrimEnd(' ', ',', ';');
        return s.Trim(' ', ',', ';', ':', '.');
    }

    /// <summary>The nearest enclosing heading that names a unit or level ("Cấp huyện", "4. Ban Tuyên giáo …").</summary>
    public static string? AncestorUnit(Node node)
    {
        for (var i = node.Ancestors.Count - 1; i >= 0; i--)
        {
            var a = node.Ancestors[i];
            var t = UnitPhrase.StripLeadIn(MarkdownText.TrimEndPunctuation(a.Text));
            // Part titles in capitals ("CÁC BƯỚC THỰC HIỆN") name topics, not units.
            // Two bodies in one heading ("Đảng đoàn HĐND …, Ban cán sự đảng UBND …") run to about 20 words.
            if (t.Length == 0 || a.Upper || Words.Count(t) > 20) continue;
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

    private static readonly string[] LeadLabels = ["don vi chu tri", "co quan chu tri", "don vi thuc hien", "co quan thuc hien", "chu tri"];

    /// <summary>
    /// "- Đơn vị chủ trì: Phòng Kiểm tra số 1." next to "- Thời gian: trước ngày …" in the same item: the value
    /// of the label is who acts.
    /// </summary>
    private static string? LabelledLead(IReadOnlyList<Node> nodes, Node node)
    {
        var from = Math.Max(0, node.Index - 8);
        var to = Math.Min(nodes.Count, node.Index + 8);
        for (var i = from; i < to; i++)
        {
            var p = nodes[i];
            if (p.Section != node.Section || p.Kind == NodeKind.Numbered || p.Table >= 0) continue;
            foreach (var l in LeadLabels)
            {
                if (!p.Fold.StartsWith(l, StringComparison.Ordinal)) continue;
                var colon = p.Text.IndexOf(':', StringComparison.Ordinal);
                if (colon < 0 || colon > l.Length + 3) break;
                var value = MarkdownText.TrimEndPunctuation(MarkdownText.Clean(p.Text.AsSpan(colon + 1)).Trim());
                if (value.Length >= 3) return value;
                break;
            }
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
