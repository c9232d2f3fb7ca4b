using NhacHan.Domain.Documents;
using NhacHan.Domain.Parsing.Extractors;
using NhacHan.Domain.Parsing.Model;
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
    /// <summary>
    /// The pipeline, in order: the header and closing parts first (they bound the body), then the body
    /// extractors; the schedule table before deadlines (it labels table cells), events before deadlines
    /// (meeting times are no deadlines).
    /// </summary>
    private static readonly IPlanExtractor[] Pipeline =
    [
        new HeaderExtractor(),
        new SignatureExtractor(),
        new RecipientsExtractor(),
        new IssuerFallbackExtractor(),
        new ReferencesExtractor(),
        new SupersedesExtractor(),
        new ContentsExtractor(),
        new UnitsExtractor(),
        new ScheduleTableExtractor(),
        new TaskTableExtractor(),
        new EventExtractor(),
        new DeadlineExtractor(),
        new RelativeDeadlineExtractor(),
    ];

    /// <summary>Real plans are at most a few hundred thousand characters; far beyond that is no plan.</summary>
    public const int MaxTextLength = 4_000_000;

    public static (Plan? Plan, ParseError? Error) Parse(SourceDocument document)
    {
        if (document.Text.Length > MaxTextLength)
            return (null, new ParseError(ParseErrorCode.TooLarge,
                $"Nội dung tệp quá dài ({document.Text.Length / 1_000_000} triệu ký tự) so với một kế hoạch; hãy gửi đúng tệp kế hoạch."));
        try
        {
            var model = PlanDocument.Build(document);
            var builder = new PlanBuilder(model);
            foreach (var extractor in Pipeline) extractor.Extract(builder);
            builder.Warnings.InsertRange(0, document.Warnings);
            if (!LooksLikePlan(builder))
                return (null, new ParseError(ParseErrorCode.NotAPlan,
                    "Tệp này không giống một kế hoạch: không thấy tiêu đề \"KẾ HOẠCH\", số văn bản, thời hạn hay các mục I, II, III."));
            return (builder.Build(), null);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A parser bug must not take the bot down: report it as unusable input, in Vietnamese.
            return (null, new ParseError(ParseErrorCode.Corrupt, "Không phân tích được nội dung tệp (lỗi nội bộ khi đọc kế hoạch)."));
        }
    }

    private static bool LooksLikePlan(PlanBuilder b)
    {
        if (b.TitleNode >= 0 || b.Number is not null || b.Deadlines.Count > 0 || b.Schedule.Count > 0) return true;
        var romans = 0;
        foreach (var n in b.Document.Nodes)
            if (n.Marker.Style == NumberStyle.Roman && n.Upper) romans++;
        return romans >= 2;
    }
}
