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

    /// <summary>No leading/trailing whitespace, no tab, no whitespace run, no space next to a line break.</summary>
    private static bool IsCollapsed(string text)
    {
        if (text.Length == 0) return true;
        if (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1])) return false;
        var previousWasSpace = false;
        foreach (var c in text)
        {
            if (c > ' ')
            {
                if (c > '\u007f' && char.IsWhiteSpace(c)) return false;
                previousWasSpace = false;
                continue;
            }
            if (c == ' ')
            {
                if (previousWasSpace) return false;
                previousWasSpace = true;
                continue;
            }
            if (c != '\n' || previousWasSpace) return false;
            previousWasSpace = true;
        }
        return true;
    }

    private static int IndexOfChange(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < '\u00a0') continue;
            if (IsRemoved(c) || IsSpaceLike(c) || IsDocumentNumberDash(text, i)) return i;
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
