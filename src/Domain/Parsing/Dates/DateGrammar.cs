using System.Buffers;

namespace NhacHan.Domain.Parsing.Dates;

/// <summary>Finds Vietnamese administrative date expressions in text (no .NET library parses them).</summary>
/// <remarks>
/// Every date expression holds a digit, so the scan only looks at tokens within a few words before a number:
/// one pass to tokenize, then a hand-written grammar (see <see cref="ExpressionReader"/>) at those tokens.
/// </remarks>
public static class DateGrammar
{
    /// <summary>The most tokens a cue and qualifiers take before the first number ("bắt đầu từ đầu tuần đến trung tuần tháng 10").</summary>
    private const int MaxLead = 12;

    private static readonly SearchValues<char> Anchors = SearchValues.Create("0123456789qQ");

    private static bool IsAnchor(TokenStream s, int i) =>
        s.IsNumber(i) || (s.IsAnyWord(i) && s.Text[s[i].Start] is 'q' or 'Q' && s.IsWord(i, "quy"));

    /// <summary>Every date expression in <paramref name="text"/>, in order, non-overlapping.</summary>
    /// <param name="referenceDate">The document's date, for a year left out ("trước 30/6"); null when unknown.</param>
    public static IReadOnlyList<DateMention> Find(string text, DateOnly? referenceDate)
    {
        // Every expression holds a digit, except a quarter whose year is left out ("trong quý IV").
        if (string.IsNullOrEmpty(text) || text.AsSpan().IndexOfAny(Anchors) < 0) return [];
        using var s = DateTokenizer.Tokenize(text);
        List<DateMention>? found = null;
        int i = 0, minStart = 0, nextNumber = -1;
        while (i < s.Count)
        {
            if (nextNumber < i)
            {
                nextNumber = i;
                while (nextNumber < s.Count && !IsAnchor(s, nextNumber)) nextNumber++;
                if (nextNumber == s.Count) break;
            }
            if (nextNumber - i > MaxLead)
            {
                i = nextNumber - MaxLead;
                continue;
            }
            if (ExpressionReader.TryRead(s, i, minStart, out var e))
            {
                (found ??= []).Add(MentionBuilder.Build(s, e, referenceDate));
                i = minStart = e.Last + 1;
                continue;
            }
            // A number that starts nothing takes its whole group with it ("30/2020/NĐ-CP", "15/20").
            i = s.IsNumber(i) ? NumberGroup.Read(s, i).Last + 1 : i + 1;
        }
        return found is null ? [] : found;
    }

    /// <summary>Every relative timing phrase in <paramref name="text"/>, in order.</summary>
    public static IReadOnlyList<RelativeMention> FindRelative(string text) => RelativeGrammar.Find(text);
}
