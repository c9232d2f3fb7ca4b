namespace NhacHan.Domain.Parsing;

/// <summary>One job in the parser pipeline: read the shared document model, add what it finds to the builder.</summary>
public interface IPlanExtractor
{
    void Extract(PlanBuilder builder);
}
