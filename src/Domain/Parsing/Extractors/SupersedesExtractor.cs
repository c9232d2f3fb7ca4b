using NhacHan.Domain.Parsing.Text;
using NhacHan.Domain.Text;

namespace NhacHan.Domain.Parsing.Extractors;

/// <summary>"Kế hoạch này thay thế Kế hoạch số 294-KH/HU …": the numbers of plans this one replaces.</summary>
public sealed class SupersedesExtractor : IPlanExtractor
{
    public void Extract(PlanBuilder builder)
    {
        foreach (var node in builder.Document.Nodes)
        {
            var at = node.Fold.IndexOf("thay the", StringComparison.Ordinal);
            if (at < 0) continue;
            var raw = builder.Document.Slice(node.Start, node.End);
            var rawAt = FindReplace(raw);
            if (rawAt < 0) continue;
            // The replaced numbers follow in the same sentence.
            var sentenceEnd = raw.IndexOf(". ", rawAt, StringComparison.Ordinal);
            var window = raw[rawAt..(sentenceEnd < 0 ? raw.Length : sentenceEnd)];
            // The first cited number, and others listed right after it ("… số 12-KH/HU và Kế hoạch số 15-KH/HU"),
            // not documents cited later in the sentence ("… về thực hiện Chỉ thị số 35-CT/TW").
            var lastEnd = -1;
            foreach (System.Text.RegularExpressions.Match m in DocumentSymbols.Citation().Matches(window))
            {
                if (lastEnd >= 0 && m.Index - lastEnd > 30) break;
                var number = DocumentSymbols.Normalize(m.Groups["num"].Value);
                if (number != builder.Number && !builder.Supersedes.Contains(number)) builder.Supersedes.Add(number);
                lastEnd = m.Index + m.Length;
                if (Text.PrintedDate.ReadAt(window, lastEnd) is { } d) lastEnd = d.End;
            }
        }
    }

    private static int FindReplace(string raw)
    {
        for (var i = raw.IndexOf("thay", StringComparison.OrdinalIgnoreCase); i >= 0 && i < raw.Length;
             i = raw.IndexOf("thay", i + 4, StringComparison.OrdinalIgnoreCase))
        {
            var tail = raw.AsSpan(i, Math.Min(12, raw.Length - i)).ToString();
            if (FastFold.Fold(tail).StartsWith("thay the", StringComparison.Ordinal)) return i;
        }
        return -1;
    }
}
