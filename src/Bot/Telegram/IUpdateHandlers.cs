using Telegram.Bot.Types;

namespace NhacHan.Bot.Telegram;

/// <summary>Handles one /command (without the slash, lowercase Latin: "sapden", "caidat").</summary>
public interface ICommandHandler
{
    string Command { get; }

    /// <summary>Vietnamese description for setMyCommands; null keeps the command out of the menu.</summary>
    string? Description { get; }

    Task Handle(Message message, string arguments, CancellationToken ct);
}

/// <summary>Handles callback queries whose data starts with <see cref="Prefix"/> followed by ':'.</summary>
public interface ICallbackHandler
{
    string Prefix { get; }

    Task Handle(CallbackQuery query, string payload, CancellationToken ct);
}
