namespace NhacHan.Domain.Parsing.Dates;

/// <summary>
/// Tells a cited document's date ("Chỉ thị số 35-CT/TW, ngày 30/5/2019 của Bộ Chính trị") from a deadline:
/// the date follows the document's symbol, or follows the document's kind and is followed by "của" (issuer).
/// </summary>
internal static class CitationDetector
{
    private const int KindWindow = 8;

    public static bool IsCitation(TokenStream s, in DateExpression e)
    {
        if (e.Cue is not (DateCue.None or DateCue.At)) return false;
        var k = e.First - 1;
        for (var skipped = 0; skipped < 2 && (s.IsPunct(k, ',') || s.IsPunct(k, '(')); skipped++) k--;
        if (SymbolEndsAt(s, k) || NumberedDocumentEndsAt(s, k)) return true;
        // "… được ban hành ngày 18/01/2024": an issue date, never an obligation.
        if (s.IsWord(e.First - 2, "ban") && s.IsWord(e.First - 1, "hanh")) return true;
        return s.IsWord(e.Last + 1, "cua") && DocumentKindBefore(s, e.First);
    }

    /// <summary>"35-CT/TW", "1234/QĐ-UBND", "12-HD/BTCTW" ends at token <paramref name="k"/>.</summary>
    private static bool SymbolEndsAt(TokenStream s, int k)
    {
        if (!s.IsAnyWord(k)) return false;
        var j = k;
        for (var steps = 0; steps < 12 && j > 0 && s.Touching(j - 1); steps++) j--;
        for (var m = j; m <= k; m++)
            if (s.IsNumber(m) && NumberGroup.Read(s, m).IsSymbol) return true;
        return false;
    }

    /// <summary>"Công văn số 1234 ngày …", "Chỉ thị 35, ngày …": a bare number after "số" or a document kind.</summary>
    private static bool NumberedDocumentEndsAt(TokenStream s, int k) =>
        s.IsNumber(k) && !s.Touching(k - 1) && (s.IsWord(k - 1, "so") || IsDocumentKind(s, k - 2));

    /// <summary>"Chỉ thị 35", "Kế hoạch của …" within a few words before the date, in the same clause.</summary>
    private static bool DocumentKindBefore(TokenStream s, int first)
    {
        for (var k = first - 1; k >= 1 && k >= first - KindWindow; k--)
        {
            if (s.IsPunct(k, '.') || s.IsPunct(k, ';') || s.IsPunct(k, ':')) return false;
            if (IsDocumentKind(s, k - 1)) return true;
        }
        return false;
    }

    private static bool IsDocumentKind(TokenStream s, int k) =>
        (s.IsWord(k, "chi") && s.IsWord(k + 1, "thi"))
        || (s.IsWord(k, "ke") && s.IsWord(k + 1, "hoach"))
        || (s.IsWord(k, "huong") && s.IsWord(k + 1, "dan"))
        || (s.IsWord(k, "ket") && s.IsWord(k + 1, "luan"))
        || (s.IsWord(k, "cong") && s.IsWord(k + 1, "van"))
        || (s.IsWord(k, "quy") && s.IsWord(k + 1, "dinh"))
        || (s.IsWord(k, "nghi") && (s.IsWord(k + 1, "quyet") || s.IsWord(k + 1, "dinh")))
        || (s.IsWord(k, "quyet") && s.IsWord(k + 1, "dinh"))
        || (s.IsWord(k, "thong") && (s.IsWord(k + 1, "bao") || s.IsWord(k + 1, "tu") || s.IsWord(k + 1, "tri")))
        || s.IsWord(k + 1, "luat");
}
