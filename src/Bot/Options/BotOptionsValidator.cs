using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace NhacHan.Bot.Options;

/// <summary>Checks the "Bot" section at start; every failure names its key. Never echoes the token.</summary>
public sealed class BotOptionsValidator(IConfiguration configuration) : IValidateOptions<BotOptions>
{
    public ValidateOptionsResult Validate(string? name, BotOptions o)
    {
        // The binder silently drops list items it cannot convert, so malformed ids are found in the raw values.
        var failures = RawValues.NotParsable<long>(configuration, "Bot:Admins", "mã người dùng Telegram phải là một số");
        if (o.HasToken && !LooksLikeToken(o.Token!))
            failures.Add("Bot:Token: mã bot không đúng dạng <số>:<chuỗi> do BotFather cấp (giá trị không được in ra).");
        for (var i = 0; i < o.Admins.Count; i++)
        {
            if (o.Admins[i] <= 0)
                failures.Add($"Bot:Admins:{i} = {o.Admins[i]}: mã người dùng Telegram phải là số dương.");
        }
        if (!string.IsNullOrWhiteSpace(o.ApiBaseUrl) && !Uri.TryCreate(o.ApiBaseUrl, UriKind.Absolute, out _))
            failures.Add($"Bot:ApiBaseUrl = \"{o.ApiBaseUrl}\": phải là một địa chỉ URL đầy đủ.");
        if (o.PollTimeoutSeconds is < 1 or > 50)
            failures.Add($"Bot:PollTimeoutSeconds = {o.PollTimeoutSeconds}: phải từ 1 đến 50 giây.");
        if (o.Webhook.Enabled)
        {
            if (!Uri.TryCreate(o.Webhook.Url, UriKind.Absolute, out _))
                failures.Add("Bot:Webhook:Url: cần địa chỉ HTTPS công khai khi bật webhook.");
            if (string.IsNullOrWhiteSpace(o.Webhook.SecretToken))
                failures.Add("Bot:Webhook:SecretToken: cần một chuỗi bí mật khi bật webhook.");
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool LooksLikeToken(string token)
    {
        var colon = token.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && token[..colon].All(char.IsAsciiDigit) && token.Length > colon + 1
            && token[(colon + 1)..].All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-');
    }
}
