namespace NhacHan.Domain.Parsing.Extractors;

public sealed class EventExtractor : IPlanExtractor
{
    public void Extract(PlanBuilder builder)
    {
    }
}
