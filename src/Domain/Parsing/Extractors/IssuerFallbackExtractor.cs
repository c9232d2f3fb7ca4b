using System.Text.RegularExpressions;
using NhacHan.Domain.Parsing.Text;

namespace NhacHan.Domain.Parsing.Extractors;

/// <summary>
/// When the header has no issuing body: the body that "yêu cầu" in the closing paragraph, else the one that
/// "ban hành kế hoạch" in the opening paragraph, else the signature's "T/M …" line.
/// </summary>
public sealed partial class IssuerFallbackExtractor : IPlanExtractor
{
    [GeneratedRegex(@"^(?<who>(?:Ban Thường vụ|Ban Chấp hành|Thường trực|Huyện ủy|Tỉnh ủy|Thành ủy|Thị ủy|Quận ủy|Đảng ủy|Chi ủy|Chi bộ|Ban)[^,.;:()]{0,50}?)\s+yêu cầu\b", RegexOptions.CultureInvariant)]
    private static partial Regex Requires();

    [GeneratedRegex(@"(?:^|[,;]\s*)(?<who>(?:Ban Thường vụ|Ban Chấp hành|Thường trực|Huyện ủy|Tỉnh ủy|Thành ủy|Thị ủy|Quận ủy|Đảng ủy|Chi ủy|Chi bộ|Ban)[^,.;:()]{0,50}?)\s+(?:ban hành|xây dựng|triển khai)\s+(?:kế hoạch|Kế hoạch)", RegexOptions.CultureInvariant)]
    private static partial Regex Issues();

    public void Extract(PlanBuilder builder)
    {
        if (builder.Issuer is not null) return;
        var nodes = builder.Document.Nodes;
        var end = Math.Min(builder.BodyEnd, nodes.Count);
        for (var i = end - 1; i >= builder.BodyStart && i >= end - 6; i--)
        {
            var m = Requires().Match(nodes[i].Text);
            if (m.Success) { builder.Issuer = m.Groups["who"].Value; return; }
        }
        for (var i = builder.BodyStart; i < end && i < builder.BodyStart + 4; i++)
        {
            var ms = Issues().Matches(nodes[i].Text);
            if (ms.Count > 0) { builder.Issuer = ms[^1].Groups["who"].Value; return; }
        }
        if (builder.Signer?.OnBehalf is { } onBehalf)
        {
            var body = onBehalf[(onBehalf.IndexOf(' ', StringComparison.Ordinal) + 1)..];
            builder.Issuer = NormalCase.FromUpper(body);
        }
    }
}
