namespace NhacHan.Domain.Documents;

public enum LegacyFontFamily
{
    Tcvn3,
    Vni,
}

/// <summary>
/// Recognises Vietnamese typed in the pre-Unicode TCVN3 (ABC, ".VnTime") or VNI ("VNI-Times") fonts. Such text,
/// read as Unicode, comes out as "§¶ng bé" (TCVN3 for "Đảng bộ") or "Coäng hoøa" (VNI for "Cộng hòa"):
/// Latin-1 symbols or non-Vietnamese accented letters inside words, and almost no real Vietnamese letters.
/// </summary>
public static class LegacyFontDetector
{
    // TCVN3 puts Vietnamese letters on Latin-1 symbol code points: § = Đ, ® = đ, ¶ = ả, ¸ = á, µ = à, ª = ê, « = ô …
    private const string Tcvn3Symbols = "¡¢£¤¥¦§¨©ª«¬®µ¶·¸¹»¼½¾";

    // VNI writes a base letter followed by a mark drawn from Latin-1 letters that Vietnamese never uses.
    private const string VniMarks = "äåæçëîïñöøûüÄÅÆÇËÎÏÑÖØÛÜ";

    private const int MinimumHits = 4;

    /// <summary>Legacy text that makes up most of the document: the file must be converted before use.</summary>
    public static (LegacyFontFamily Family, string Sample)? Detect(string text) => Scan(text) is { Dominant: true } hit ? (hit.Family, hit.Sample) : null;

    /// <summary>
    /// Legacy text in a document that is otherwise Unicode (a header typed in .VnTimeH, say): usable, but the
    /// admin should know that those lines may be misread.
    /// </summary>
    public static (LegacyFontFamily Family, string Sample)? DetectPartial(string text) => Scan(text) is { Dominant: false } hit ? (hit.Family, hit.Sample) : null;

    /// <summary>One scan for both questions: the family, a sample, and whether legacy text dominates.</summary>
    public static (LegacyFontFamily Family, string Sample, bool Dominant)? Scan(string text)
    {
        int tcvn = 0, vni = 0, modern = 0;
        int tcvnAt = -1, vniAt = -1;
        var limit = Math.Min(text.Length, 200_000);
        for (var i = 0; i < limit; i++)
        {
            var c = text[i];
            if (IsModernVietnamese(c)) { modern++; continue; }
            if (c < '\u00a1' || c > '\u00ff') continue;
            var prevLetter = i > 0 && IsWordChar(text[i - 1]);
            var nextLetter = i + 1 < limit && IsWordChar(text[i + 1]);
            // Symbols glued to letters ("§¶ng", "k¸ch") never occur in Unicode Vietnamese.
            if (c <= '\u00bf' && Tcvn3Symbols.Contains(c) && (prevLetter || nextLetter))
            {
                tcvn++;
                if (tcvnAt < 0) tcvnAt = i;
            }
            if (VniMarks.Contains(c) && prevLetter)
            {
                vni++;
                if (vniAt < 0) vniAt = i;
            }
        }
        // Real Vietnamese Unicode text carries many letters such as ạ, ơ, ư, đ; legacy text carries almost none.
        if (tcvn >= MinimumHits && tcvn >= vni)
            return (LegacyFontFamily.Tcvn3, SampleAround(text, tcvnAt), tcvn * 3 > modern);
        if (vni >= MinimumHits)
            return (LegacyFontFamily.Vni, SampleAround(text, vniAt), vni * 3 > modern);
        return null;
    }

    private static bool IsWordChar(char c) => char.IsLetter(c) || (c >= '\u00a1' && c <= '\u00bf');

    private static bool IsModernVietnamese(char c) =>
        c is >= '\u1ea0' and <= '\u1ef9' or 'ơ' or 'Ơ' or 'ư' or 'Ư' or 'đ' or 'Đ' or 'ă' or 'Ă' or 'ĩ' or 'Ĩ' or 'ũ' or 'Ũ';

    private static string SampleAround(string text, int at)
    {
        var start = at;
        while (start > 0 && at - start < 20 && !char.IsWhiteSpace(text[start - 1])) start--;
        // Include the previous word too, so the admin recognises the phrase.
        var s = start;
        while (s > 0 && char.IsWhiteSpace(text[s - 1]) && start - s < 2) s--;
        while (s > 0 && start - s < 25 && !char.IsWhiteSpace(text[s - 1])) s--;
        var end = at;
        while (end < text.Length && end - at < 25 && !char.IsWhiteSpace(text[end])) end++;
        var next = end;
        while (next < text.Length && next - end < 2 && text[next] == ' ') next++;
        while (next < text.Length && next - end < 25 && !char.IsWhiteSpace(text[next])) next++;
        return text[s..next].Trim();
    }
}
