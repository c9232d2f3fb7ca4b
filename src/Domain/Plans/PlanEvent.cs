namespace NhacHan.Domain.Plans;

/// <summary>A meeting with a fixed local date and time.</summary>
/// <param name="Start">Local wall-clock time in Asia/Ho_Chi_Minh.</param>
public sealed record PlanEvent(
    DateTime Start,
    string? Place,
    string What,
    IReadOnlyList<string> Participants)
{
    /// <summary>The sentence the time came from, when known.</summary>
    public string? Quote { get; init; }

    /// <summary>The heading path the event sits under, when known.</summary>
    public string? Section { get; init; }
}
