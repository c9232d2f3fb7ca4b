using NhacHan.Domain.Documents;

namespace NhacHan.Domain.Parsing.Dates;

/// <summary>Timing tied to an event, not the calendar ("ngay sau đại hội", "trong 10 ngày kể từ …"): never given a date.</summary>
/// <param name="Span">The timing phrase in the text searched.</param>
/// <param name="Anchor">What it is relative to, as printed ("đại hội", "ngày nhận được kế hoạch").</param>
public sealed record RelativeMention(SourceSpan Span, string Anchor);
