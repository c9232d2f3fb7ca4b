using Telegram.Bot;

namespace NhacHan.Bot.Telegram.Routing;

/// <summary>Who the bot is (from getMe): needed to recognise "/cmd@bot", "@bot" mentions and replies to it.</summary>
public sealed record BotIdentity(long Id, string Username);

/// <summary>Asks getMe once and caches the answer.</summary>
public sealed class BotIdentityProvider(ITelegramBotClient bot)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private BotIdentity? _me;

    public async Task<BotIdentity> Get(CancellationToken ct)
    {
        if (_me is { } known) return known;
        await _gate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            if (_me is null)
            {
                var me = await bot.GetMe(ct).ConfigureAwait(false);
                _me = new BotIdentity(me.Id, me.Username ?? "");
            }
            return _me;
        }
        finally
        {
            _gate.Release();
        }
    }
}
