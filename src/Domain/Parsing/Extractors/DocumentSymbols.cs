using System.Text.RegularExpressions;

namespace NhacHan.Domain.Parsing.Extractors;

/// <summary>Document numbers ("146-KH/TU", "15–KH/TU", "30/2020/NĐ-CP", "1234/QĐ-UBND") and the kinds of documents that carry them.</summary>
public static partial class DocumentSymbols
{
    public const string SymbolPattern =
        @"\d{1,5}\s?[-–—‐]\s?[A-ZĐ][A-Za-zĐđ]{0,7}(?:/[A-ZĐ0-9][A-Za-zĐđ0-9]{0,11}(?:-[A-ZĐ0-9]{1,8})?)+|\d{1,5}/\d{4}/[A-ZĐ][A-Za-zĐđ]{0,7}(?:-[A-ZĐ]{1,8})+|\d{1,5}/[A-ZĐ][A-Za-zĐđ]{0,7}(?:-[A-ZĐ0-9][A-Za-zĐđ0-9]{0,7})+";

    [GeneratedRegex(@"(?<kind>Chỉ thị|Kế hoạch|Hướng dẫn|Kết luận|Công văn|Quy định|Nghị quyết|Chương trình|Quyết định|Thông báo|Báo cáo|Nghị định|Thông tư|Quy chế|Đề án)\s+(?:hành động\s+)?(?:số\s*)?(?<num>" + SymbolPattern + ")",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    public static partial Regex Citation();

    [GeneratedRegex(SymbolPattern, RegexOptions.CultureInvariant)]
    public static partial Regex Symbol();

    // Folded kind words → the kind as written in references.
    private static readonly (string Fold, string Kind)[] Kinds =
    [
        ("chi thi", "Chỉ thị"), ("ke hoach", "Kế hoạch"), ("huong dan", "Hướng dẫn"), ("ket luan", "Kết luận"),
        ("cong van", "Công văn"), ("quy dinh", "Quy định"), ("nghi quyet", "Nghị quyết"), ("chuong trinh hanh dong", "Chương trình"), ("chuong trinh", "Chương trình"),
        ("quyet dinh", "Quyết định"), ("thong bao", "Thông báo"), ("bao cao", "Báo cáo"), ("nghi dinh", "Nghị định"),
        ("thong tu", "Thông tư"), ("quy che", "Quy chế"), ("de an", "Đề án"),
    ];

    /// <summary>A cited document: its kind, its number and where the citation starts and ends.</summary>
    public readonly record struct Cited(string Kind, string Number, int Start, int End);

    /// <summary>
    /// Every "&lt;kind&gt; (số) &lt;number&gt;" in the text. Searches for numbers first (digits are rare and the
    /// search is vectorised), then looks at the few characters before each for the kind of document.
    /// </summary>
    public static List<Cited> FindCitations(string text)
    {
        var result = new List<Cited>();
        foreach (Match m in Symbol().Matches(text))
        {
            if (m.Index > 0 && (char.IsLetterOrDigit(text[m.Index - 1]) || text[m.Index - 1] == '/')) continue;
            var from = Math.Max(0, m.Index - 32);
            var before = Text.FastFold.Fold(text.AsSpan(from, m.Index - from)).TrimEnd();
            if (before.EndsWith(" so", StringComparison.Ordinal) || before == "so") before = before[..^2].TrimEnd();
            else if (before.EndsWith("so", StringComparison.Ordinal) && before.Length > 2 && before[^3] == ' ') before = before[..^2].TrimEnd();
            foreach (var (fold, kind) in Kinds)
            {
                if (!before.EndsWith(fold, StringComparison.Ordinal)) continue;
                if (before.Length > fold.Length && char.IsLetter(before[^(fold.Length + 1)])) continue;
                var start = WordsBack(text, m.Index, fold.Count(c => c == ' ') + 1, from);
                result.Add(new Cited(kind, Normalize(m.Value), start, m.Index + m.Length));
                break;
            }
        }
        return result;
    }

    /// <summary>Where the kind's words start: walk back over an optional "số" and then <paramref name="words"/> words.</summary>
    private static int WordsBack(string text, int at, int words, int limit)
    {
        var i = at;
        void SkipSpace() { while (i > limit && (char.IsWhiteSpace(text[i - 1]) || text[i - 1] == '*')) i--; }
        int WordStart(int end) { var j = end; while (j > limit && !char.IsWhiteSpace(text[j - 1]) && text[j - 1] != '*') j--; return j; }
        SkipSpace();
        var ws = WordStart(i);
        if (Text.FastFold.Fold(text.AsSpan(ws, i - ws)) == "so") { i = ws; SkipSpace(); }
        for (var w = 0; w < words; w++)
        {
            i = WordStart(i);
            if (w + 1 < words) SkipSpace();
        }
        return i;
    }

    /// <summary>"15 – KH/TU" → "15-KH/TU".</summary>
    public static string Normalize(string symbol)
    {
        Span<char> buf = stackalloc char[symbol.Length];
        var n = 0;
        foreach (var c in symbol)
        {
            if (c == ' ') continue;
            buf[n++] = c is '–' or '—' or '‐' ? '-' : c;
        }
        return new string(buf[..n]);
    }

    /// <summary>"chỉ thị" → "Chỉ thị" (the canonical spelling of the kind).</summary>
    public static string CanonicalKind(string kind) =>
        kind.Length == 0 ? kind : char.ToUpperInvariant(kind[0]) + kind[1..].ToLowerInvariant();
}
