namespace NhacHan.Domain.Parsing.Extractors;

public sealed class ScheduleTableExtractor : IPlanExtractor
{
    public void Extract(PlanBuilder builder)
    {
    }
}
