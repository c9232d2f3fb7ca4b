using NhacHan.Domain.Parsing.Model;

namespace NhacHan.Domain.Parsing.Extractors;

/// <summary>"Nơi nhận:" and its items: leading "- " and trailing ",;." removed, items over two lines joined.</summary>
public sealed class RecipientsExtractor : IPlanExtractor
{
    public void Extract(PlanBuilder builder)
    {
        var nodes = builder.Document.Nodes;
        var at = -1;
        for (var i = nodes.Count - 1; i >= 0; i--)
        {
            if (nodes[i].Fold.StartsWith("noi nhan", StringComparison.Ordinal)) { at = i; break; }
        }
        if (at < 0) return;
        builder.BodyEnd = Math.Min(builder.BodyEnd, at);

        var head = nodes[at].Text;
        var colon = head.IndexOf(':', StringComparison.Ordinal);
        if (colon >= 0 && colon + 1 < head.Length)
        {
            // "Nơi nhận: - A, - B" on one line (some conversions).
            foreach (var part in head[(colon + 1)..].Split(" - ", StringSplitOptions.RemoveEmptyEntries))
                Add(builder, part.TrimStart('-', ' '));
        }
        for (var i = at + 1; i < nodes.Count; i++)
        {
            var n = nodes[i];
            if (n.Text.Length == 0) continue;
            if (n.Kind == NodeKind.Bullet)
            {
                Add(builder, n.Text);
                continue;
            }
            // Continuation of the previous item (when not re-joined already) or the end of the list.
            if (builder.Recipients.Count > 0 && n.Kind == NodeKind.Paragraph && !n.Upper && char.IsLower(n.Text[0]))
            {
                var last = builder.Recipients[^1];
                builder.Recipients[^1] = MarkdownText.TrimEndPunctuation(last + " " + n.Text);
                continue;
            }
            if (builder.Recipients.Count > 0) break;
            if (n.Upper) break;
        }
    }

    private static void Add(PlanBuilder builder, string text)
    {
        var item = MarkdownText.TrimEndPunctuation(text.Trim());
        if (item.Length > 0) builder.Recipients.Add(item);
    }
}
