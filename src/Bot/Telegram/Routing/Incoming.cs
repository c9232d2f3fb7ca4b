using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace NhacHan.Bot.Telegram.Routing;

/// <summary>What a message asks of the bot, decided before any handler runs.</summary>
public abstract record Incoming;

/// <summary>"/name args" (name lowercased, any "@bot" suffix removed).</summary>
public sealed record CommandIncoming(string Name, string Arguments) : Incoming;

/// <summary>A question or a reply in a dialog (a group mention of the bot is removed).</summary>
public sealed record TextIncoming(string Text) : Incoming;

/// <summary>A file sent as a document.</summary>
public sealed record DocumentIncoming(Document Document) : Incoming;

/// <summary>Not for the bot: other chatter in a group, a command for another bot, a sticker…</summary>
public sealed record IgnoredIncoming(string Reason) : Incoming;

/// <summary>
/// The message rules: in private chats everything is for the bot; in groups only commands (for this bot or for
/// no bot in particular), mentions of the bot and replies to the bot's messages are.
/// </summary>
public static class IncomingClassifier
{
    public static Incoming Classify(Message message, BotIdentity me)
    {
        var group = message.Chat.Type is ChatType.Group or ChatType.Supergroup;
        var repliesToBot = message.ReplyToMessage?.From?.Id == me.Id && me.Id != 0;
        var text = message.Text ?? message.Caption;
        var mentioned = text is not null && Mentions(text, me.Username);

        if (message.Document is { } document)
        {
            return !group || mentioned || repliesToBot
                ? new DocumentIncoming(document)
                : new IgnoredIncoming("document in a group, not addressed to the bot");
        }
        if (message.Text is null) return new IgnoredIncoming("no text");
        var trimmed = message.Text.Trim();
        if (trimmed.StartsWith('/') && ParseCommand(trimmed, me.Username) is { } command) return command;
        if (trimmed.StartsWith('/') && IsCommandShape(trimmed)) return new IgnoredIncoming("command for another bot");
        if (!group) return new TextIncoming(trimmed);
        if (mentioned) return StripMention(trimmed, me.Username) is { Length: > 0 } rest
            ? new TextIncoming(rest)
            : new CommandIncoming("help", "");
        if (repliesToBot) return new TextIncoming(trimmed);
        return new IgnoredIncoming("group chatter");
    }

    /// <summary>"/Sapden@NhacHanBot 30" → ("sapden", "30"); null when it is for another bot or not a command.</summary>
    public static CommandIncoming? ParseCommand(string text, string botUsername)
    {
        if (!IsCommandShape(text)) return null;
        var end = 1;
        while (end < text.Length && !char.IsWhiteSpace(text[end])) end++;
        var token = text[1..end];
        var args = text[end..].Trim();
        var at = token.IndexOf('@', StringComparison.Ordinal);
        if (at >= 0)
        {
            var target = token[(at + 1)..];
            if (!string.Equals(target, botUsername, StringComparison.OrdinalIgnoreCase)) return null;
            token = token[..at];
        }
        if (token.Length is 0 or > 32 || !token.All(c => char.IsAsciiLetterOrDigit(c) || c == '_')) return null;
        return new CommandIncoming(token.ToLowerInvariant(), args);
    }

    private static bool IsCommandShape(string text) => text.Length > 1 && text[0] == '/' && char.IsAsciiLetterOrDigit(text[1]);

    public static bool Mentions(string text, string username) =>
        username.Length > 0 && IndexOfMention(text, username) >= 0;

    private static int IndexOfMention(string text, string username)
    {
        var needle = "@" + username;
        for (var i = text.IndexOf(needle, StringComparison.OrdinalIgnoreCase); i >= 0;
             i = text.IndexOf(needle, i + 1, StringComparison.OrdinalIgnoreCase))
        {
            var after = i + needle.Length;
            if (after >= text.Length || !(char.IsLetterOrDigit(text[after]) || text[after] == '_')) return i;
        }
        return -1;
    }

    private static string StripMention(string text, string username)
    {
        var i = IndexOfMention(text, username);
        var rest = text.Remove(i, username.Length + 1);
        return string.Join(' ', rest.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Trim(' ', ',', ':');
    }
}
