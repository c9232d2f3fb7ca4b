using NhacHan.Domain.Plans;

namespace NhacHan.Domain.Storage;

public enum PlanStatus
{
    Active,
    Superseded,
    Archived,
}

/// <summary>Where a stored plan came from.</summary>
/// <param name="UploadedBy">"telegram:123456", "cli", or "sample".</param>
public sealed record PlanSource(string FileName, string Sha256, string UploadedBy, DateTimeOffset UploadedAt, bool IsSample);

/// <summary>A plan in the store: the parsed plan, its id, status and provenance.</summary>
/// <param name="Id">Short, URL- and callback-safe (≤ 16 ASCII characters), stable for the plan's life.</param>
public sealed record StoredPlan(string Id, Plan Plan, PlanStatus Status, PlanSource Source);
