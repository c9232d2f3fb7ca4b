using System.Globalization;
using System.Text;
using NhacHan.Bot.Telegram.Chat;
using NhacHan.Domain.Storage;
using Telegram.Bot.Types;
using Telegram.Bot.Types.ReplyMarkups;

namespace NhacHan.Bot.Telegram.Handlers;

/// <summary>/sapden [days]: deadlines from today within the window that concern the chat, paginated (sd:DAYS:PAGE).</summary>
public sealed class UpcomingDeadlines(PlanQueries queries, IChatStore chats, BotContext context, TelegramReplies replies)
    : ICommandHandler, ICallbackHandler
{
    public const int DefaultDays = 14;
    public const int PageSize = 8;

    public string Command => "sapden";

    public string? Description => "Các hạn sắp đến của đơn vị bạn (mặc định 14 ngày)";

    public string Prefix => "sd";

    public Task Handle(Message message, string arguments, CancellationToken ct)
    {
        var days = int.TryParse(arguments.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 366 ? n : DefaultDays;
        var (html, keyboard) = Render(message.Chat.Id, days, 0);
        return replies.Send(message.Chat.Id, html, keyboard, ct);
    }

    public Task Handle(CallbackQuery query, string payload, CancellationToken ct)
    {
        var parts = payload.Split(':');
        var days = parts.Length > 0 && int.TryParse(parts[0], CultureInfo.InvariantCulture, out var d) ? Math.Clamp(d, 1, 366) : DefaultDays;
        var page = parts.Length > 1 && int.TryParse(parts[1], CultureInfo.InvariantCulture, out var p) ? p : 0;
        var (html, keyboard) = Render(query.Message?.Chat.Id ?? query.From.Id, days, page);
        return replies.Edit(query, html, keyboard, ct);
    }

    public (string Html, InlineKeyboardMarkup? Keyboard) Render(long chatId, int days, int page)
    {
        var today = context.Today;
        var end = today.AddDays(days);
        var rows = queries.Concerning(chats.Get(chatId))
            .Where(r => !r.Deadline.Done && r.Deadline.Date >= today && r.Deadline.Date <= end)
            .ToArray();
        var window = $"{today.ToString("dd/MM", CultureInfo.InvariantCulture)} – {Texts.Date(end)}";
        if (rows.Length == 0)
        {
            var wider = days < 60 ? Keyboards.Rows([[Keyboards.Button("Xem 60 ngày tới", $"{Prefix}:60:0")]]) : null;
            return ($"Không có hạn nào liên quan đến bạn trong {days} ngày tới ({window}).", wider);
        }
        var shown = Pager.Take(rows, page, PageSize);
        var sb = new StringBuilder();
        sb.Append("<b>Sắp đến hạn</b> (").Append(window).Append("): ").Append(rows.Length).Append(" mốc");
        if (shown.Count > 1) sb.Append(" — trang ").Append(shown.Number + 1).Append('/').Append(shown.Count);
        sb.Append('\n');
        foreach (var row in shown.Items) sb.Append('\n').Append(DeadlineText.Line(row, today, withPlan: true));
        return (sb.ToString(), Keyboards.Rows([shown.Navigation(n => $"{Prefix}:{days}:{n}")]));
    }
}
