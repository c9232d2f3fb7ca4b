namespace NhacHan.Domain.Parsing.Dates;

/// <summary>
/// Timing tied to an event, never given a calendar date: "ngay sau đại hội", "sau khi kết thúc đại hội", "trước khi tiến hành",
/// "trong 10 ngày kể từ ngày nhận được …", "sau 15 ngày kể từ …", "chậm nhất 30 ngày sau khi …",
/// "15 ngày trước ngày khai mạc đại hội".
/// </summary>
internal static class RelativeGrammar
{
    /// <summary>An anchor longer than this is cut: it names an event, not a whole sentence.</summary>
    private const int MaxAnchorWords = 12;

    public static IReadOnlyList<RelativeMention> Find(string text)
    {
        if (string.IsNullOrEmpty(text)) return [];
        List<RelativeMention>? found = null;
        LineScan.Tokenized(text, MayHoldRelative, ref found, FindInLine);
        return found is null ? [] : found;
    }

    private static void FindInLine(TokenStream s, ref List<RelativeMention>? found)
    {
        var text = s.Text;
        var i = 0;
        while (i < s.Count)
        {
            if (TryRead(s, i, out var first, out var anchorFirst, out var anchorLast))
            {
                var anchor = text[s[anchorFirst].Start..s[anchorLast].End];
                (found ??= []).Add(new RelativeMention(Documents.SourceSpan.FromBounds(s[first].Start, s[anchorLast].End), anchor));
                i = anchorLast + 1;
                continue;
            }
            i++;
        }
    }

    /// <summary>Every pattern holds "sau", "trước khi" or a duration ("10 ngày", "02 tháng", "2 tuần"): skip other text without tokenizing.</summary>
    private static bool MayHoldRelative(ReadOnlySpan<char> span)
    {
        if (span.IndexOf("sau", StringComparison.OrdinalIgnoreCase) >= 0 || span.IndexOf(" khi ", StringComparison.OrdinalIgnoreCase) >= 0
            || span.IndexOf("tết", StringComparison.OrdinalIgnoreCase) >= 0) return true;
        var at = span.IndexOfAnyInRange('0', '9');
        while (at >= 0)
        {
            var k = at;
            while (k < span.Length && char.IsAsciiDigit(span[k])) k++;
            var gap = k;
            while (k < span.Length && (char.IsWhiteSpace(span[k]) || span[k] == '*')) k++;
            if (k > gap && k + 1 < span.Length && IsUnitStart(span[k], span[k + 1])) return true;
            var next = span[k..].IndexOfAnyInRange('0', '9');
            at = next < 0 ? -1 : k + next;
        }
        return false;
    }

    /// <summary>"ng" (ngày), "tu" (tuần), "th" (tháng), "gi" (giờ), any case.</summary>
    private static bool IsUnitStart(char a, char b)
    {
        a = char.ToLowerInvariant(a);
        b = char.ToLowerInvariant(b);
        return (a == 'n' && b == 'g') || (a == 't' && (b == 'u' || b == 'h')) || (a == 'g' && b == 'i');
    }

    private static bool TryRead(TokenStream s, int i, out int first, out int anchorFirst, out int anchorLast)
    {
        first = i;
        anchorFirst = anchorLast = -1;
        int connector;
        if (s.IsPlainWord(i, "ngay") && s.IsWord(i + 1, "sau"))
            connector = s.IsWord(i + 2, "khi") ? i + 3 : i + 2;
        else if (s.IsWord(i, "sau") && s.IsWord(i + 1, "khi"))
            connector = i + 2;
        else if (s.IsWord(i, "truoc") && s.IsWord(i + 1, "khi"))
            connector = i + 2; // "trình duyệt trước khi tiến hành": due before an event with no date
        else if ((s.IsWord(i, "truoc") || s.IsWord(i, "sau")) && s.IsWord(i + 1, "tet"))
            connector = i + 1; // "trước Tết Nguyên đán": a lunar holiday, never given a Gregorian date
        else if (s.IsWord(i, "sau") && IsEventStart(s, i + 1))
            connector = i + 1;
        else
        {
            var count = ReadLead(s, i);
            if (count < 0 || !TryReadDuration(s, count, out var afterDuration)) return false;
            connector = ReadConnector(s, afterDuration);
            if (connector < 0) return false;
        }
        return TryReadAnchor(s, connector, out anchorFirst, out anchorLast);
    }

