using NhacHan.Domain.Plans;

namespace NhacHan.Domain.Storage;

/// <summary>What storing a plan would do, decided before the admin confirms.</summary>
public enum ImportDisposition
{
    /// <summary>Not stored yet.</summary>
    New,
    /// <summary>The same file (same SHA-256) is stored already: "đã có".</summary>
    Duplicate,
    /// <summary>A plan with the same identity is stored: this replaces it on confirmation.</summary>
    NewVersion,
}

public sealed record ImportCheck(ImportDisposition Disposition, StoredPlan? Existing, IReadOnlyList<StoredPlan> WillSupersede);

public sealed record ImportOutcome(StoredPlan Stored, ImportDisposition Disposition, IReadOnlyList<StoredPlan> Superseded);

/// <summary>Plans and their original files. Writes are transactional: a failed import stores nothing.</summary>
public interface IPlanStore
{
    IReadOnlyList<StoredPlan> All();

    StoredPlan? Get(string id);

    ImportCheck Check(Plan plan, ReadOnlySpan<byte> fileBytes);

    /// <summary>Stores (or, for a new version, replaces) the plan with its original bytes, and marks plans it
    /// says it replaces as superseded. A duplicate file returns the existing plan unchanged.</summary>
    ImportOutcome Save(Plan plan, string fileName, byte[] fileBytes, string uploadedBy, bool isSample = false);

    /// <summary>Archives a plan (it is no longer answered from or reminded). False when unknown.</summary>
    bool Archive(string id, string by);

    /// <summary>The original file bytes, or null.</summary>
    byte[]? OpenOriginal(string id);

    /// <summary>Raised after a plan is stored or its status changes (search index and reminders listen).</summary>
    event Action<StoredPlan>? Changed;
}
