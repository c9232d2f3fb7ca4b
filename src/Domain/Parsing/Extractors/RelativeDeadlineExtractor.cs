using NhacHan.Domain.Parsing.Dates;
using NhacHan.Domain.Plans;

namespace NhacHan.Domain.Parsing.Extractors;

/// <summary>Timing tied to an event ("ngay sau đại hội", "trong 15 ngày kể từ …"): kept with its anchor, never dated.</summary>
public sealed class RelativeDeadlineExtractor : IPlanExtractor
{
    /// <summary>
    /// Purposes and lists of contents describe ("… bố trí cán bộ sau đại hội"); they assign no timed work.
    /// </summary>
    private static bool InDescriptivePart(Model.Node node)
    {
        if (node.Ancestors.Count == 0 || node.Ancestors[0].Marker.Style != Model.NumberStyle.Roman) return false;
        var f = node.Ancestors[0].Fold;
        return f.StartsWith("muc dich", StringComparison.Ordinal)
            || (f.StartsWith("noi dung", StringComparison.Ordinal) && !f.Contains("thoi gian", StringComparison.Ordinal)
                && !f.Contains("buoc", StringComparison.Ordinal));
    }

    public void Extract(PlanBuilder builder)
    {
        var doc = builder.Document;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var m in DateGrammar.FindRelative(doc.Text))
        {
            var node = Obligation.NodeAt(doc.Nodes, m.Span.Start);
            if (node is null || !DeadlineExtractor.InBody(builder, node) || node.TableLabel || InDescriptivePart(node)) continue;
            var r = Obligation.Read(doc, node, m.Span.Start, m.Span.End, doc.Nodes, builder.Issuer);
            if (!seen.Add(r.Quote)) continue;
            builder.RelativeDeadlines.Add(new RelativeDeadline(r.Quote, m.Anchor, r.Who, r.What, r.Section));
        }
    }
}
