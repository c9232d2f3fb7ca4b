namespace NhacHan.Domain.Parsing.Extractors;

public sealed class RelativeDeadlineExtractor : IPlanExtractor
{
    public void Extract(PlanBuilder builder)
    {
    }
}
