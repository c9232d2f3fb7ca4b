using System.Text.RegularExpressions;
using NhacHan.Domain.Parsing.Model;
using NhacHan.Domain.Parsing.Text;

namespace NhacHan.Domain.Parsing.Extractors;

/// <summary>
/// The document's own header: number ("Số 146-KH/TU", en dashes allowed), place and date ("Hà Nội, ngày …
/// tháng … năm …"), issuing body (top-left block) and the subject line after "KẾ HOẠCH".
/// </summary>
public sealed partial class HeaderExtractor : IPlanExtractor
{
    /// <summary>How far into the document the header may reach when there is no "KẾ HOẠCH" line.</summary>
    private const int HeaderReach = 25;

    [GeneratedRegex(@"^(?:Số|SỐ|số)\s*[:.]?\s*(\d*)\s*[-–—‐]\s*([A-ZĐ]{1,8}(?:\s*/\s*[A-ZĐ0-9]{1,12})+)", RegexOptions.CultureInvariant)]
    private static partial Regex NumberLine();

    [GeneratedRegex(@"^(?:Số|SỐ|số)\s*[:.]?\s*(\d+)\s*/\s*([A-ZĐ]{1,8}(?:-[A-ZĐ0-9]{1,12})+)", RegexOptions.CultureInvariant)]
    private static partial Regex GovernmentNumberLine();

