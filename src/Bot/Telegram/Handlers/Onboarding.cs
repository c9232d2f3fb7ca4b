using System.Security.Cryptography;
using System.Text;
using NhacHan.Bot.Telegram.Chat;
using NhacHan.Bot.Telegram.Html;
using NhacHan.Domain.Storage;
using NhacHan.Domain.Text;
using Telegram.Bot.Types.ReplyMarkups;

namespace NhacHan.Bot.Telegram.Handlers;

/// <summary>
/// The profile dialog: pick a level, then a unit (typed, or picked from the units named in stored plans).
/// Deep links pre-set it: /start coso, /start huyen, /start tinh, optionally "-" + the unit in base64url.
/// </summary>
public sealed class Onboarding(IChatStore chats, IPlanStore plans, DialogState dialog, TelegramReplies replies)
{
    public const string Prefix = "ob";
    public const string Welcome =
        "Xin chào! Tôi là <b>Nhắc Hạn</b> — trợ lý tra cứu thời hạn trong các kế hoạch của cấp ủy.\n" +
        "Bạn có thể hỏi bằng tiếng Việt, có dấu hoặc không dấu, ví dụ: <i>hạn nộp báo cáo tổng kết là khi nào?</i>\n\n" +
        "Để tôi lọc đúng những việc của bạn, hãy chọn <b>cấp</b> của đơn vị mình:";
    public const string AskUnit = "Chọn đơn vị của bạn bên dưới, hoặc gõ tên đơn vị (ví dụ: <i>Chi bộ Thôn 1</i>).";
    public const string Skipped = "Đã bỏ qua. Bạn có thể thiết lập lại bất cứ lúc nào bằng /start. Gõ /help để xem các lệnh.";
    private const int MaxUnitButtons = 10;

    public static readonly (UnitLevel Level, string Code)[] LevelCodes =
        [(UnitLevel.Province, "tinh"), (UnitLevel.District, "huyen"), (UnitLevel.Grassroots, "coso")];

    public async Task Start(long chatId, string code, CancellationToken ct)
    {
        if (ParseCode(code) is { } preset)
        {
            dialog.Clear(chatId);
            var profile = Save(chatId, p => p with { Level = preset.Level, Unit = preset.Unit ?? p.Unit });
            await replies.Send(chatId, Saved(profile), null, ct).ConfigureAwait(false);
            return;
        }
        var keyboard = Keyboards.Rows(
        [
            LevelCodes.Select(l => Keyboards.Button(Texts.LevelName(l.Level), $"{Prefix}:l:{(int)l.Level}")),
            [Keyboards.Button("Bỏ qua", $"{Prefix}:x")],
        ]);
        await replies.Send(chatId, Welcome, keyboard, ct).ConfigureAwait(false);
    }

    public async Task ChooseLevel(long chatId, UnitLevel level, CancellationToken ct)
    {
        Save(chatId, p => p with { Level = level });
        dialog.ExpectUnit(chatId);
        var buttons = UnitsInPlans().Take(MaxUnitButtons)
            .Select(u => new[] { Keyboards.Button(u, $"{Prefix}:u:{UnitKey(u)}") })
            .Append([Keyboards.Button("Bỏ qua bước này", $"{Prefix}:x")]);
        var hint = chatId < 0 ? "\n<i>Trong nhóm, hãy trả lời (reply) tin nhắn này khi gõ tên đơn vị.</i>" : "";
        await replies.Send(chatId, $"Đã chọn: <b>{Texts.LevelName(level)}</b>.\n{AskUnit}{hint}", Keyboards.Rows(buttons), ct).ConfigureAwait(false);
    }

    public async Task ChooseUnitByKey(long chatId, string key, CancellationToken ct)
    {
        var unit = UnitsInPlans().FirstOrDefault(u => UnitKey(u) == key);
        if (unit is null)
        {
            await replies.Send(chatId, "Không còn đơn vị này trong danh sách. " + AskUnit, null, ct).ConfigureAwait(false);
            return;
        }
        await SetUnit(chatId, unit, ct).ConfigureAwait(false);
    }

