using Telegram.Bot.Types;

namespace NhacHan.Bot.Telegram.Handlers;

public sealed class StartCommand(Onboarding onboarding) : ICommandHandler
{
    public string Command => "start";

    public string? Description => "Bắt đầu, chọn cấp và đơn vị của bạn";

    public Task Handle(Message message, string arguments, CancellationToken ct) =>
        onboarding.Start(message.Chat.Id, arguments, ct);
}
