using NhacHan.Domain.Parsing.Model;
using NhacHan.Domain.Parsing.Text;

namespace NhacHan.Domain.Parsing.Extractors;

/// <summary>
/// The required contents listed in the NỘI DUNG part (of the report, conference or congress): one entry per
/// numbered item, or per paragraph when the items are not numbered; about the first 15 words of each.
/// </summary>
public sealed class ContentsExtractor : IPlanExtractor
{
    public void Extract(PlanBuilder builder)
    {
        var nodes = builder.Document.Nodes;
        var limit = Math.Min(builder.BodyEnd, nodes.Count);
        for (var i = builder.BodyStart; i < limit; i++)
        {
            if (!IsContentsHeading(nodes[i])) continue;
            var (from, to) = Sections.Extent(nodes, i, limit);
            var first = Sections.FirstNumberedChild(nodes, from, to);
            // Unnumbered items: paragraphs, or the top-level bullets ("- Những kết quả nổi bật …").
            char? bullet = null;
            for (var j = from; j < to; j++)
            {
                var n = nodes[j];
                if (n.Table >= 0 || n.Text.Length == 0 || IsNote(n)) continue;
                if (n.Kind == NodeKind.Bullet) bullet ??= n.Marker.Bullet;
                var take = first is null
                    ? n.Kind == NodeKind.Paragraph || (n.Kind == NodeKind.Bullet && n.Marker.Bullet == bullet)
                    : n.Kind == NodeKind.Numbered && Sections.SameRank(n, first);
                if (take) builder.Contents.Add(Words.Excerpt(n.Text));
            }
            if (builder.Contents.Count > 0) return;
        }
    }

    /// <summary>
    /// "II. NỘI DUNG TỔNG KẾT", "2.1. Nội dung đại hội" — but not combined headings ("NỘI DUNG, THỜI GIAN VÀ CÁC
    /// BƯỚC …", "NỘI DUNG, HÌNH THỨC …"), whose specific "Nội dung …" child holds the contents.
    /// </summary>
    private static bool IsContentsHeading(Node n)
    {
        if (n.Kind != NodeKind.Numbered || n.Marker.Style is not (NumberStyle.Roman or NumberStyle.Arabic)) return false;
        var f = n.Fold;
        if (f.StartsWith("cac noi dung", StringComparison.Ordinal)) f = f[4..];
        if (!f.StartsWith("noi dung", StringComparison.Ordinal) || f.Length > 80) return false;
        // "NỘI DUNG VÀ TIẾN ĐỘ THỰC HIỆN" lists tasks with their dates, not contents.
        return !f.Contains("thoi gian", StringComparison.Ordinal) && !f.Contains("buoc", StringComparison.Ordinal)
            && !f.Contains("tien do", StringComparison.Ordinal) && !f.Contains("hinh thuc", StringComparison.Ordinal)
            && !f.Contains(':', StringComparison.Ordinal);
    }

    private static bool IsNote(Node n) =>
        n.Text.StartsWith('(') || n.Fold.StartsWith("luu y", StringComparison.Ordinal);
}
