namespace NhacHan.Domain.Parsing.Dates;

/// <summary>Timing tied to an event: "ngay sau đại hội", "trong 10 ngày kể từ ngày nhận được …" (filled in next).</summary>
internal static class RelativeGrammar
{
    public static IReadOnlyList<RelativeMention> Find(string text)
    {
        _ = text;
        return [];
    }
}
