using Telegram.Bot.Types.ReplyMarkups;

namespace NhacHan.Bot.Telegram.Chat;

/// <summary>One page of a long list, with ◀ / ▶ buttons whose data is built by the caller from the page number.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int Number, int Count, int Total)
{
    public int FirstIndex { get; init; }

    public IReadOnlyList<InlineKeyboardButton> Navigation(Func<int, string> data)
    {
        var buttons = new List<InlineKeyboardButton>();
        if (Number > 0) buttons.Add(Keyboards.Button("◀ Trước", data(Number - 1)));
        if (Number < Count - 1) buttons.Add(Keyboards.Button($"Sau ▶ ({Number + 2}/{Count})", data(Number + 1)));
        return buttons;
    }
}

public static class Pager
{
    public static Page<T> Take<T>(IReadOnlyList<T> items, int page, int size)
    {
        var count = Math.Max(1, (items.Count + size - 1) / size);
        page = Math.Clamp(page, 0, count - 1);
        return new Page<T>(items.Skip(page * size).Take(size).ToArray(), page, count, items.Count) { FirstIndex = page * size };
    }
}
