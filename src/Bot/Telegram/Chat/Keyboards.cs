using System.Text;
using Telegram.Bot.Types.ReplyMarkups;

namespace NhacHan.Bot.Telegram.Chat;

/// <summary>Inline keyboards. Callback data is "prefix:payload", ASCII ids only, at most 64 bytes.</summary>
public static class Keyboards
{
    public const int MaxCallbackBytes = 64;

    public static InlineKeyboardButton Button(string label, string data)
    {
        if (Encoding.UTF8.GetByteCount(data) > MaxCallbackBytes)
            throw new ArgumentException($"callback data over {MaxCallbackBytes} bytes: {data}", nameof(data));
        return InlineKeyboardButton.WithCallbackData(Label(label), data);
    }

    /// <summary>One button per row.</summary>
    public static InlineKeyboardMarkup Column(IEnumerable<InlineKeyboardButton> buttons) =>
        new(buttons.Select(b => new[] { b }));

    public static InlineKeyboardMarkup? Rows(IEnumerable<IEnumerable<InlineKeyboardButton>> rows)
    {
        var list = rows.Select(r => r.ToArray()).Where(r => r.Length > 0).ToArray();
        return list.Length == 0 ? null : new InlineKeyboardMarkup(list);
    }

    /// <summary>Button labels come from documents too; keep them short enough for a phone.</summary>
    public static string Label(string text)
    {
        var t = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return t.Length <= 60 ? t : t[..57].TrimEnd() + "…";
    }
}
