namespace NhacHan.Domain.Plans;

/// <summary>A unit named in TỔ CHỨC THỰC HIỆN / NHIỆM VỤ CỤ THỂ with its duties, verbatim.</summary>
public sealed record UnitDuties(string Unit, IReadOnlyList<string> Duties)
{
    /// <summary>The heading path where the unit first appears, when known.</summary>
    public string? Section { get; init; }
}
