using NhacHan.Domain.Parsing.Text;
using NhacHan.Domain.Documents;
using NhacHan.Domain.Text;

namespace NhacHan.Domain.Parsing.Model;

/// <summary>
/// The shared model every extractor reads: the source text and its logical paragraphs in reading order, each
/// with numbering, heading path and offsets. Built once per document.
/// </summary>
public sealed class PlanDocument
{
    public string Text { get; }
    public IReadOnlyList<Node> Nodes { get; }

    private PlanDocument(string text, List<Node> nodes)
    {
        Text = text;
        Nodes = nodes;
    }

    public string Slice(int start, int end) => Text.Substring(start, end - start);

    public static PlanDocument Build(SourceDocument document)
    {
        var text = document.Text;
        var nodes = new List<Node>(document.Blocks.Count);
        var tableIndex = 0;
        foreach (var block in document.Blocks)
        {
            switch (block)
            {
                case ParagraphBlock p:
                    AddParagraph(text, nodes, p.Span.Start, p.Span.End, -1, -1, -1, allowJoin: true);
                    break;
                case TableBlock t:
                    for (var r = 0; r < t.Rows.Count; r++)
                    {
                        var cells = t.Rows[r].Cells;
                        for (var c = 0; c < cells.Count; c++)
                        {
                            var paragraphs = cells[c].Paragraphs;
                            if (paragraphs.Count == 0)
                            {
                                AddEmptyCell(nodes, cells[c].Span.Start, tableIndex, r, c);
                                continue;
                            }
                            var before = nodes.Count;
                            foreach (var p in paragraphs)
                                AddParagraph(text, nodes, p.Span.Start, p.Span.End, tableIndex, r, c, allowJoin: false);
                            if (nodes.Count == before) AddEmptyCell(nodes, cells[c].Span.Start, tableIndex, r, c);
                        }
                    }
                    tableIndex++;
                    break;
            }
        }
        SectionTree.Assign(nodes);
        return new PlanDocument(text, nodes);
    }

    private static void AddEmptyCell(List<Node> nodes, int at, int table, int row, int col) =>
        nodes.Add(new Node
        {
            Index = nodes.Count, Kind = NodeKind.Paragraph, Marker = default, Start = at, End = at, BodyStart = at,
            Text = "", Fold = "", Table = table, Row = row, Column = col,
        });

    private static void AddParagraph(string text, List<Node> nodes, int start, int end, int table, int row, int col, bool allowJoin)
    {
        if (end > text.Length) end = text.Length;
        if (start < 0 || start >= end) return;
        var tabLed = text[start] == '\t';
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        if (start >= end)
        {
            // A line holding only a tab is an empty cell of a flattened table.
            if (tabLed && table < 0)
                nodes.Add(new Node
                {
                    Index = nodes.Count, Kind = NodeKind.Paragraph, Marker = default, Start = start, End = start,
                    BodyStart = start, Text = "", Fold = "", TabLed = true,
                });
            return;
        }
        var raw = text.AsSpan(start, end - start);
        var marker = LeadMarker.Read(raw);
        var body = raw[Math.Min(marker.BodyOffset, raw.Length)..];
        var clean = MarkdownText.Clean(body);
        if (clean.Length == 0 && marker.Style == NumberStyle.None && marker.Bullet == '\0')
        {
            if (tabLed && table < 0) clean = "";
            else if (raw.Trim("*-_ ").Length == 0 && raw.Contains('-'))
            {
                // "-----" separator: kept as an empty paragraph so titles and runs stop there.
            }
            else return;
        }
        var kind = marker.Style != NumberStyle.None ? NodeKind.Numbered
            : marker.Bullet != '\0' ? NodeKind.Bullet : NodeKind.Paragraph;
        var upper = MarkdownText.IsMostlyUpper(clean);

        if (allowJoin && kind == NodeKind.Paragraph && !tabLed && !upper && clean.Length > 0 && nodes.Count > 0)
        {
            var prev = nodes[^1];
            if (prev.Table < 0 && ShouldJoin(prev, clean))
            {
                prev.End = end;
                prev.Text = prev.Text + " " + clean;
                prev.Fold = FastFold.Fold(prev.Text);
                return;
            }
        }

        nodes.Add(new Node
        {
            Index = nodes.Count,
            Kind = kind,
            Marker = marker,
            Start = start,
            End = end,
            BodyStart = start + Math.Min(marker.BodyOffset, raw.Length),
            Text = clean,
            Fold = FastFold.Fold(clean),
            TabLed = tabLed,
            Upper = upper,
            Table = table,
            Row = row,
            Column = col,
        });
    }

    /// <summary>
    /// A page break splits a sentence into two paragraphs; re-join when the first does not end a sentence and
    /// the second starts in lower case, or the first is a list item that clearly runs on.
    /// </summary>
    private const int MaxJoinedLength = 6000;

    private static bool ShouldJoin(Node prev, string next)
    {
        // Page breaks split paragraphs of ordinary length; never grow one without bound.
        if (prev.Upper || prev.Text.Length == 0 || prev.Text.Length > MaxJoinedLength) return false;
        var last = prev.Text[^1];
        if (last is '.' or ';' or ':' or '!' or '?' or '…') return false;
        if (char.IsLower(next[0])) return true;
        return prev.Kind == NodeKind.Bullet && prev.Text.Length >= 30 && last is not ')';
    }
}
