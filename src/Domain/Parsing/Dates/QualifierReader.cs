namespace NhacHan.Domain.Parsing.Dates;

/// <summary>
/// Words that place work inside a month or year without changing its deadline: "đầu", "cuối", "giữa",
/// "trung tuần", "tuần đầu", "tuần 2", "nửa đầu", and spans of them ("đầu tuần đến trung tuần tháng 10/2025").
/// </summary>
internal static class QualifierReader
{
    /// <summary>The index after the qualifier at <paramref name="i"/>, or -1 when there is none.</summary>
    public static int Read(TokenStream s, int i, out bool isSpan)
    {
        isSpan = false;
        var next = ReadOne(s, i);
        if (next < 0) return -1;
        // "tuần thứ 2 của tháng 5/2025".
        if (s.IsWord(next, "cua") && s.IsWord(next + 1, "thang")) next++;
        if ((s.IsWord(next, "den") || s.IsWord(next, "toi") || s.IsPunct(next, '-')) && ReadOne(s, next + 1) is var second and >= 0)
        {
            isSpan = true;
            return second;
        }
        return next;
    }

    private static int ReadOne(TokenStream s, int i)
    {
        if (s.IsWord(i, "dau") || s.IsWord(i, "cuoi") || s.IsWord(i, "giua"))
            return s.IsWord(i + 1, "tuan") ? i + 2 : i + 1;
        if ((s.IsWord(i, "trung") || s.IsWord(i, "thuong") || s.IsWord(i, "ha")) && s.IsWord(i + 1, "tuan"))
            return i + 2;
        if (s.IsWord(i, "tuan"))
        {
            if (s.IsWord(i + 1, "dau") || s.IsWord(i + 1, "cuoi") || s.IsWord(i + 1, "giua")) return i + 2;
            if (s.IsWord(i + 1, "thu") && (s.IsSmallNumber(i + 2, 1) || s.IsAnyWord(i + 2))) return i + 3;
            // "tuần 2 tháng 5/2025": a week of the month, still month-level timing.
            if (s.IsSmallNumber(i + 1, 1) && s.Value(i + 1) is >= 1 and <= 5 && (s.IsWord(i + 2, "thang") || s.IsWord(i + 2, "cua"))) return i + 2;
        }
        // "nửa đầu tháng 8", "nửa cuối tháng 9/2025".
        if (s.IsWord(i, "nua") && (s.IsWord(i + 1, "dau") || s.IsWord(i + 1, "cuoi")) && s.IsWord(i + 2, "thang")) return i + 2;
        return -1;
    }
}
