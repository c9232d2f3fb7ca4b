namespace NhacHan.Domain.Parsing.Extractors;

public sealed class DeadlineExtractor : IPlanExtractor
{
    public void Extract(PlanBuilder builder)
    {
    }
}
