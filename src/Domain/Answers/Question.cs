namespace NhacHan.Domain.Answers;

/// <summary>What the user wants to know.</summary>
public enum Intent
{
    /// <summary>Nothing recognisable: search the plans by topic and answer with dates.</summary>
    Unknown,
    Help,
    ListPlans,
    /// <summary>Deadlines (and schedule items) within a time window.</summary>
    Upcoming,
    DueDate,
    Contents,
    Responsibility,
    Meeting,
    PlanSummary,
    /// <summary>A "/command" the engine does not know: say so and list the commands it knows.</summary>
    UnknownCommand,
}

/// <summary>A period the question asks about, relative to now or printed ("tháng 12/2024").</summary>
/// <param name="Label">How the answer names it ("7 ngày tới", "tháng 12/2024").</param>
/// <param name="Coarse">A month or longer: period-scoped schedule items belong in the answer.</param>
public sealed record DateWindow(DateOnly From, DateOnly To, string Label, bool Coarse);

/// <summary>A question as read: its intent, topic syllables (folded, abbreviations expanded), numbers, window.</summary>
public sealed record Question(
    string Text,
    string Folded,
    Intent Intent,
    IReadOnlyList<string> Terms,
    IReadOnlyList<string> NumberKeys,
    DateWindow? Window,
    LevelMask Level);
