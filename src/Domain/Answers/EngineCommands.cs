namespace NhacHan.Domain.Answers;

/// <summary>A /command the engine answers by itself, with its aliases and the line /help shows for it.</summary>
public sealed record EngineCommand(string Name, IReadOnlyList<string> Aliases, Intent Intent, string Description);

/// <summary>
/// The one list of commands the engine knows: /help prints it, <see cref="IntentReader"/> maps it to intents,
/// and an unknown "/xyz" is answered with it.
/// </summary>
public static class EngineCommands
{
    public static IReadOnlyList<EngineCommand> All { get; } =
    [
        new("sapden", [], Intent.Upcoming, "các mốc sắp đến hạn (14 ngày tới)"),
        new("kehoach", [], Intent.ListPlans, "danh sách kế hoạch đã lưu"),
        new("help", ["start", "huongdan", "trogiup"], Intent.Help, "hướng dẫn này"),
    ];

    /// <summary>The intent of a folded "/name" (a "@botname" suffix ignored); null when no command has that name.</summary>
    public static Intent? IntentOf(string command)
    {
        var name = command.TrimStart('/');
        var at = name.IndexOf('@', StringComparison.Ordinal);
        if (at >= 0) name = name[..at];
        foreach (var c in All)
            if (c.Name == name || c.Aliases.Contains(name)) return c.Intent;
        return null;
    }

    /// <summary>"/xyz", "/Xyz@bot": a slash followed by a command-like word — not "/2024" or a lone "/".</summary>
    public static bool LooksLikeCommand(string command) =>
        command.Length > 1 && char.IsAsciiLetter(command[1])
        && command.Skip(1).All(ch => char.IsAsciiLetterOrDigit(ch) || ch is '_' or '@');
}
