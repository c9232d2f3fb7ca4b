using NhacHan.Domain.Documents;
using NhacHan.Domain.Plans;

namespace NhacHan.Domain.Parsing;

/// <summary>The result of parsing a file: a plan, or a Vietnamese error. Never an exception.</summary>
public sealed record PlanParseResult(Plan? Plan, ParseError? Error, SourceDocument? Document)
{
    public bool Ok => Plan is not null;
}

/// <summary>file bytes → <see cref="SourceDocument"/> → <see cref="Plan"/>.</summary>
public static class PlanFileParser
{
    public static PlanParseResult Parse(string fileName, ReadOnlyMemory<byte> bytes)
    {
        var read = DocumentReader.Read(fileName, bytes);
        if (read.Document is null) return new PlanParseResult(null, read.Error, null);
        var parsed = PlanParser.Parse(read.Document);
        return parsed.Plan is null
            ? new PlanParseResult(null, parsed.Error, read.Document)
            : new PlanParseResult(parsed.Plan, null, read.Document);
    }
}

/// <summary>Runs the ordered extractor pipeline over a document.</summary>
public static class PlanParser
{
    public static (Plan? Plan, ParseError? Error) Parse(SourceDocument document)
    {
        // Placeholder until the extractor pipeline lands: title from the first non-empty paragraph.
        var first = document.Blocks.OfType<ParagraphBlock>().FirstOrDefault();
        if (first is null)
            return (null, new ParseError(ParseErrorCode.NotAPlan, "Không tìm thấy nội dung kế hoạch trong tệp."));
        return (new Plan { Title = first.Text.Trim() }, null);
    }
}
