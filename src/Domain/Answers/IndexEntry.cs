using NhacHan.Domain.Storage;

namespace NhacHan.Domain.Answers;

/// <summary>What part of a plan an index entry stands for.</summary>
public enum EntryKind : byte
{
    Plan,
    Deadline,
    Schedule,
    Event,
    Unit,
    Contents,
    /// <summary>Timing tied to an event ("trong 15 ngày kể từ ngày đại hội"): never given a date.</summary>
    Relative,
}

/// <summary>Which levels an item speaks about ("Cấp cơ sở:", "Cấp huyện và tương đương").</summary>
[Flags]
public enum LevelMask : byte
{
    None = 0,
    Grassroots = 1,
    District = 2,
    Province = 4,
}

/// <summary>One searchable item: a plan's deadline, schedule item, event, unit, contents, or the plan itself.</summary>
/// <param name="Done">For a deadline: the plan says it is already completed.</param>
public readonly record struct IndexEntry(int Plan, EntryKind Kind, LevelMask Level, int Index, bool Done = false);

/// <summary>A plan as the index knows it: ids and keys only — the plan itself is read from the store on demand.</summary>
public sealed class PlanRow
{
    public required int Row { get; init; }
    public required string Id { get; init; }
    public required PlanStatus Status { get; set; }
    public required bool IsSample { get; init; }
    public required string Sha256 { get; init; }
    public required DateOnly? Date { get; init; }
    public required string[] OwnKeys { get; init; }
    /// <summary>Directives/plans the title names: the documents this plan implements.</summary>
    public required string[] CitedKeys { get; init; }
    public required string[] ReferenceKeys { get; init; }
    public required string[] SupersedesKeys { get; init; }
    public int FirstEntry { get; set; }
    public int EntryCount { get; set; }

    /// <summary>False once a newer version of the same plan replaced this row.</summary>
    public bool Alive { get; set; } = true;

    public bool Answerable => Alive && Status == PlanStatus.Active;
}
