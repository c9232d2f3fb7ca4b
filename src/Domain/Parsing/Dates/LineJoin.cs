namespace NhacHan.Domain.Parsing.Dates;

/// <summary>
/// A date expression broken by a line break (Shift+Enter in Word, a wrapped PDF line): "trước ngày\n27/01/2024",
/// "ngày 15 tháng 02\nnăm 2024". A line that ends inside an expression is read together with the next one.
/// </summary>
internal static class LineJoin
{
    /// <summary>Words that leave an expression open at a line's end ("trước", "ngày", "tháng", "chậm nhất", …).</summary>
    private static readonly string[] OpenWords = ["ngay", "truoc", "nhat", "han", "den", "tu", "thang", "vao", "het", "luc", "toi"];

    /// <summary>Whether text[start..lineEnd) ends with a cue word or a day/month number after "ngày"/"tháng".</summary>
    public static bool EndsInsideExpression(string text, int start, int lineEnd)
    {
        var i = SkipBack(text, start, lineEnd - 1);
        if (i < start) return false;
        if (text[i] is >= '0' and <= '9')
        {
            var digits = 0;
            while (i >= start && text[i] is >= '0' and <= '9') { i--; digits++; }
            if (digits > 2 || i < start || text[i] is not (' ' or '\u00A0')) return false;
            i = SkipBack(text, start, i);
            return i >= start && (WordEndsAt(text, start, i, "ngay") || WordEndsAt(text, start, i, "thang"));
        }
        foreach (var w in OpenWords)
            if (WordEndsAt(text, start, i, w)) return true;
        return false;
    }

    private static int SkipBack(string text, int start, int i)
    {
        while (i >= start && text[i] is ' ' or '\t' or '\r' or '\n' or '\u00A0' or '*' or '_' or ':') i--;
        return i;
    }

    /// <summary>Whether the word ending at <paramref name="last"/> folds to <paramref name="folded"/> (combining marks dropped).</summary>
    private static bool WordEndsAt(string text, int start, int last, string folded)
    {
        var k = folded.Length - 1;
        var i = last;
        while (i >= start && FoldedChars.IsWordChar(text[i]))
        {
            var f = FoldedChars.Fold(text[i]);
            i--;
            if (f == '\0') continue;
            if (k < 0 || f != folded[k]) return false;
            k--;
        }
        return k < 0;
    }
}
