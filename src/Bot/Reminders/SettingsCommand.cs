using System.Text;
using Microsoft.Extensions.Options;
using NhacHan.Bot.Options;
using NhacHan.Bot.Telegram;
using NhacHan.Domain.Storage;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace NhacHan.Bot.Reminders;

/// <summary>
/// /caidat: shows the chat's reminder settings with buttons to turn reminders on/off and to pick lead-time
/// presets; changes are stored in the chat's profile (<see cref="IChatStore"/>) and the message is redrawn.
/// </summary>
public sealed class SettingsCommand(IChatStore chats, ITelegramOutbox outbox, IOptions<ReminderOptions> options, TimeProvider time) : ICommandHandler
{
    /// <summary>Lead-day presets offered as buttons ("7.3.1.0" in callback data).</summary>
    public static readonly IReadOnlyList<int[]> Presets = [[7, 3, 1, 0], [3, 1, 0], [1, 0], [0], [14, 7, 3, 1, 0]];

    public string Command => "caidat";

    public string? Description => "Cài đặt nhắc hạn (bật/tắt, số ngày nhắc trước)";

    public async Task Handle(Message message, string arguments, CancellationToken ct)
    {
        var profile = Profile(message.Chat.Id);
        var (text, keyboard) = Render(profile);
        await outbox.Send(message.Chat.Id, (bot, c) => bot.SendMessage(message.Chat.Id, text, ParseMode.Html, replyMarkup: keyboard, cancellationToken: c), ct)
            .ConfigureAwait(false);
    }

    /// <summary>Applies a "c:…" button ("on", "off", "l:7.3.1.0"), redraws the settings, returns the answer text.</summary>
    public async Task<string> Apply(CallbackQuery query, string payload, CancellationToken ct)
    {
        var chatId = query.Message?.Chat.Id ?? query.From.Id;
        var profile = Profile(chatId);
        string answer;
        if (payload == "on")
        {
            profile = profile with { RemindersOn = true };
            answer = "Đã bật nhắc hạn.";
        }
        else if (payload == "off")
        {
            profile = profile with { RemindersOn = false };
            answer = "Đã tắt nhắc hạn.";
        }
        else if (payload.StartsWith("l:", StringComparison.Ordinal) && ParseLeads(payload[2..]) is { } leads)
        {
            profile = profile with { LeadDays = leads };
            answer = $"Sẽ nhắc {LeadsText(leads)}.";
        }
        else
        {
            return "Lựa chọn không hợp lệ.";
        }
        chats.Upsert(profile);
        if (query.Message is { } m)
        {
            var (text, keyboard) = Render(profile);
            await outbox.Send(chatId, (bot, c) => bot.EditMessageText(chatId, m.MessageId, text, ParseMode.Html, replyMarkup: keyboard, cancellationToken: c), ct)
                .ConfigureAwait(false);
        }
        return answer;
    }

    public (string Html, InlineKeyboardMarkup Keyboard) Render(ChatProfile p)
    {
        var leads = p.LeadDays ?? options.Value.EffectiveLeadDays;
        var sb = new StringBuilder("⚙️ <b>Cài đặt nhắc hạn</b>\n");
        sb.Append("Nhắc hạn: ").Append(p.RemindersOn ? "<b>đang bật</b>" : "<b>đang tắt</b>").Append('\n');
        sb.Append("Nhắc ").Append(LeadsText(leads)).Append(", lúc ").Append(options.Value.SendAt).Append(" (giờ Việt Nam).\n");
        sb.Append("Không gửi trong giờ nghỉ ").Append(options.Value.QuietStart).Append('–').Append(options.Value.QuietEnd).Append(": lời nhắc chờ đến hết giờ nghỉ.");
        if (!p.Subscribed) sb.Append("\n⚠️ Cuộc trò chuyện này đã bị hủy đăng ký (bot bị chặn hoặc bị xóa khỏi nhóm).");
        var rows = new List<InlineKeyboardButton[]>
        {
            new[] { p.RemindersOn
                ? InlineKeyboardButton.WithCallbackData("🔕 Tắt nhắc hạn", "rm:c:off")
                : InlineKeyboardButton.WithCallbackData("🔔 Bật nhắc hạn", "rm:c:on") },
        };
        rows.AddRange(Presets.Chunk(3).Select(chunk => chunk
            .Select(pr => InlineKeyboardButton.WithCallbackData(
                (pr.SequenceEqual(leads) ? "✓ " : "") + string.Join("·", pr) + " ngày",
                "rm:c:l:" + string.Join('.', pr)))
            .ToArray()));
        return (sb.ToString(), new InlineKeyboardMarkup(rows));
    }

    /// <summary>"trước 7, 3, 1 ngày và sáng ngày cuối".</summary>
    public static string LeadsText(IReadOnlyList<int> leads)
    {
        var days = leads.Where(d => d > 0).OrderDescending().ToArray();
        var parts = new List<string>();
        if (days.Length > 0) parts.Add($"trước {string.Join(", ", days)} ngày");
        if (leads.Contains(0)) parts.Add("sáng ngày cuối");
        return parts.Count == 0 ? "không lần nào" : string.Join(" và ", parts);
    }

    private ChatProfile Profile(long chatId) =>
        chats.Get(chatId) ?? new ChatProfile(chatId) { CreatedAt = time.GetUtcNow() };

    private static int[]? ParseLeads(string s)
    {
        var preset = Presets.FirstOrDefault(p => string.Join('.', p) == s);
        return preset?.ToArray();
    }
}
