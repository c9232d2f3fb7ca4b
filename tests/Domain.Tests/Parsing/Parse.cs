using NhacHan.Domain.Documents;
using NhacHan.Domain.Parsing;
using NhacHan.Domain.Parsing.Model;
using NhacHan.Domain.Plans;

namespace NhacHan.Domain.Tests.Parsing;

/// <summary>Small helpers: text → plan (asserting success), text → document model.</summary>
public static class Parse
{
    public static Plan Text(string text, string fileName = "kh.txt")
    {
        var (plan, error) = PlanParser.Parse(PlainTextReader.Read(fileName, text));
        Assert.True(plan is not null, error?.Message);
        return plan!;
    }

    /// <summary>A plan body under a minimal header, so the extractor under test sees a real plan.</summary>
    public static Plan Body(string body) => Text("KẾ HOẠCH\n\nthử nghiệm\n\n" + body);

    public static PlanDocument Model(string text) => PlanDocument.Build(PlainTextReader.Read("kh.txt", text));
}
