using System.Buffers;
using System.Text;
using NhacHan.Domain.Text;

namespace NhacHan.Domain.Documents;

/// <summary>
/// The one normalisation every reader applies before blocks are cut. Quotes are substrings of the normalised text.
/// <list type="bullet">
/// <item><see cref="Normalize"/> (all readers, .txt/.md included): Unicode NFC; NBSP, narrow NBSP and figure
/// space → space; zero-width characters and soft hyphens removed; an en/em dash inside a document number
/// ("15–KH/TU") → "-". Line breaks, tabs and runs of spaces are KEPT: in .txt/.md files tabs mark flattened
/// table cells and quotes must stay verbatim against the file, and matching uses
/// <see cref="VietnameseText.Fold"/>, which collapses whitespace anyway.</item>
/// <item><see cref="NormalizeInline"/> (one .docx/.pdf paragraph, whose layout whitespace carries no meaning):
/// the above, plus every run of spaces/tabs collapsed to one space and the ends trimmed. Tabs are thereby
/// reserved for the table rendering of <see cref="SourceDocument.Text"/>.</item>
/// </list>
/// </summary>
public static class TextNormalizer
{
    public static string Normalize(string text)
    {
        text = VietnameseText.Nfc(text);
        var firstChange = IndexOfChange(text);
        if (firstChange < 0) return text;
        var sb = new StringBuilder(text.Length);
        sb.Append(text, 0, firstChange);
        for (var i = firstChange; i < text.Length; i++)
        {
            var c = text[i];
            if (IsRemoved(c)) continue;
            if (IsSpaceLike(c)) sb.Append(' ');
            else if (IsDocumentNumberDash(text, i)) sb.Append('-');
            else sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>One paragraph's text: <see cref="Normalize"/>, then whitespace runs → one space, ends trimmed.</summary>
    public static string NormalizeInline(string text)
    {
        text = Normalize(text);
        if (IsCollapsed(text)) return text;
        var sb = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (c is ' ' or '\t' || (char.IsWhiteSpace(c) && c is not '\n'))
            {
                pendingSpace = sb.Length > 0 && sb[^1] != '\n';
                continue;
            }
            if (c == '\n')
            {
                // Keep soft line breaks (Word's Shift+Enter) but drop the spaces around them.
                pendingSpace = false;
                sb.Append('\n');
                continue;
            }
            if (pendingSpace) sb.Append(' ');
            pendingSpace = false;
            sb.Append(c);
        }
        return sb.ToString().Trim('\n', ' ');
    }

    /// <summary>Every character <see cref="Normalize"/> may change: found with one vectorised search.</summary>
    private static readonly SearchValues<char> Special = SearchValues.Create(
        "\u200b\u200c\u200d\u2060\ufeff\u00ad" + "\u00a0\u202f\u2007\u2009\u200a\u2002\u2003\u3000" + "\u2013\u2014\u2012\u2212");

    /// <summary>Whitespace other than a single space or a line break.</summary>
    private static readonly SearchValues<char> OddWhitespace = SearchValues.Create(
        "\t\r\v\f\u0085\u1680\u2000\u2001\u2004\u2005\u2006\u2008\u2028\u2029\u205f");

    /// <summary>No leading/trailing whitespace, no tab or other odd whitespace, no run of spaces, no space next to a line break.</summary>
    private static bool IsCollapsed(string text)
    {
        if (text.Length == 0) return true;
        if (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1])) return false;
        var span = text.AsSpan();
        return !span.ContainsAny(OddWhitespace)
            && !span.Contains("  ", StringComparison.Ordinal)
            && !span.Contains(" \n", StringComparison.Ordinal)
            && !span.Contains("\n ", StringComparison.Ordinal)
            && !span.Contains("\n\n", StringComparison.Ordinal);
    }

    private static int IndexOfChange(string text)
    {
        var from = 0;
        while (from < text.Length)
        {
            var i = text.AsSpan(from).IndexOfAny(Special);
            if (i < 0) return -1;
            i += from;
            var c = text[i];
            if (IsRemoved(c) || IsSpaceLike(c) || IsDocumentNumberDash(text, i)) return i;
            from = i + 1;
        }
        return -1;
    }

    private static bool IsRemoved(char c) =>
        c is '\u200b' or '\u200c' or '\u200d' or '\u2060' or '\ufeff' or '\u00ad';

    private static bool IsSpaceLike(char c) =>
        c is '\u00a0' or '\u202f' or '\u2007' or '\u2009' or '\u200a' or '\u2002' or '\u2003' or '\u3000';

    /// <summary>"15–KH/TU", "45—CT/TW": a dash between a digit and the letters of a document symbol.</summary>
    private static bool IsDocumentNumberDash(string text, int i)
    {
        if (text[i] is not ('\u2013' or '\u2014' or '\u2012' or '\u2212')) return false;
        if (i == 0 || !char.IsAsciiDigit(text[i - 1])) return false;
        var j = i + 1;
        while (j < text.Length && j - i <= 8 && (char.IsUpper(text[j]) || text[j] == 'Đ')) j++;
        return j > i + 1 && j < text.Length && text[j] is '/' or '-';
    }
}
