using NhacHan.Domain.Parsing.Text;
using NhacHan.Domain.Parsing.Model;
using NhacHan.Domain.Text;

namespace NhacHan.Domain.Parsing.Extractors;

/// <summary>
/// The signature block: "T/M BAN THƯỜNG VỤ" (on behalf), an optional "K/T BÍ THƯ" (deputy for), the role
/// ("PHÓ BÍ THƯ THƯỜNG TRỰC") and the signer's name, skipping a stamp read as text.
/// </summary>
public sealed class SignatureExtractor : IPlanExtractor
{
    public void Extract(PlanBuilder builder)
    {
        var nodes = builder.Document.Nodes;
        // The last "T/M" / "K/T" / "TM." line of the document (an appendix may follow the signature).
        var at = -1;
        for (var i = nodes.Count - 1; i >= builder.BodyStart && i >= 0; i--)
        {
            if (IsOnBehalf(nodes[i].Text) || IsDeputy(nodes[i].Text))
            {
                at = i;
                // Prefer the T/M line above a K/T line.
                if (IsDeputy(nodes[i].Text) && i > 0 && IsOnBehalf(nodes[i - 1].Text)) at = i - 1;
                break;
            }
        }
        if (at < 0) return;

        string? onBehalf = null, deputy = null, role = null, name = null;
        var end = Math.Min(nodes.Count, at + 12);
        for (var i = at; i < end; i++)
        {
            var n = nodes[i];
            // "**T/M BAN THƯỜNG VỤ  \nPHÓ BÍ THƯ**" may be one joined paragraph over two source lines.
            foreach (var line in SplitLines(builder.Document.Slice(n.Start, n.End)))
            {
                if (line.Length == 0) continue;
                if (onBehalf is null && IsOnBehalf(line)) { onBehalf = line; continue; }
                if (deputy is null && IsDeputy(line)) { deputy = line; continue; }
                if (role is null && MarkdownText.IsMostlyUpper(line) && (onBehalf is not null || deputy is not null))
                {
                    role = line;
                    continue;
                }
                if (role is not null && IsPersonName(line)) { name = line; break; }
            }
            if (name is not null) break;
            if (SectionTree.IsAppendixHeading(n) && i > at) break;
        }
        if (onBehalf is null && deputy is not null)
        {
            onBehalf = deputy;
            deputy = null;
        }
        builder.Signer = new Plans.Signer(onBehalf, role, name) { DeputyFor = deputy };
        builder.BodyEnd = Math.Min(builder.BodyEnd, at);
    }

    private static IEnumerable<string> SplitLines(string raw)
    {
        foreach (var line in raw.Split('\n'))
            yield return MarkdownText.Clean(line);
    }

    private static bool IsOnBehalf(string t) =>
        t.StartsWith("T/M ", StringComparison.Ordinal) || t.StartsWith("TM ", StringComparison.Ordinal) || t.StartsWith("TM. ", StringComparison.Ordinal);

    private static bool IsDeputy(string t) =>
        t.StartsWith("K/T ", StringComparison.Ordinal) || t.StartsWith("KT ", StringComparison.Ordinal) || t.StartsWith("KT. ", StringComparison.Ordinal);

    /// <summary>"Hoàng Văn Hồng": 2–6 capitalised words, letters only, not all capitals.</summary>
    public static bool IsPersonName(string line)
    {
        // "Đại tá Nguyễn Hồng Phong", "Thiếu tướng …": a rank printed before the name stays with it.
        var rank = RankLength(line);
        if (rank > 0) line = line[rank..];
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 2 or > 6) return false;
        foreach (var w in words)
        {
            if (!char.IsUpper(w[0])) return false;
            foreach (var c in w)
                if (!char.IsLetter(c)) return false;
        }
        return !MarkdownText.IsMostlyUpper(line) && FastFold.Fold(line) is var f && !f.StartsWith("noi nhan", StringComparison.Ordinal);
    }

    private static readonly string[] RankHeads = ["thieu", "trung", "thuong", "dai"];

    private static readonly string[] RankTails = ["ta", "tuong", "uy"];

    /// <summary>The length of a police or army rank ("Đại tá ", "Thiếu tướng ") opening the line, or 0.</summary>
    private static int RankLength(string line)
    {
        var parts = line.Split(' ', 3, StringSplitOptions.None);
        if (parts.Length < 3 || parts[0].Length == 0 || !char.IsUpper(parts[0][0])) return 0;
        var head = FastFold.Fold(parts[0]);
        var tail = FastFold.Fold(parts[1]);
        return Array.IndexOf(RankHeads, head) >= 0 && Array.IndexOf(RankTails, tail) >= 0 ? parts[0].Length + parts[1].Length + 2 : 0;
    }
}
