using Microsoft.Extensions.Options;
using NhacHan.Bot.Cli.Verbs;

namespace NhacHan.Bot.Cli;

/// <summary>Routes `dotnet run --project src/Bot -- [verb] [options]` to a verb; no verb runs the bot.</summary>
public static class CliApp
{
    public static IReadOnlyList<ICliVerb> Verbs { get; } =
    [
        new RunVerb(),
        new ParseVerb(),
        new ImportVerb(),
        new PlansVerb(),
        new AskVerb(),
        new RemindersVerb(),
        new HealthVerb(),
    ];

    public static Task<int> Run(string[] args) => Run(args, CliContext.FromConsole());

    public static async Task<int> Run(string[] args, CliContext context)
    {
        var names = Verbs.Select(v => v.Name).ToHashSet(StringComparer.Ordinal);
        names.Add("help");
        // Value options of every verb are known up front so "--db x" parses the same before or after the verb.
        var valueOptions = Verbs.SelectMany(v => v.ValueOptions).ToHashSet(StringComparer.Ordinal);
        CliArguments parsed;
        try
        {
            parsed = CliArguments.Parse(args, names, valueOptions);
        }
        catch (CliUsageException e)
        {
            await context.Error.WriteLineAsync(e.Message).ConfigureAwait(false);
            return 2;
        }

        if (parsed.Verb == "help")
        {
            await context.Out.WriteLineAsync(Usage()).ConfigureAwait(false);
            return 0;
        }
        if (parsed.Verb is null && parsed.Positional.Count > 0)
        {
            await context.Error.WriteLineAsync($"Không có lệnh \"{parsed.Positional[0]}\".\n\n{Usage()}").ConfigureAwait(false);
            return 2;
        }

        var verb = Verbs.First(v => v.Name == (parsed.Verb ?? "run"));
        if (parsed.Has("--help"))
        {
            await context.Out.WriteLineAsync(parsed.Verb is null ? Usage() : verb.Help).ConfigureAwait(false);
            return 0;
        }
        try
        {
            return await verb.Run(parsed, context).ConfigureAwait(false);
        }
        catch (CliUsageException e)
        {
            await context.Error.WriteLineAsync($"{e.Message}\n\n{verb.Help}").ConfigureAwait(false);
            return 2;
        }
        catch (OptionsValidationException e)
        {
            await context.Error.WriteLineAsync($"Lỗi cấu hình: {string.Join("; ", e.Failures)}").ConfigureAwait(false);
            return 3;
        }
        catch (InvalidOperationException e) when (ConfigurationError.Describe(e) is { } message)
        {
            await context.Error.WriteLineAsync($"Lỗi cấu hình: {message}").ConfigureAwait(false);
            return 3;
        }
    }

    public static string Usage()
    {
        var lines = new List<string>
        {
            "Nhắc Hạn — trợ lý nhắc hạn kế hoạch của cấp ủy (Telegram bot và trò chuyện trên máy).",
            "",
            "Cách dùng: nhachan [lệnh] [tùy chọn]",
            "  (không có lệnh)  chạy bot: Telegram khi có Bot:Token, nếu không thì trò chuyện trên máy",
        };
        lines.AddRange(Verbs.Where(v => v.Name != "run").Select(v => $"  {v.Name,-16} {v.Summary}"));
        lines.Add("");
        lines.Add("Tùy chọn chung: --db PATH (tệp LiteDB), --help (trợ giúp của từng lệnh).");
        return string.Join('\n', lines);
    }
}
