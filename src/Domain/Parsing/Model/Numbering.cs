namespace NhacHan.Domain.Parsing.Model;

public enum NumberStyle
{
    None,
    /// <summary>"I.", "IV." — top-level parts.</summary>
    Roman,
    /// <summary>"1.", "1.1.", "2)" — numbered items and sub-headings.</summary>
    Arabic,
    /// <summary>"(1)", "(2)".</summary>
    Paren,
    /// <summary>"a)", "b.".</summary>
    Letter,
}

/// <summary>The numbering or list marker at the start of a paragraph, and where its body text begins.</summary>
public readonly record struct LeadMarker(NumberStyle Style, string? Number, char Bullet, int BodyOffset)
{
    /// <summary>
    /// Reads "### I. ", "1.1. ", "(2) ", "a) ", "- ", "+ ", "* ", "• " (after optional Markdown heading marks,
    /// bold marks and indentation). Allocation-free except for the number string.
    /// </summary>
    public static LeadMarker Read(ReadOnlySpan<char> raw)
    {
        var i = 0;
        var n = raw.Length;
        while (i < n && (char.IsWhiteSpace(raw[i]) || raw[i] == '#')) i++;
        var afterHashes = i;
        while (i < n && raw[i] == '*' && i + 1 < n && raw[i + 1] == '*') i += 2;

        // Bullets: "- ", "+ ", "* ", "• ", "– ".
        if (i < n && raw[i] is '-' or '+' or '*' or '•' or '–' or '·')
        {
            var j = i + 1;
            if (j < n && raw[j] is ' ' or '\t' or '\u00A0')
            {
                var b = raw[i] == '–' ? '-' : raw[i];
                while (j < n && char.IsWhiteSpace(raw[j])) j++;
                return new LeadMarker(NumberStyle.None, null, b, j);
            }
        }

        // "PHẦN I.", "Phần II:" — a part heading with a Roman numeral.
        if (i + 5 < n && (raw.Slice(i, 5).SequenceEqual("PHẦN ") || raw.Slice(i, 5).SequenceEqual("Phần ")))
        {
            var j = i + 5;
            while (j < n && j - i < 11 && raw[j] is 'I' or 'V' or 'X' or 'L') j++;
            if (j > i + 5 && (j == n || raw[j] is '.' or ':' or ' ' or '-' or '–'))
                return new LeadMarker(NumberStyle.Roman, raw[(i + 5)..j].ToString(), '\0', SkipSpace(raw, Math.Min(n, j + 1)));
        }

        // Roman numerals followed by "." or ")".
        {
            var j = i;
            while (j < n && j - i < 6 && raw[j] is 'I' or 'V' or 'X' or 'L') j++;
            if (j > i && j + 1 < n && raw[j] is '.' or ')' && raw[j + 1] is ' ' or '\t' or '\u00A0' or '*')
                return new LeadMarker(NumberStyle.Roman, raw[i..j].ToString(), '\0', SkipSpace(raw, j + 1));
        }

        // "(1)".
        if (i + 2 < n && raw[i] == '(' && char.IsAsciiDigit(raw[i + 1]))
        {
            var j = i + 1;
            while (j < n && j - i < 4 && char.IsAsciiDigit(raw[j])) j++;
            if (j < n && raw[j] == ')')
                return new LeadMarker(NumberStyle.Paren, raw[i..(j + 1)].ToString(), '\0', SkipSpace(raw, j + 1));
        }

        // "1.", "1.1.", "2.3.1", "2)".
        if (i < n && char.IsAsciiDigit(raw[i]))
        {
            var j = i;
            var groups = 0;
            while (j < n && groups < 5)
            {
                var g = j;
                while (j < n && j - g < 3 && char.IsAsciiDigit(raw[j])) j++;
                if (j == g || j - g > 2) return default;
                groups++;
                if (j < n && raw[j] == '.' && j + 1 < n && char.IsAsciiDigit(raw[j + 1])) { j++; continue; }
                break;
            }
            var number = raw[i..j].ToString();
            if (j < n && raw[j] is '.' or ')')
            {
                j++;
                if (j >= n || raw[j] is ' ' or '\t' or '\u00A0' or '*')
                    return new LeadMarker(NumberStyle.Arabic, number, '\0', SkipSpace(raw, j));
            }
            else if (groups > 1 && j < n && raw[j] is ' ' or '\t')
            {
                // "1.1 Cấp huyện" (no trailing dot).
                return new LeadMarker(NumberStyle.Arabic, number, '\0', SkipSpace(raw, j));
            }
            return default;
        }

        // "a) ", or "b. " before a capital — a single lower-case letter.
        if (i + 2 < n && char.IsLower(raw[i]) && raw[i + 2] is ' ' or '\t'
            && (raw[i + 1] == ')' || (raw[i + 1] == '.' && i + 3 < n && char.IsUpper(raw[i + 3]))))
            return new LeadMarker(NumberStyle.Letter, raw[i].ToString(), '\0', SkipSpace(raw, i + 2));

        return new LeadMarker(NumberStyle.None, null, '\0', afterHashes);
    }

    private static int SkipSpace(ReadOnlySpan<char> raw, int j)
    {
        while (j < raw.Length && (char.IsWhiteSpace(raw[j]) || raw[j] == '*')) j++;
        return j;
    }

    public int ArabicDepth => Number is null ? 0 : Number.Count(c => c == '.') + 1;
}
