using System.Text;

namespace NhacHan.Bot.Telegram.Html;

/// <summary>
/// Splits Telegram HTML longer than one message into several, preferring line boundaries, then spaces. A cut never
/// falls inside a tag or an entity; tags open at the cut are closed at the end of one part and reopened at the
/// start of the next, so every part parses on its own.
/// </summary>
public static class HtmlSplitter
{
    /// <summary>Telegram's limit for one message's text.</summary>
    public const int MaxLength = 4096;

    public static IReadOnlyList<string> Split(string html, int limit = MaxLength)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 64);
        if (html.Length <= limit) return html.Trim().Length == 0 ? [] : [html];
        var tokens = Tokenize(html);
        var parts = new List<string>();
        var open = new List<string>();
        var i = 0;
        while (i < tokens.Count)
        {
            var sb = new StringBuilder();
            foreach (var tag in open) sb.Append('<').Append(tag).Append('>');
            var stack = new List<string>(open);
            var breakAt = -1; var breakLen = 0; List<string>? breakStack = null;
            var spaceAt = -1; var spaceLen = 0; List<string>? spaceStack = null;
            var j = i;
            for (; j < tokens.Count; j++)
            {
                var token = tokens[j];
                var after = Apply(stack, token);
                if (sb.Length + token.Length + ClosingLength(after) > limit) break;
                sb.Append(token);
                stack = after;
                if (token == "\n") { breakAt = j; breakLen = sb.Length - 1; breakStack = stack; }
                else if (token == " ") { spaceAt = j; spaceLen = sb.Length - 1; spaceStack = stack; }
            }
            if (j == tokens.Count)
            {
                Emit(parts, sb.ToString(), stack);
                break;
            }
            if (breakAt >= i && breakLen > 0)
            {
                Emit(parts, sb.ToString(0, breakLen), breakStack!);
                open = breakStack!;
                i = breakAt + 1;
            }
            else if (spaceAt >= i && spaceLen > 0)
            {
                Emit(parts, sb.ToString(0, spaceLen), spaceStack!);
                open = spaceStack!;
                i = spaceAt + 1;
            }
            else
            {
                // One unbroken run longer than a message: cut between tokens (never inside an entity).
                Emit(parts, sb.ToString(), stack);
                open = stack;
                i = Math.Max(j, i + 1);
            }
        }
        return parts;
    }

    private static void Emit(List<string> parts, string body, List<string> stack)
    {
        var sb = new StringBuilder(body);
        for (var k = stack.Count - 1; k >= 0; k--) sb.Append("</").Append(stack[k]).Append('>');
        var text = sb.ToString();
        if (VisibleText(text).Trim().Length > 0) parts.Add(text);
    }

    private static string VisibleText(string html)
    {
        var sb = new StringBuilder();
        foreach (var t in Tokenize(html))
        {
            if (!t.StartsWith('<')) sb.Append(t);
        }
        return sb.ToString();
    }

    private static List<string> Apply(List<string> stack, string token)
    {
        if (!token.StartsWith('<') || token.Length < 3) return stack;
        var copy = new List<string>(stack);
        if (token[1] == '/')
        {
            if (copy.Count > 0) copy.RemoveAt(copy.Count - 1);
        }
        else
        {
            var name = token[1..^1].Split(' ', 2)[0];
            copy.Add(name);
        }
        return copy;
    }

    private static int ClosingLength(List<string> stack) => stack.Sum(t => t.Length + 3);

    /// <summary>Tags, entities and single characters (surrogate pairs kept together).</summary>
    internal static List<string> Tokenize(string html)
    {
        var tokens = new List<string>(html.Length);
        for (var i = 0; i < html.Length;)
        {
            var c = html[i];
            int end;
            if (c == '<' && (end = html.IndexOf('>', i)) > i) { tokens.Add(html[i..(end + 1)]); i = end + 1; }
            else if (c == '&' && (end = html.IndexOf(';', i)) > i && end - i <= 10) { tokens.Add(html[i..(end + 1)]); i = end + 1; }
            else if (char.IsHighSurrogate(c) && i + 1 < html.Length) { tokens.Add(html.Substring(i, 2)); i += 2; }
            else { tokens.Add(c.ToString()); i++; }
        }
        return tokens;
    }
}
