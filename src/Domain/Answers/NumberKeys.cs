using System.Text.RegularExpressions;
using NhacHan.Domain.Text;

namespace NhacHan.Domain.Answers;

/// <summary>
/// Document numbers as look-up keys: "146-KH/TU", "kế hoạch số 146", "kh 146" all give "kh146";
/// "Chỉ thị số 35-CT/TW", "ct 35", "35-ct/tw" give "ct35". The issuing suffix (/TU) is left out on purpose:
/// people rarely type it, and the plan's issuer and date tell same-numbered plans apart.
/// </summary>
public static partial class NumberKeys
{
    private static readonly Dictionary<string, string> KindWords = new(StringComparer.Ordinal)
    {
        ["ke hoach"] = "kh", ["kh"] = "kh",
        ["chi thi"] = "ct", ["ct"] = "ct",
        ["nghi quyet"] = "nq", ["nq"] = "nq",
        ["ket luan"] = "kl", ["kl"] = "kl",
        ["huong dan"] = "hd", ["hd"] = "hd",
        ["quy dinh"] = "qd", ["qd"] = "qd",
        ["cong van"] = "cv", ["cv"] = "cv",
    };

    /// <summary>The key of a printed number ("146-KH/TU" → "kh146"), or null when it has no kind code.</summary>
    public static string? OfNumber(string number)
    {
        var m = Printed().Match(VietnameseText.Fold(number));
        return m.Success ? m.Groups["kind"].Value + TrimZeros(m.Groups["num"].Value) : null;
    }

    /// <summary>Every number mentioned in folded text, printed ("35-ct/tw") or spoken ("chi thi so 35").</summary>
    public static List<(string Key, int Start, int Length)> Find(string folded)
    {
        var result = new List<(string, int, int)>();
        foreach (Match m in Printed().Matches(folded))
            result.Add((m.Groups["kind"].Value + TrimZeros(m.Groups["num"].Value), m.Index, m.Length));
        foreach (Match m in Spoken().Matches(folded))
        {
            if (result.Any(r => m.Index < r.Item2 + r.Item3 && r.Item2 < m.Index + m.Length && r.Item1.EndsWith(TrimZeros(m.Groups["num"].Value), StringComparison.Ordinal)))
                continue;
            result.Add((KindWords[m.Groups["kind"].Value] + TrimZeros(m.Groups["num"].Value), m.Index, m.Length));
        }
        return result;
    }

    /// <summary>The kind code of a reference's kind word ("Chỉ thị" → "ct").</summary>
    public static string? KindCode(string kind) => KindWords.GetValueOrDefault(VietnameseText.Fold(kind));

    private static string TrimZeros(string n) => n.TrimStart('0') is { Length: > 0 } t ? t : "0";

    [GeneratedRegex(@"(?<![\d])(?<num>\d{1,5})\s*-\s*(?<kind>kh|ct|nq|kl|hd|qd|cv)\s*/\s*[a-z]+")]
    private static partial Regex Printed();

    [GeneratedRegex(@"\b(?<kind>ke hoach|chi thi|nghi quyet|ket luan|huong dan|quy dinh|cong van|kh|ct|nq|kl|hd|qd|cv)\s*(?:so\s*)?(?<num>\d{1,5})\b(?!\s*/\s*\d)")]
    private static partial Regex Spoken();
}
