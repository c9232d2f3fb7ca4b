using NhacHan.Domain.Parsing.Dates;
using NhacHan.Domain.Plans;

namespace NhacHan.Domain.Parsing.Extractors;

/// <summary>Timing tied to an event ("ngay sau đại hội", "trong 15 ngày kể từ …"): kept with its anchor, never dated.</summary>
public sealed class RelativeDeadlineExtractor : IPlanExtractor
{
    public void Extract(PlanBuilder builder)
    {
        var doc = builder.Document;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var m in DateGrammar.FindRelative(doc.Text))
        {
            var node = Obligation.NodeAt(doc.Nodes, m.Span.Start);
            if (node is null || !DeadlineExtractor.InBody(builder, node) || node.TableLabel) continue;
            var r = Obligation.Read(doc, node, m.Span.Start, m.Span.End, doc.Nodes);
            if (!seen.Add(r.Quote)) continue;
            builder.RelativeDeadlines.Add(new RelativeDeadline(r.Quote, m.Anchor, r.Who, r.What, r.Section));
        }
    }
}
