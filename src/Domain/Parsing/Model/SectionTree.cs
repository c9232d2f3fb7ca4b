using System.Text;

namespace NhacHan.Domain.Parsing.Model;

/// <summary>
/// Gives every node its heading path: the Roman part, the deepest Arabic number as printed ("1.1"), then any
/// "(n)" item and "a)" item — "II.1.1.(1)". An appendix ("PHỤ LỤC") starts a new root.
/// </summary>
public static class SectionTree
{
    public static void Assign(List<Node> nodes)
    {
        Node? roman = null, paren = null, letter = null;
        var arabic = new List<Node>(4);
        string? rootLabel = null;
        var sb = new StringBuilder(32);
        var ancestors = new List<Node>(8);
        foreach (var node in nodes)
        {
            // Table cells do not move the document's headings; they get the path of the table's position.
            var inTable = node.Table >= 0;
            if (!inTable && IsAppendixHeading(node))
            {
                rootLabel = "PHỤ LỤC";
                roman = null; paren = null; letter = null;
                arabic.Clear();
                node.Ancestors = [];
                node.Section = rootLabel;
                continue;
            }

            if (!inTable && node.Kind == NodeKind.Numbered)
            {
                switch (node.Marker.Style)
                {
                    case NumberStyle.Roman:
                        roman = node; paren = null; letter = null; arabic.Clear();
                        if (rootLabel is not null && node.Index > 0) rootLabel = null;
                        break;
                    case NumberStyle.Arabic:
                        var depth = node.Marker.ArabicDepth;
                        while (arabic.Count > 0 && arabic[^1].Marker.ArabicDepth >= depth) arabic.RemoveAt(arabic.Count - 1);
                        arabic.Add(node); paren = null; letter = null;
                        break;
                    case NumberStyle.Paren:
                        paren = node; letter = null;
                        break;
                    case NumberStyle.Letter:
                        letter = node;
                        break;
                }
            }

            ancestors.Clear();
            if (roman is not null && roman != node) ancestors.Add(roman);
            foreach (var a in arabic) if (a != node) ancestors.Add(a);
            if (paren is not null && paren != node) ancestors.Add(paren);
            if (letter is not null && letter != node) ancestors.Add(letter);
            node.Ancestors = ancestors.ToArray();
            sb.Clear();
            if (rootLabel is not null) sb.Append(rootLabel);
            Append(sb, roman?.Number);
            if (arabic.Count > 0) Append(sb, arabic[^1].Number);
            Append(sb, paren?.Number);
            Append(sb, letter?.Number);
            node.Section = sb.ToString();
        }
    }

    private static void Append(StringBuilder sb, string? part)
    {
        if (part is null) return;
        if (sb.Length > 0) sb.Append('.');
        sb.Append(part);
    }

    /// <summary>"PHỤ LỤC", "PHỤ LỤC I", "Phụ lục kèm theo" as a line of its own, in capitals.</summary>
    /// <summary>
    /// "PHỤ LỤC", "PHỤ LỤC I", and in sentence case a labelled one ("Phụ lục: Lịch thực hiện", "Phụ lục 2. …");
    /// "Phụ lục kèm theo" in a sentence is no heading.
    /// </summary>
    public static bool IsAppendixHeading(Node node)
    {
        if (node.Kind == NodeKind.Bullet || node.Table >= 0 || !node.Fold.StartsWith("phu luc", StringComparison.Ordinal)) return false;
        if (node.Upper) return node.Text.Length <= 40;
        if (node.Text.Length > 60 || node.Text.EndsWith('.')) return false;
        var rest = node.Fold.AsSpan(7).TrimStart();
        if (rest.Length == 0) return true;
        var firstSpace = rest.IndexOf(' ');
        var head = firstSpace < 0 ? rest : rest[..firstSpace];
        return rest[0] == ':' || head.TrimEnd(':').TrimEnd('.') is var h && (h.IndexOfAnyExceptInRange('0', '9') < 0 || h.IndexOfAnyExcept("ivx") < 0) && h.Length > 0;
    }
}
