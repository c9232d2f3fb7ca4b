using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NhacHan.Bot.Options;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace NhacHan.Bot.Telegram.Runtime;

/// <summary>The webhook: POST Bot:Webhook:Path, authenticated by X-Telegram-Bot-Api-Secret-Token.</summary>
public static class WebhookEndpoint
{
    public const string SecretHeader = "X-Telegram-Bot-Api-Secret-Token";

    public static IEndpointRouteBuilder MapTelegramWebhook(this IEndpointRouteBuilder app)
    {
        var options = app.ServiceProvider.GetRequiredService<IOptions<BotOptions>>().Value;
        app.MapPost(options.Webhook.Path, Receive);
        return app;
    }

    private static async Task<IResult> Receive(HttpContext http, UpdateDispatcher dispatcher, IOptions<BotOptions> options)
    {
        var sent = http.Request.Headers[SecretHeader].ToString();
        if (sent.Length == 0) return Results.StatusCode(StatusCodes.Status401Unauthorized);
        if (!SecretMatches(sent, options.Value.Webhook.SecretToken)) return Results.StatusCode(StatusCodes.Status403Forbidden);
        Update? update;
        try
        {
            update = await JsonSerializer.DeserializeAsync<Update>(http.Request.Body, JsonBotAPI.Options, http.RequestAborted).ConfigureAwait(false);
        }
        catch (JsonException)
        {
            return Results.BadRequest();
        }
        if (update is null) return Results.BadRequest();
        await dispatcher.Handle(update, http.RequestAborted).ConfigureAwait(false);
        return Results.Ok();
    }

    public static bool SecretMatches(string sent, string? expected) =>
        !string.IsNullOrEmpty(expected)
        && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(sent), Encoding.UTF8.GetBytes(expected));
}
