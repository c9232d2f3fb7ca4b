using System.Net.Http.Json;
using System.Text.Json;

namespace NhacHan.Bot.Tests.Reminders;

/// <summary>Bulk user-side calls to the emulator with one HttpClient: make chats known, read the delivery log.</summary>
internal sealed class EmulatorAdmin(string baseUrl, string token) : IDisposable
{
    private readonly HttpClient _http = new() { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromSeconds(60) };

    public static long NowMs => DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();

    /// <summary>Each chat writes /start once, so strict-chats lets the bot write to it.</summary>
    public async Task Register(IEnumerable<long> chatIds)
    {
        await Parallel.ForEachAsync(chatIds, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (id, ct) =>
        {
            using var r = await _http.PostAsJsonAsync("/sendMessage", new { token, chatId = id, userId = Math.Abs(id), text = "/start" }, ct);
            r.EnsureSuccessStatusCode();
        });
    }

    public async Task Block(long chatId)
    {
        using var r = await _http.PostAsJsonAsync("/blockBot", new { token, chatId });
        r.EnsureSuccessStatusCode();
    }

    public async Task<Stats> StatsSince(long sinceMs)
    {
        using var r = await _http.PostAsJsonAsync("/stats", new { token, sinceMs });
        var json = await r.Content.ReadFromJsonAsync<JsonElement>();
        return new Stats(json.GetProperty("result").Clone());
    }

    public void Dispose() => _http.Dispose();

    /// <summary>The emulator's delivery log (see tests/emulator/README.md, "Delivery log").</summary>
    public sealed class Stats(JsonElement root)
    {
        public JsonElement Root => root;

        private JsonElement Total => root.GetProperty("total");

        public int Messages => Total.GetProperty("messages").GetInt32();

        public int TooManyRequests => Total.GetProperty("too_many_requests").GetInt32();

        public int Forbidden => Total.GetProperty("forbidden").GetInt32();

        public int Peak1s => Total.GetProperty("peak_1s").GetInt32();

        /// <summary>Messages per second between the first and the last message.</summary>
        public double Rate => Total.GetProperty("msgs_per_s").GetDouble();

        public Dictionary<long, (int Messages, int Peak1s, int Peak60s)> Chats =>
            root.GetProperty("chats").EnumerateArray().ToDictionary(
                c => c.GetProperty("chat_id").GetInt64(),
                c => (c.GetProperty("messages").GetInt32(), c.GetProperty("peak_1s").GetInt32(), c.GetProperty("peak_60s").GetInt32()));

        /// <summary>The smallest gap between two messages to one chat, in ms (∞ with one message).</summary>
        public double MinChatGapMs => root.GetProperty("chats").EnumerateArray()
            .Select(c => c.GetProperty("timestamps_ms").EnumerateArray().Select(t => t.GetDouble()).Order().ToArray())
            .Where(ts => ts.Length > 1)
            .Select(ts => ts.Zip(ts.Skip(1), (a, b) => b - a).Min())
            .DefaultIfEmpty(double.PositiveInfinity)
            .Min();
    }
}
