using System.Globalization;
using System.Text;
using NhacHan.Bot.Telegram.Chat;
using NhacHan.Bot.Telegram.Html;
using NhacHan.Domain.Storage;
using NhacHan.Domain.Text;
using Telegram.Bot.Types;
using Telegram.Bot.Types.ReplyMarkups;

namespace NhacHan.Bot.Telegram.Handlers;

/// <summary>/donvi [tên]: units and their duties across the active plans, the chat's own unit first (dv:PAGE).</summary>
public sealed class UnitsCommand(PlanQueries queries, IChatStore chats, TelegramReplies replies) : ICommandHandler, ICallbackHandler
{
    public const int UnitsPerPage = 5;

    public string Command => "donvi";

    public string? Description => "Các đơn vị và nhiệm vụ của từng đơn vị";

    public string Prefix => "dv";

    public Task Handle(Message message, string arguments, CancellationToken ct)
    {
        var (html, keyboard) = Render(message.Chat.Id, arguments.Trim(), 0);
        return replies.Send(message.Chat.Id, html, keyboard, ct);
    }

    public Task Handle(CallbackQuery query, string payload, CancellationToken ct)
    {
        var page = int.TryParse(payload, CultureInfo.InvariantCulture, out var p) ? p : 0;
        var (html, keyboard) = Render(query.Message?.Chat.Id ?? query.From.Id, "", page);
        return replies.Edit(query, html, keyboard, ct);
    }

    public (string, InlineKeyboardMarkup?) Render(long chatId, string filter, int page)
    {
        var mine = chats.Get(chatId)?.Unit is { Length: > 0 } u ? VietnameseText.Fold(u) : null;
        var wanted = filter.Length > 0 ? VietnameseText.Fold(filter) : null;
        var units = queries.Active()
            .SelectMany(p => p.Plan.Units.Select(unit => (Plan: p, Unit: unit)))
            .GroupBy(x => VietnameseText.Fold(x.Unit.Unit))
            .Where(g => wanted is null || g.Key.Contains(wanted, StringComparison.Ordinal))
            .OrderBy(g => mine is not null && (g.Key.Contains(mine, StringComparison.Ordinal) || mine.Contains(g.Key, StringComparison.Ordinal)) ? 0 : 1)
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .ToArray();
        if (units.Length == 0)
        {
            return (filter.Length > 0
                ? $"Không tìm thấy đơn vị «{TelegramHtml.Escape(filter)}» trong các kế hoạch đã lưu."
                : "Các kế hoạch đã lưu chưa nêu nhiệm vụ của đơn vị nào.", null);
        }
        var shown = Pager.Take(units, page, UnitsPerPage);
        var sb = new StringBuilder($"<b>Đơn vị và nhiệm vụ</b>: {units.Length} đơn vị");
        if (shown.Count > 1) sb.Append($" — trang {shown.Number + 1}/{shown.Count}");
        sb.Append('\n');
        foreach (var group in shown.Items)
        {
            sb.Append("\n<b>").Append(TelegramHtml.Escape(group.First().Unit.Unit)).Append("</b>\n");
            foreach (var (plan, unit) in group)
            {
                sb.Append("• ").Append(TelegramHtml.Escape(Texts.PlanName(plan.Plan)));
                if (unit.Section is { Length: > 0 } section) sb.Append(" — mục ").Append(TelegramHtml.Escape(section));
                sb.Append(": ").Append(TelegramHtml.Escape(string.Join("; ", unit.Duties))).Append('\n');
            }
        }
        return (sb.ToString().TrimEnd(), filter.Length > 0 ? null : Keyboards.Rows([shown.Navigation(n => $"{Prefix}:{n}")]));
    }
}
