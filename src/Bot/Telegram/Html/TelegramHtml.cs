using System.Text;
using NhacHan.Domain.Answers;

namespace NhacHan.Bot.Telegram.Html;

/// <summary>
/// Renders <see cref="RichText"/> to Telegram's HTML parse mode. Every run's text is escaped, because runs carry
/// user input and document text; only the tags this class writes (b, i, blockquote) reach Telegram.
/// </summary>
public static class TelegramHtml
{
    /// <summary>Escapes the three characters Telegram's HTML parser treats specially.</summary>
    public static string Escape(string text)
    {
        if (text.AsSpan().IndexOfAny('&', '<', '>') < 0) return text;
        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            sb.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                _ => null,
            } ?? c.ToString());
        }
        return sb.ToString();
    }

    public static string Render(RichText text)
    {
        var sb = new StringBuilder();
        var inQuote = false;
        foreach (var run in text.Runs)
        {
            var quote = run.Style.HasFlag(TextStyle.Quote);
            if (quote && !inQuote) sb.Append("<blockquote>");
            if (!quote && inQuote) sb.Append("</blockquote>");
            inQuote = quote;
            var body = Escape(run.Text);
            if (run.Style.HasFlag(TextStyle.Italic)) body = $"<i>{body}</i>";
            if (run.Style.HasFlag(TextStyle.Bold)) body = $"<b>{body}</b>";
            sb.Append(body);
        }
        if (inQuote) sb.Append("</blockquote>");
        return sb.ToString();
    }

    public static string Bold(string text) => $"<b>{Escape(text)}</b>";

    public static string Italic(string text) => $"<i>{Escape(text)}</i>";
}
