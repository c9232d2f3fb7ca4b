using System.Globalization;
using System.Text;

namespace NhacHan.Domain.Text;

/// <summary>
/// Vietnamese text primitives shared by parsing and answering: NFC, a fold that removes tones AND maps
/// đ→d (the usual accent strip leaves đ), and a canonical tone placement so "uỷ"/"ủy", "hoà"/"hòa" match.
/// </summary>
public static class VietnameseText
{
    /// <summary>Unicode NFC; Word files mix precomposed and combining marks.</summary>
    public static string Nfc(string s) => s.IsNormalized(NormalizationForm.FormC) ? s : s.Normalize(NormalizationForm.FormC);

    /// <summary>Lower case, no diacritics, đ→d, whitespace runs (NBSP, tabs) collapsed to one space.</summary>
    public static string Fold(string s)
    {
        var decomposed = s.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var ch in decomposed)
        {
            var cat = CharUnicodeInfo.GetUnicodeCategory(ch);
            if (cat == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsWhiteSpace(ch))
            {
                pendingSpace = sb.Length > 0;
                continue;
            }
            if (pendingSpace)
            {
                sb.Append(' ');
                pendingSpace = false;
            }
            sb.Append(ch switch
            {
                'đ' or 'Đ' => 'd',
                _ => char.ToLowerInvariant(ch),
            });
        }
        return sb.ToString();
    }

    /// <summary>
    /// NFC with tones moved to the modern ("new style") position so old and new spellings compare equal:
    /// "uỷ"→"ủy", "hoà"→"hòa", "thuỷ"→"thủy". Case is kept.
    /// </summary>
    public static string CanonicalTones(string s)
    {
        s = Nfc(s);
        if (s.Length < 2) return s;
        var chars = s.ToCharArray();
        for (var i = 0; i + 1 < chars.Length; i++)
        {
            // Old style puts the tone on the second vowel of "oa", "oe", "uy" at a syllable end;
            // the modern style this project uses puts it on the first ("hòa", "ủy").
            var (baseA, toneA) = Split(chars[i]);
            var (baseB, toneB) = Split(chars[i + 1]);
            if (toneA != '\0' || toneB == '\0') continue;
            var pair = char.ToLowerInvariant(baseA).ToString() + char.ToLowerInvariant(baseB);
            if (pair is not ("oa" or "oe" or "uy")) continue;
            var atSyllableEnd = i + 2 >= chars.Length || !char.IsLetter(chars[i + 2]);
            if (!atSyllableEnd) continue;
            // "qu" + y: "quý" keeps its tone on y ("u" belongs to the consonant).
            if (pair == "uy" && i > 0 && char.ToLowerInvariant(chars[i - 1]) == 'q') continue;
            chars[i] = Compose(baseA, toneB);
            chars[i + 1] = baseB;
        }
        return new string(chars);
    }

    private static (char Base, char Tone) Split(char c)
    {
        var d = c.ToString().Normalize(NormalizationForm.FormD);
        if (d.Length == 1) return (c, '\0');
        // Keep vowel-shape marks (circumflex, breve, horn) with the base; the tone is one of five marks.
        char tone = '\0';
        var sb = new StringBuilder();
        foreach (var ch in d)
        {
            if (ch is '\u0300' or '\u0301' or '\u0303' or '\u0309' or '\u0323') tone = ch;
            else sb.Append(ch);
        }
        var baseChar = sb.ToString().Normalize(NormalizationForm.FormC);
        return (baseChar.Length == 1 ? baseChar[0] : c, tone);
    }

    private static char Compose(char baseChar, char tone)
    {
        var composed = (baseChar.ToString() + tone).Normalize(NormalizationForm.FormC);
        return composed.Length == 1 ? composed[0] : baseChar;
    }
}
