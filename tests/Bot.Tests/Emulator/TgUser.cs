using System.Net.Http.Json;
using System.Text.Json;

namespace NhacHan.Bot.Tests.Emulator;

/// <summary>The scripted Telegram user: the emulator's user-side HTTP API.</summary>
public sealed class TgUser(string baseUrl, string token, long chatId) : IDisposable
{
    private readonly HttpClient _http = new() { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromSeconds(90) };

    public long ChatId => chatId;

    private async Task<JsonElement> Call(string route, object body)
    {
        using var resp = await _http.PostAsJsonAsync(route, body);
        var json = await resp.Content.ReadFromJsonAsync<JsonElement>();
        if (!json.GetProperty("ok").GetBoolean()) throw new InvalidOperationException($"{route}: {json}");
        return json.GetProperty("result").Clone();
    }

    public Task<JsonElement> SendText(string text, long? userId = null) =>
        Call("/sendMessage", new { token, chatId, userId = userId ?? chatId, text });

    /// <summary>A message that replies to one of the bot's messages (as returned by <see cref="WaitForBot"/>).</summary>
    public Task<JsonElement> SendReply(string text, JsonElement botMessage, long? userId = null) =>
        Call("/sendMessage", new Dictionary<string, object?>
        {
            ["token"] = token, ["chatId"] = chatId, ["userId"] = userId ?? chatId, ["text"] = text, ["reply_to_message"] = botMessage,
        });

    public Task<JsonElement> PressButton(string label) => Call("/pressButton", new { token, chatId, text = label });

    public Task<JsonElement> PressData(string data) => Call("/pressButton", new { token, chatId, data });

    public Task<JsonElement> SendDocument(string fileName, byte[] data, string? caption = null, long? userId = null) =>
        Call("/sendDocument", new { token, chatId, userId = userId ?? chatId, fileName, contentBase64 = Convert.ToBase64String(data), caption });

    public Task<JsonElement> CallbackAnswers() => Call("/getCallbackAnswers", new { token, chatId });

    public Task<JsonElement> BlockBot() => Call("/blockBot", new { token, chatId });

    public Task<JsonElement> UnblockBot() => Call("/unblockBot", new { token, chatId });

    /// <summary>The whole delivery log for this bot token (all chats), optionally since a time.</summary>
    public Task<JsonElement> BotStats(long? sinceMs = null) =>
        Call("/stats", sinceMs is { } s ? new { token, sinceMs = s } : new { token, sinceMs = (long?)null });

    /// <summary>Waits (long poll) for bot messages or edits in this chat; throws TimeoutException when none come.</summary>
    public async Task<List<JsonElement>> WaitForBot(TimeSpan timeout)
    {
        var r = await Call("/getUpdates", new { token, chatId, timeout = timeout.TotalSeconds });
        var list = r.EnumerateArray().Select(x => x.GetProperty("apiMessage").Clone()).ToList();
        if (list.Count == 0) throw new TimeoutException($"bot sent nothing to chat {chatId} within {timeout}");
        return list;
    }

    /// <summary>Downloads a document the bot sent (getFile with the bot token, then the file URL).</summary>
    public async Task<byte[]> DownloadBotFile(string fileId)
    {
        using var resp = await _http.PostAsJsonAsync($"/bot{token}/getFile", new { file_id = fileId });
        var json = await resp.Content.ReadFromJsonAsync<JsonElement>();
        var path = json.GetProperty("result").GetProperty("file_path").GetString();
        return await _http.GetByteArrayAsync($"/file/bot{token}/{path}");
    }

    public void Dispose() => _http.Dispose();
}
