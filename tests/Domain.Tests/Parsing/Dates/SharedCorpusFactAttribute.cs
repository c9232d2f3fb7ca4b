namespace NhacHan.Domain.Tests.Parsing.Dates;

/// <summary>A fact over ../shared/plans that is skipped, with the reason, when the corpus is not there.</summary>
public sealed class SharedCorpusFactAttribute : FactAttribute
{
    public SharedCorpusFactAttribute()
    {
        if (SharedCorpus.PlansDirectory is null)
            Skip = "../shared/plans (the development corpus) is not present next to the repository; set NHACHAN_SHARED_PLANS to run.";
    }
}
