namespace NhacHan.Domain.Plans;

/// <summary>Everything the parser understood of one plan document (the fields of shared/plans/README.md).</summary>
public sealed record Plan
{
    public string? Number { get; init; }
    public DateOnly? IssuedOn { get; init; }

    /// <summary>Year and month when only those are printed ("ngày   tháng 8 năm 2024"), as the first day of that month.</summary>
    public DateOnly? IssuedMonth { get; init; }

    public string? Place { get; init; }
    public string? Issuer { get; init; }
    public string Title { get; init; } = "";
    public Signer? Signer { get; init; }
    public IReadOnlyList<Deadline> Deadlines { get; init; } = [];
    public IReadOnlyList<RelativeDeadline> RelativeDeadlines { get; init; } = [];
    public IReadOnlyList<ScheduleItem> Schedule { get; init; } = [];
    public IReadOnlyList<PlanEvent> Events { get; init; } = [];
    public IReadOnlyList<string> Contents { get; init; } = [];
    public IReadOnlyList<UnitDuties> Units { get; init; } = [];
    public IReadOnlyList<DocumentReference> References { get; init; } = [];
    public IReadOnlyList<string> Supersedes { get; init; } = [];
    public IReadOnlyList<string> Recipients { get; init; } = [];

    /// <summary>Things the parser was unsure of, in Vietnamese, for the admin's preview (never guessed silently).</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>The document's date for inferring years: the issue date, else the issue month.</summary>
    public DateOnly? ReferenceDate => IssuedOn ?? IssuedMonth;
}
