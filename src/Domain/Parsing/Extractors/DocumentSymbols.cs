using System.Text.RegularExpressions;

namespace NhacHan.Domain.Parsing.Extractors;

/// <summary>Document numbers ("146-KH/TU", "15–KH/TU", "30/2020/NĐ-CP") and the kinds of documents that carry them.</summary>
public static partial class DocumentSymbols
{
    public const string SymbolPattern =
        @"\d{1,5}\s?[-–—‐]\s?[A-ZĐ]{1,8}(?:/[A-ZĐ0-9]{1,12}(?:-[A-ZĐ0-9]{1,8})?)+|\d{1,5}/\d{4}/[A-ZĐ]{1,8}(?:-[A-ZĐ]{1,8})+";

    [GeneratedRegex(@"(?<kind>Chỉ thị|Kế hoạch|Hướng dẫn|Kết luận|Công văn|Quy định|Nghị quyết|Chương trình|Quyết định|Thông báo|Báo cáo|Nghị định|Thông tư|Quy chế|Đề án)\s+(?:số\s*)?(?<num>" + SymbolPattern + ")",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    public static partial Regex Citation();

    [GeneratedRegex(SymbolPattern, RegexOptions.CultureInvariant)]
    public static partial Regex Symbol();

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