    public async Task SetUnit(long chatId, string unit, CancellationToken ct)
    {
        dialog.Clear(chatId);
        var clean = string.Join(' ', unit.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (clean.Length is 0 or > 120)
        {
            await replies.Send(chatId, "Tên đơn vị cần từ 1 đến 120 ký tự. Gõ /start để thử lại.", null, ct).ConfigureAwait(false);
            return;
        }
        var profile = Save(chatId, p => p with { Unit = clean });
        await replies.Send(chatId, Saved(profile), null, ct).ConfigureAwait(false);
    }

    public async Task Skip(long chatId, CancellationToken ct)
    {
        dialog.Clear(chatId);
        await replies.Send(chatId, Skipped, null, ct).ConfigureAwait(false);
    }

    private ChatProfile Save(long chatId, Func<ChatProfile, ChatProfile> change)
    {
        var profile = change(chats.Get(chatId) ?? new ChatProfile(chatId));
        chats.Upsert(profile);
        return profile;
    }

    public static string Saved(ChatProfile p)
    {
        var who = p.Level is { } l ? Texts.LevelName(l) : "Chưa chọn cấp";
        if (p.Unit is { Length: > 0 } u) who += " — " + TelegramHtml.Escape(u);
        return $"✅ Đã lưu hồ sơ: <b>{who}</b>.\n" +
               "Từ giờ tôi chỉ nhắc và trả lời những việc liên quan đến đơn vị bạn. " +
               "Hãy hỏi tôi, ví dụ: <i>sắp đến hạn gì?</i> — hoặc gõ /sapden, /kehoach, /help.";
    }

    /// <summary>Unit names from the active plans, in a stable order.</summary>
    public IReadOnlyList<string> UnitsInPlans() =>
        plans.All().Where(p => p.Status == PlanStatus.Active)
            .SelectMany(p => p.Plan.Units.Select(u => u.Unit))
            .Where(u => u.Length > 0)
            .DistinctBy(VietnameseText.Fold)
            .Order(StringComparer.Ordinal)
            .ToArray();

    /// <summary>8 hex characters of the folded name's hash: short, stable, and never the text itself.</summary>
    public static string UnitKey(string unit) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(VietnameseText.Fold(unit))))[..8];

    /// <summary>The /start parameter for a link t.me/BOT?start=CODE; Telegram allows 64 characters.</summary>
    public static string DeepLinkCode(UnitLevel level, string? unit)
    {
        var code = LevelCodes.First(l => l.Level == level).Code;
        if (unit is null) return code;
        code += "-" + Convert.ToBase64String(Encoding.UTF8.GetBytes(unit)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return code.Length <= 64 ? code : throw new ArgumentException("Tên đơn vị quá dài cho đường dẫn /start (tối đa 64 ký tự sau khi mã hóa).", nameof(unit));
    }

    public static (UnitLevel Level, string? Unit)? ParseCode(string code)
    {
        code = code.Trim();
        if (code.Length == 0) return null;
        var dash = code.IndexOf('-', StringComparison.Ordinal);
        var levelCode = dash < 0 ? code : code[..dash];
        var match = LevelCodes.Where(l => string.Equals(l.Code, levelCode, StringComparison.OrdinalIgnoreCase)).ToArray();
        if (match.Length == 0) return null;
        if (dash < 0) return (match[0].Level, null);
        try
        {
            var b64 = code[(dash + 1)..].Replace('-', '+').Replace('_', '/');
            b64 = b64.PadRight(b64.Length + (4 - b64.Length % 4) % 4, '=');
            var unit = Encoding.UTF8.GetString(Convert.FromBase64String(b64)).Trim();
            return (match[0].Level, unit.Length > 0 ? unit : null);
        }
        catch (FormatException)
        {
            return (match[0].Level, null);
        }
    }
}
