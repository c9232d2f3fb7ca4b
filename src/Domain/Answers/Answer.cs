namespace NhacHan.Domain.Answers;

/// <summary>A button the user may press; <see cref="Action"/> is ASCII, at most 64 bytes (ids, never text).</summary>
public sealed record AnswerChoice(string Label, string Action);

/// <summary>A fact the answer states, with its source (for tests and citing).</summary>
public sealed record AnswerFact(string PlanId, string Section, string Quote, DateOnly? Date);

/// <summary>The engine's reply: formatted text, the facts it rests on, and optional choices.</summary>
public sealed record Answer(RichText Text, IReadOnlyList<AnswerFact> Facts, IReadOnlyList<AnswerChoice> Choices)
{
    public static Answer Of(RichText text) => new(text, [], []);
}
