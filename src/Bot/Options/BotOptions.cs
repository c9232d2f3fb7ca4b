namespace NhacHan.Bot.Options;

/// <summary>The "Bot" section: Telegram connection and who may upload plans.</summary>
public sealed class BotOptions
{
    public const string Section = "Bot";

    /// <summary>The BotFather token. Empty → the local console chat runs instead. Never logged.</summary>
    public string? Token { get; set; }

    /// <summary>Telegram user ids allowed to upload and archive plans.</summary>
    public List<long> Admins { get; set; } = [];

    /// <summary>A Bot API server other than api.telegram.org (a local server, or the test emulator).</summary>
    public string? ApiBaseUrl { get; set; }

    /// <summary>Long-poll timeout in seconds (also the HTTP timeout of getUpdates).</summary>
    public int PollTimeoutSeconds { get; set; } = 30;

    public WebhookOptions Webhook { get; set; } = new();

    /// <summary>Send rates (Telegram's limits by default; tests against the emulator may raise them).</summary>
    public OutboxOptions Outbox { get; set; } = new();

    /// <summary>Send a "Kế hoạch mới" notice to chats a newly stored plan concerns.</summary>
    public bool NotifyNewPlans { get; set; } = true;

    public bool HasToken => !string.IsNullOrWhiteSpace(Token);
}

public sealed class WebhookOptions
{
    /// <summary>Use a webhook instead of long polling.</summary>
    public bool Enabled { get; set; }

    /// <summary>The public HTTPS URL Telegram posts to, e.g. https://bot.example.vn/telegram/update.</summary>
    public string? Url { get; set; }

    /// <summary>Checked against the X-Telegram-Bot-Api-Secret-Token header.</summary>
    public string? SecretToken { get; set; }

    /// <summary>Where the endpoint listens, e.g. http://0.0.0.0:8080.</summary>
    public string ListenUrl { get; set; } = "http://0.0.0.0:8080";

    public string Path { get; set; } = "/telegram/update";
}

/// <summary>Telegram's sending limits, as the outbox enforces them.</summary>
public sealed class OutboxOptions
{
    /// <summary>Messages per second across all chats (Telegram: 30).</summary>
    public double GlobalPerSecond { get; set; } = 29.4;

    /// <summary>Messages per second to one private chat (Telegram: 1).</summary>
    public double PrivateChatPerSecond { get; set; } = 1;

    /// <summary>Messages per minute to one group (Telegram: 20).</summary>
    public double GroupPerMinute { get; set; } = 20;
}
