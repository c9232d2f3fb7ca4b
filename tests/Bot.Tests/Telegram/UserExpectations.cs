using System.Diagnostics;
using System.Text.Json;
using NhacHan.Bot.Tests.Emulator;

namespace NhacHan.Bot.Tests.Telegram;

/// <summary>Waiting for the bot, bounded in time.</summary>
public static class UserExpectations
{
    public static readonly TimeSpan DefaultWait = TimeSpan.FromSeconds(15);

    public static string Text(this JsonElement message) =>
        message.TryGetProperty("text", out var t) ? t.GetString() ?? ""
        : message.TryGetProperty("caption", out var c) ? c.GetString() ?? "" : "";

    public static IReadOnlyList<(string Text, string Data)> Buttons(this JsonElement message)
    {
        if (!message.TryGetProperty("reply_markup", out var markup) || !markup.TryGetProperty("inline_keyboard", out var rows)) return [];
        return rows.EnumerateArray().SelectMany(r => r.EnumerateArray())
            .Select(b => (b.GetProperty("text").GetString() ?? "", b.TryGetProperty("callback_data", out var d) ? d.GetString() ?? "" : ""))
            .ToArray();
    }

    /// <summary>The first bot message (or edit) in the chat whose text satisfies <paramref name="match"/>.</summary>
    public static async Task<JsonElement> Expect(this TgUser user, Func<string, bool> match, TimeSpan? within = null)
    {
        var clock = Stopwatch.StartNew();
        var limit = within ?? DefaultWait;
        var seen = new List<string>();
        while (clock.Elapsed < limit)
        {
            List<JsonElement> messages;
            try
            {
                messages = await user.WaitForBot(limit - clock.Elapsed);
            }
            catch (TimeoutException)
            {
                break;
            }
            foreach (var m in messages)
            {
                if (match(m.Text())) return m;
                seen.Add(m.Text());
            }
        }
        throw new TimeoutException($"chat {user.ChatId}: no matching bot message within {limit}; saw: [{string.Join(" | ", seen)}]");
    }

    public static Task<JsonElement> Expect(this TgUser user, string contains, TimeSpan? within = null) =>
        user.Expect(t => t.Contains(contains, StringComparison.Ordinal), within);

    /// <summary>Everything the bot sends until it has been quiet for <paramref name="quiet"/>.</summary>
    public static async Task<List<JsonElement>> Collect(this TgUser user, TimeSpan quiet)
    {
        var all = new List<JsonElement>();
        for (var i = 0; i < 50; i++)
        {
            try
            {
                all.AddRange(await user.WaitForBot(quiet));
            }
            catch (TimeoutException)
            {
                break;
            }
        }
        return all;
    }

    /// <summary>How many messages the bot sent to a chat, from the emulator's delivery log.</summary>
    public static async Task<int> MessagesTo(this TgUser user, long chatId)
    {
        var stats = await user.BotStats();
        return stats.GetProperty("chats").EnumerateArray()
            .Where(c => c.GetProperty("chat_id").GetInt64() == chatId)
            .Sum(c => c.GetProperty("messages").GetInt32());
    }
}