    /// <summary>The duration's number after "trong", "trong vòng", "sau", "chậm nhất", "không quá", "tối đa", or none.</summary>
    private static int ReadLead(TokenStream s, int i)
    {
        if (s.IsNumber(i)) return i;
        if (s.IsWord(i, "trong"))
        {
            // "trong vòng 10 ngày", "trong thời hạn 10 ngày", "trong thời gian 10 ngày".
            if (s.IsWord(i + 1, "vong")) return i + 2;
            if (s.IsWord(i + 1, "thoi") && (s.IsWord(i + 2, "han") || s.IsWord(i + 2, "gian"))) return i + 3;
            return i + 1;
        }
        if (s.IsWord(i, "sau")) return i + 1;
        if ((s.IsWord(i, "cham") || s.IsWord(i, "muon")) && s.IsWord(i + 1, "nhat")) return s.IsWord(i + 2, "la") ? i + 3 : i + 2;
        if ((s.IsWord(i, "khong") && s.IsWord(i + 1, "qua")) || (s.IsWord(i, "toi") && s.IsWord(i + 1, "da"))) return i + 2;
        return -1;
    }

    /// <summary>"10 ngày", "02 tháng", "2 tuần", "48 giờ", "15 ngày làm việc".</summary>
    private static bool TryReadDuration(TokenStream s, int i, out int next)
    {
        next = -1;
        if (!s.IsSmallNumber(i, 3) || s.Touching(i)) return false;
        if (!(s.IsWord(i + 1, "ngay") || s.IsWord(i + 1, "tuan") || s.IsWord(i + 1, "thang") || s.IsWord(i + 1, "gio"))) return false;
        next = s.IsWord(i + 2, "lam") && s.IsWord(i + 3, "viec") ? i + 4 : i + 2;
        return true;
    }

    /// <summary>"kể từ", "tính từ", "sau khi", "sau", "trước khi", "trước", "từ khi": the index after it, or -1.</summary>
    private static int ReadConnector(TokenStream s, int i)
    {
        if ((s.IsWord(i, "ke") || s.IsWord(i, "tinh")) && s.IsWord(i + 1, "tu")) return s.IsWord(i + 2, "khi") ? i + 3 : i + 2;
        if (s.IsWord(i, "tu") && s.IsWord(i + 1, "khi")) return i + 2;
        if (s.IsWord(i, "sau") || s.IsWord(i, "truoc")) return s.IsWord(i + 1, "khi") ? i + 2 : i + 1;
        return -1;
    }

    /// <summary>Words up to the clause's end; none when it is a calendar date ("kể từ ngày 01/7/2025" is a start date).</summary>
    private static bool TryReadAnchor(TokenStream s, int i, out int first, out int last)
    {
        first = last = -1;
        if (!s.IsAnyWord(i)) return false;
        if (s.IsWord(i, "ngay") && s.IsNumber(i + 1)) return false;
        first = last = i;
        var words = 1;
        for (var k = i + 1; k < s.Count && words < MaxAnchorWords && !s.LineBreakAfter(k - 1); k++)
        {
            var t = s[k];
            if (t.Kind == TokenKind.Punct)
            {
                // Symbols and numbering inside the anchor ("Kế hoạch 146-KH/TU") continue it; clause marks end it.
                if (t.Value is '-' or '/' && s.Touching(k - 1) && s.Touching(k)) continue;
                break;
            }
            if (IsClauseWord(s, k)) break;
            if (t.Kind == TokenKind.Number && s.IsWord(k - 1, "ngay")) return false;
            last = k;
            words++;
        }
        return true;
    }

    /// <summary>"sau đại hội", "sau hội nghị", "sau kỳ họp": "sau" alone only before a meeting.</summary>
    private static bool IsEventStart(TokenStream s, int i) =>
        (s.IsWord(i, "dai") || s.IsWord(i, "hoi")) && s.IsWord(i + 1, "hoi") || (s.IsWord(i, "ky") && s.IsWord(i + 1, "hop"));

    /// <summary>Words that start the next part of the sentence, not more of the event.</summary>
    private static bool IsClauseWord(TokenStream s, int k) =>
        s.IsWord(k, "de") || s.IsWord(k, "thi") || s.IsWord(k, "va") || s.IsWord(k, "theo") || s.IsWord(k, "nham")
        || s.IsWord(k, "phai") || s.IsWord(k, "hoan") && s.IsWord(k + 1, "thanh");
}
