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

    /// <summary>
    /// Expressions open with a number or a word in "tcmvbkdhsnqg" (cues "trước", "chậm nhất", "vào", "bắt đầu", "kể từ",
    /// "đến", "hạn", "sau"; "ngày", "tháng", "quý", "năm", "nửa"; "đầu", "cuối", "giữa", "tuần", "hạ"): others are skipped unread.
    /// </summary>
    private static bool CanStart(in DateToken t) => t.Kind switch
    {
        TokenKind.Number => true,
        TokenKind.Word => t.Value is 't' or 'c' or 'm' or 'v' or 'b' or 'k' or 'd' or 'h' or 's' or 'n' or 'q' or 'g',
        _ => false,
    };

    private static bool IsAnchor(TokenStream s, int i) =>
        s.IsNumber(i) || (s.IsAnyWord(i) && s.Text[s[i].Start] is 'q' or 'Q' && s.IsQuarterWord(i));

    /// <summary>Every date expression in <paramref name="text"/>, in order, non-overlapping.</summary>
    /// <param name="referenceDate">The document's date, for a year left out ("trước 30/6"); null when unknown.</param>
    public static IReadOnlyList<DateMention> Find(string text, DateOnly? referenceDate)
    {
        if (string.IsNullOrEmpty(text)) return [];
        var state = new DateScan(referenceDate);
        // Every expression holds a digit, except a quarter whose year is left out ("trong quý IV").
        LineScan.Tokenized(text, static line => line.IndexOfAny(Anchors) >= 0, ref state,
            static (TokenStream s, ref DateScan st) => FindInLine(s, st.ReferenceDate, ref st.Found));
        return state.Found is null ? [] : state.Found;
    }

    private struct DateScan(DateOnly? referenceDate)
    {
        public readonly DateOnly? ReferenceDate = referenceDate;
        public List<DateMention>? Found;
    }

    private static void FindInLine(TokenStream s, DateOnly? referenceDate, ref List<DateMention>? found)
    {
        int i = 0, minStart = 0, nextAnchor = -1;
        DateExpression? previous = null;
        while (i < s.Count)
        {
            if (nextAnchor < i)
            {
                nextAnchor = i;
                while (nextAnchor < s.Count && !IsAnchor(s, nextAnchor)) nextAnchor++;
                if (nextAnchor == s.Count) break;
            }
            if (nextAnchor - i > MaxLead)
            {
                i = nextAnchor - MaxLead;
                continue;
            }
            if (!CanStart(s[i]))
            {
                i++;
                continue;
            }
            if (ExpressionReader.TryRead(s, i, minStart, ListCue(s, i, previous), out var e))
            {
                ListYear.Borrow(s, ref e);
                (found ??= []).Add(MentionBuilder.Build(s, e, referenceDate));
                previous = e;
                i = minStart = e.Last + 1;
                continue;
            }
            // A number that starts nothing takes its whole group with it ("30/2020/NĐ-CP", "15/20").
            i = s.IsNumber(i) ? NumberGroup.Read(s, i).Last + 1 : i + 1;
        }
    }

    /// <summary>
    /// "trước 15/10/2025 và 15/4/2026", "ngày 30/4 và 01/5": a date right after "và" following another takes
    /// that one's cue ("ngày" counts as "vào"), so a year-less day may stand and the kind carries over.
    /// </summary>
    private static DateCue ListCue(TokenStream s, int i, DateExpression? previous)
    {
        if (previous is not { } p || p.IsRange || p.IsCitation || p.Last + 2 != i) return DateCue.None;
        // "trước ngày 15/3, 15/6, 15/9 và 15/12": after a comma only days, and only when the list goes on or ends
        // there ("chậm nhất 10/10, 3/4 đơn vị …" is a fraction).
        if (s.IsPunct(i - 1, ','))
        {
            if (p.Start.Kind != PieceKind.Day || !s.IsNumber(i)) return DateCue.None;
            var after = NumberGroup.Read(s, i).Last + 1;
            if (!(after >= s.Count || s.IsPunct(after, ',') || s.IsPunct(after, '.') || s.IsPunct(after, ';') || s.IsWord(after, "va")))
                return DateCue.None;
        }
        else if (!s.IsWord(i - 1, "va")) return DateCue.None;
        if (p.Cue is DateCue.Before or DateCue.NoLaterThan or DateCue.Due or DateCue.Until or DateCue.At) return p.Cue;
        return p.Cue == DateCue.None && s.IsWord(p.First, "ngay") ? DateCue.At : DateCue.None;
    }

    /// <summary>Every relative timing phrase in <paramref name="text"/>, in order.</summary>
    public static IReadOnlyList<RelativeMention> FindRelative(string text) => RelativeGrammar.Find(text);
}
