using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;

namespace NhacHan.Bot.Hosting;

/// <summary>
/// Console log format that removes anything shaped like a bot token ("123456:ABC…") from messages and
/// exceptions. The code never logs the token; this is the second line of defence (e.g. a URL in an exception).
/// </summary>
public sealed partial class SecretRedactingFormatter() : ConsoleFormatter(FormatterName)
{
    public const string FormatterName = "nhachan";

    public static string Redact(string text) => TokenPattern().Replace(text, "$1***");

    public override void Write<TState>(in LogEntry<TState> logEntry, IExternalScopeProvider? scopeProvider, TextWriter textWriter)
    {
        var message = logEntry.Formatter(logEntry.State, logEntry.Exception);
        if (message is null && logEntry.Exception is null) return;
        var level = logEntry.LogLevel switch
        {
            LogLevel.Trace => "trce",
            LogLevel.Debug => "dbug",
            LogLevel.Information => "info",
            LogLevel.Warning => "warn",
            LogLevel.Error => "fail",
            LogLevel.Critical => "crit",
            _ => "none",
        };
        textWriter.Write($"{level}: {logEntry.Category}[{logEntry.EventId.Id}] {Redact(message ?? "")}");
        if (logEntry.Exception is not null) textWriter.Write(" " + Redact(logEntry.Exception.ToString()));
        textWriter.WriteLine();
    }

    // Digits, a colon, then 30+ token characters; keeps the bot id (first group) visible.
    [GeneratedRegex(@"(\d{3,}:)[A-Za-z0-9_\-]{20,}")]
    private static partial Regex TokenPattern();
}