    [GeneratedRegex(@"^(?<place>[^,]{2,50}?)\s*,\s*ngày\s*(?<d>\d{1,2})?\s*(?:tháng|/)\s*(?<m>\d{1,2})?\s*(?:năm|/)\s*(?<y>\d{4})", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceDate();

    public void Extract(PlanBuilder builder)
    {
        var nodes = builder.Document.Nodes;
        var titleIndex = FindTitleHeading(builder.Document);
        builder.TitleNode = titleIndex;
        var headerEnd = titleIndex >= 0 ? titleIndex : Math.Min(nodes.Count, HeaderReach);

        string? issuerLine = null;
        string? committeeLine = null;
        var numberSeen = false;
        var lastHeaderLine = -1;
        for (var i = 0; i < headerEnd; i++)
        {
            var n = nodes[i];
            var text = n.Text;
            if (text.Length == 0) continue;
            var num = NumberLine().Match(text);
            if (num.Success)
            {
                numberSeen = true;
                if (num.Groups[1].Value.Length > 0 && builder.Number is null)
                    builder.Number = num.Groups[1].Value + "-" + Regex.Replace(num.Groups[2].Value, @"\s+", "");
                // A two-column header typed as text: "Số 47-KH/QU      Hải Châu, ngày 20 tháng 02 năm 2025".
                if (builder.Place is null) TryPlaceDate(builder, text[(num.Index + num.Length)..].Trim());
                lastHeaderLine = i;
                continue;
            }
            var gov = GovernmentNumberLine().Match(text);
            if (gov.Success)
            {
                // "Số: 12/KH-UBND" (state bodies write the kind after a slash).
                numberSeen = true;
                builder.Number ??= gov.Groups[1].Value + "/" + gov.Groups[2].Value;
                lastHeaderLine = i;
                continue;
            }
            if (builder.Place is null && TryPlaceDate(builder, text))
            {
                lastHeaderLine = i;
                continue;
            }
            if (n.Upper && !numberSeen && IsIssuerLine(n))
            {
                committeeLine = issuerLine;
                issuerLine = text;
            }
        }
        if (issuerLine is not null) builder.Issuer = IssuerName(committeeLine, MarkdownText.TrimEndPunctuation(issuerLine));

        if (titleIndex >= 0) ReadTitle(builder, titleIndex);
        else builder.BodyStart = lastHeaderLine + 1; // without a title the body starts after the number and date lines
    }

    /// <summary>"Hà Nội, ngày 15 tháng 01 năm 2024": place, then the issue date (or month when the day is blank).</summary>
    private static bool TryPlaceDate(PlanBuilder builder, string text)
    {
        var pd = PlaceDate().Match(text);
        if (!pd.Success) return false;
        builder.Place = MarkdownText.TrimEndPunctuation(pd.Groups["place"].Value.Trim());
        var y = pd.Groups["y"].Value;
        var m = pd.Groups["m"].Value;
        var d = pd.Groups["d"].Value;
        if (m.Length > 0 && d.Length > 0) builder.IssuedOn = PrintedDate.TryDate(y, m, d);
        else if (m.Length > 0) builder.IssuedMonth = PrintedDate.TryDate(y, m, "1");
        if (m.Length > 0 && builder.IssuedOn is null && builder.IssuedMonth is null)
            builder.Warnings.Add($"Không đọc được ngày ban hành: \"{text}\".");
        return true;
    }

    private static readonly string[] Committees = ["tinh uy ", "thanh uy ", "huyen uy ", "quan uy ", "thi uy ", "dang uy "];

    private static readonly string[] CommitteeBodies = ["ban ", "uy ban kiem tra", "van phong"];

    /// <summary>
    /// "TỈNH ỦY LÂM ĐỒNG" over "BAN DÂN VẬN": the second line is a body of the committee on the first, so the
    /// issuer is "Ban Dân vận Tỉnh ủy Lâm Đồng". A body that names its committee itself stands alone.
    /// </summary>
    public static string IssuerName(string? committeeLine, string bodyLine)
    {
        var body = NormalCase.FromUpper(bodyLine);
        if (committeeLine is null) return body;
        var committee = MarkdownText.TrimEndPunctuation(committeeLine);
        var cf = FastFold.Fold(committee) + " ";
        var bf = FastFold.Fold(bodyLine) + " ";
        if (!Committees.Any(c => cf.StartsWith(c, StringComparison.Ordinal))) return body;
        if (!CommitteeBodies.Any(b => bf.StartsWith(b, StringComparison.Ordinal))) return body;
        if (Committees.Any(c => bf.Contains(c, StringComparison.Ordinal) || bf.Contains(" " + c.TrimEnd(), StringComparison.Ordinal))) return body;
        return body + " " + NormalCase.FromUpper(committee);
    }

    private static bool IsIssuerLine(Node n)
    {
        var f = n.Fold;
        if (f.StartsWith("dang cong san", StringComparison.Ordinal) || f.StartsWith("cong hoa", StringComparison.Ordinal)
            || f.StartsWith("doc lap", StringComparison.Ordinal) || f.StartsWith("ke hoach", StringComparison.Ordinal))
            return false;
        return n.Text.Length is >= 4 and <= 80 && n.Text.Any(char.IsLetter);
    }

    /// <summary>The "KẾ HOẠCH" line: capitals, alone or followed directly by the subject ("KẾ HOẠCH**Tổ chức …").</summary>
    private static int FindTitleHeading(PlanDocument doc)
    {
        var nodes = doc.Nodes;
        var limit = Math.Min(nodes.Count, 60);
        for (var i = 0; i < limit; i++)
        {
            var n = nodes[i];
            if (n.Kind == NodeKind.Bullet || n.Table >= 0 && n.Text.Length > 40) continue;
            var t = n.Text;
            foreach (var kind in DocumentKinds)
            {
                if (!t.StartsWith(kind, StringComparison.Ordinal)) continue;
                // Other kinds only as a line of their own; "KẾ HOẠCH" may carry the subject on the same line.
                if (kind != "KẾ HOẠCH" && t.Length != kind.Length) continue;
                var raw = doc.Slice(n.BodyStart, n.End);
                var at = raw.IndexOf(kind, StringComparison.Ordinal);
                var after = at + kind.Length;
                if (after >= raw.Length || !char.IsLetter(raw[after])) return i;
            }
        }
        return -1;
    }

    /// <summary>The document-type line above the subject: plans first, and the kinds that carry deadlines like them.</summary>
    private static readonly string[] DocumentKinds = ["KẾ HOẠCH", "CHƯƠNG TRÌNH", "HƯỚNG DẪN"];

    private static void ReadTitle(PlanBuilder builder, int titleIndex)
    {
        var nodes = builder.Document.Nodes;
        var head = nodes[titleIndex];
        var kindLength = DocumentKinds.First(k => head.Text.StartsWith(k, StringComparison.Ordinal)).Length;
        var rest = head.Text[kindLength..].Trim();
        var title = rest;
        var i = titleIndex + 1;
        if (title.Length == 0)
        {
            // The subject is the next paragraph (continuation lines were already joined).
            while (i < nodes.Count && nodes[i].Text.Length == 0 && !IsSeparator(nodes[i])) i++;
            if (i < nodes.Count && nodes[i].Kind != NodeKind.Numbered && !IsSeparator(nodes[i]))
            {
                title = nodes[i].Text;
                i++;
            }
        }
        // Further lines that continue the subject in lower case ("về …").
        while (i < nodes.Count && nodes[i].Kind == NodeKind.Paragraph && nodes[i].Text.Length > 0 && char.IsLower(nodes[i].Text[0]))
        {
            title = title + " " + nodes[i].Text;
            i++;
        }
        builder.Title = MarkdownText.TrimEndPunctuation(title);
        builder.BodyStart = i;
    }

    public static bool IsSeparator(Node n) =>
        n.Text.Length >= 3 && n.Text.AsSpan().Trim("-_*= ").Length == 0;
}
