namespace NhacHan.Domain.Parsing.Dates;

/// <summary>Finds Vietnamese administrative date expressions in text (no .NET library parses them).</summary>
public static class DateGrammar
{
    /// <summary>Every date expression in <paramref name="text"/>, in order, non-overlapping.</summary>
    /// <param name="referenceDate">The document's date, for a year left out ("trước 30/6"); null when unknown.</param>
    public static IReadOnlyList<DateMention> Find(string text, DateOnly? referenceDate)
    {
        // Contract stub: the grammar lands with the dates work.
        _ = text;
        _ = referenceDate;
        return [];
    }

    /// <summary>Every relative timing phrase in <paramref name="text"/>, in order.</summary>
    public static IReadOnlyList<RelativeMention> FindRelative(string text)
    {
        _ = text;
        return [];
    }
}
