using NhacHan.Domain.Parsing.Model;
using System.Text.RegularExpressions;
using NhacHan.Domain.Parsing.Text;
using NhacHan.Domain.Plans;

namespace NhacHan.Domain.Parsing.Extractors;

/// <summary>
/// Cited documents with a number, in order of first mention, deduplicated by number; date and issuer from the
/// first mention that gives them ("Chỉ thị số 35-CT/TW, ngày 30/5/2019 của Bộ Chính trị về …").
/// </summary>
public sealed partial class ReferencesExtractor : IPlanExtractor
{
    [GeneratedRegex(@"^\s*,?\s*(?:của|do)\s+", RegexOptions.CultureInvariant)]
    private static partial Regex OfIssuer();

    [GeneratedRegex(@"(?<who>(?:Ban|Bộ|Huyện ủy|Tỉnh ủy|Thành ủy|Thị ủy|Quận ủy|Đảng ủy|Chi bộ|Ủy ban|Văn phòng|Thường trực)[^,.;()\n]{0,50}?)\s+(?:đã\s+)?(?:ban hành|có)\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex IssuedBefore();

    private static readonly string[] IssuerStops =
        [" về ", " hướng dẫn", " quy định", " thực hiện", " ban hành", " xây dựng", " triển khai", " tiến tới", " ngày", " trong ", " đã ", " và các", " để ", " theo ", " \"", " “", " «", " xác định",
            " và Chương trình", " và Kế hoạch", " và Nghị quyết", " và Chỉ thị", " và Hướng dẫn", " và Quyết định", " và Công văn", " và Kết luận"];

    public void Extract(PlanBuilder builder)
    {
        var text = builder.Document.Text;
        var byNumber = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var m in DocumentSymbols.FindCitations(text))
        {
            var number = m.Number;
            if (number == builder.Number) continue;
            var kind = m.Kind;
            var after = m.End;
            DateOnly? date = null;
            if (PrintedDate.ReadAt(text, after) is { } d)
            {
                date = d.Date;
                after = d.End;
            }
            var issuer = ReadIssuer(text, after) ?? ReadIssuerBefore(text, m.Start);

            if (byNumber.TryGetValue(number, out var idx))
            {
                var old = builder.References[idx];
                if ((old.Date is null && date is not null) || (old.Issuer is null && issuer is not null))
                    builder.References[idx] = old with { Date = old.Date ?? date, Issuer = old.Issuer ?? issuer };
                continue;
            }
            byNumber[number] = builder.References.Count;
            builder.References.Add(new DocumentReference(kind, number, date, issuer));
        }
    }

    private static string? ReadIssuer(string text, int at)
    {
        var window = text.AsSpan(at, Math.Min(140, text.Length - at)).ToString();
        var m = OfIssuer().Match(window);
        if (!m.Success) return null;
        var s = window[m.Length..];
        var end = s.Length;
        string? endStop = null;
        foreach (var stop in IssuerStops)
        {
            var i = s.IndexOf(stop, StringComparison.Ordinal);
            if (i >= 0 && i < end) { end = i; endStop = stop; }
        }
        // "… của Ban Thường vụ Huyện ủy, Đảng ủy xã ban hành kế hoạch": the body after the comma is the subject
        // of the plan's own sentence, not a second issuer.
        if (endStop is " ban hành" or " xây dựng" or " triển khai" or " thực hiện" or " xác định" && s.LastIndexOf(", ", end, StringComparison.Ordinal) is > 0 and var comma)
            end = comma;
        for (var i = 0; i < end; i++)
        {
            var c = s[i];
            if (c is ';' or '(' or ')' or '\n' or '.' or ':' or '*') { end = i; break; }
            // A comma ends the issuer unless another body follows ("Bộ Chính trị, Ban Bí thư khoá XIII").
            if (c == ',' && !(i + 2 < s.Length && s[i + 1] == ' ' && char.IsUpper(s[i + 2]))) { end = i; break; }
            // "… của Bộ Giáo dục và Đào tạo, Phòng Đào tạo cập nhật …": a unit that acts is the sentence's subject.
            if (c == ',' && UnitPhrase.SplitLeading(s[(i + 2)..]) is not null) { end = i; break; }
        }
        var issuer = MarkdownText.Clean(s.AsSpan(0, end)).Trim();
        return issuer.Length >= 3 && char.IsUpper(issuer[0]) ? issuer : null;
    }

    private static string? ReadIssuerBefore(string text, int at)
    {
        var from = Math.Max(0, at - 80);
        var m = IssuedBefore().Match(text, from, at - from);
        return m.Success ? m.Groups["who"].Value.Trim() : null;
    }
}
