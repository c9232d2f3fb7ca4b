namespace NhacHan.Bot.Hosting;

public enum HostRole
{
    /// <summary>A CLI verb: domain services only, no background services.</summary>
    Verb,

    /// <summary>The bot: Telegram when a token is configured, else the local console chat.</summary>
    Run,
}
