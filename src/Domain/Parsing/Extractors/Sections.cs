using NhacHan.Domain.Parsing.Model;

namespace NhacHan.Domain.Parsing.Extractors;

/// <summary>Finding a part of the plan by its heading and the nodes it spans.</summary>
public static class Sections
{
    /// <summary>The nodes after <paramref name="head"/> up to the next heading of the same or a higher rank.</summary>
    public static (int From, int To) Extent(IReadOnlyList<Node> nodes, int head, int limit)
    {
        var h = nodes[head];
        var to = Math.Min(limit, nodes.Count);
        for (var i = head + 1; i < to; i++)
        {
            var n = nodes[i];
            if (n.Table >= 0) continue;
            if (SectionTree.IsAppendixHeading(n)) return (head + 1, i);
            if (n.Kind != NodeKind.Numbered) continue;
            if (OutRanks(n, h)) return (head + 1, i);
        }
        return (head + 1, to);
    }

    /// <summary>True when <paramref name="n"/> closes the part started by <paramref name="head"/>.</summary>
    public static bool OutRanks(Node n, Node head) => head.Marker.Style switch
    {
        NumberStyle.Roman => n.Marker.Style == NumberStyle.Roman,
        NumberStyle.Arabic => n.Marker.Style == NumberStyle.Roman
            || (n.Marker.Style == NumberStyle.Arabic && n.Marker.ArabicDepth <= head.Marker.ArabicDepth),
        NumberStyle.Paren => n.Marker.Style is NumberStyle.Roman or NumberStyle.Arabic or NumberStyle.Paren,
        _ => n.Marker.Style != NumberStyle.None,
    };

    /// <summary>The first child numbering under a heading: the style (and Arabic depth) its items use.</summary>
    public static Node? FirstNumberedChild(IReadOnlyList<Node> nodes, int from, int to)
    {
        for (var i = from; i < to; i++)
            if (nodes[i].Kind == NodeKind.Numbered && nodes[i].Table < 0) return nodes[i];
        return null;
    }

    public static bool SameRank(Node a, Node b) =>
        a.Marker.Style == b.Marker.Style && (a.Marker.Style != NumberStyle.Arabic || a.Marker.ArabicDepth == b.Marker.ArabicDepth);
}
