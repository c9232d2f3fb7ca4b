using NhacHan.Domain.Storage;
using Telegram.Bot.Types;

namespace NhacHan.Bot.Telegram.Handlers;

/// <summary>ob:l:N (level), ob:u:KEY (unit from the plans), ob:x (skip).</summary>
public sealed class OnboardingCallbacks(Onboarding onboarding) : ICallbackHandler
{
    public string Prefix => Onboarding.Prefix;

    public Task Handle(CallbackQuery query, string payload, CancellationToken ct)
    {
        var chatId = query.Message?.Chat.Id ?? query.From.Id;
        var parts = payload.Split(':', 2);
        return parts switch
        {
            ["l", var n] when int.TryParse(n, out var level) && Enum.IsDefined((UnitLevel)level) =>
                onboarding.ChooseLevel(chatId, (UnitLevel)level, ct),
            ["u", var key] => onboarding.ChooseUnitByKey(chatId, key, ct),
            _ => onboarding.Skip(chatId, ct),
        };
    }
}
