using System.Text;
using NhacHan.Bot.Telegram.Html;

namespace NhacHan.Bot.Telegram.Handlers;

/// <summary>
/// The Telegram command list, taken from the registered <see cref="ICommandHandler"/>s (those with a description,
/// once each, in registration order): the bot menu, /help and the reply to an unknown command all show this list.
/// </summary>
public static class CommandMenu
{
    public static IReadOnlyList<(string Command, string Description)> Of(IEnumerable<ICommandHandler> handlers) =>
        handlers.Where(h => h.Description is not null)
            .DistinctBy(h => h.Command)
            .Select(h => (h.Command, h.Description!))
            .ToList();

    /// <summary>"/command — description" lines, HTML-escaped, one per command.</summary>
    public static string Html(IEnumerable<ICommandHandler> handlers)
    {
        var sb = new StringBuilder();
        foreach (var (command, description) in Of(handlers))
            sb.Append('/').Append(command).Append(" — ").Append(TelegramHtml.Escape(description)).Append('\n');
        return sb.ToString();
    }

    /// <summary>The reply to "/name" in a private chat when no handler has that name.</summary>
    public static string UnknownCommand(string name, IEnumerable<ICommandHandler> handlers) =>
        $"Không có lệnh /{TelegramHtml.Escape(name)}. Các lệnh của Nhắc Hạn:\n{Html(handlers).TrimEnd()}";
}
