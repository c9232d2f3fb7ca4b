namespace NhacHan.Domain.Text;

/// <summary>Splits text into folded syllables (lower case, no tones, đ→d): letters and digits only.</summary>
public static class Syllables
{
    public static List<string> Of(string text) => OfFolded(VietnameseText.Fold(text));

    /// <summary>Splits already folded text: every run of letters or digits is one syllable.</summary>
    public static List<string> OfFolded(string folded)
    {
        var result = new List<string>();
        var start = -1;
        for (var i = 0; i <= folded.Length; i++)
        {
            var inWord = i < folded.Length && char.IsLetterOrDigit(folded[i]);
            if (inWord && start < 0) start = i;
            else if (!inWord && start >= 0)
            {
                result.Add(folded[start..i]);
                start = -1;
            }
        }
        return result;
    }

    /// <summary>Levenshtein distance capped at <paramref name="max"/>+1 (enough to test "within one edit").</summary>
    public static int Distance(string a, string b, int max = 1)
    {
        if (Math.Abs(a.Length - b.Length) > max) return max + 1;
        Span<int> prev = stackalloc int[b.Length + 1];
        Span<int> cur = stackalloc int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) prev[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            var rowMin = cur[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                cur[j] = Math.Min(Math.Min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                rowMin = Math.Min(rowMin, cur[j]);
            }
            if (rowMin > max) return max + 1;
            cur.CopyTo(prev);
        }
        return prev[b.Length];
    }
}
