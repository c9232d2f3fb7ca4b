using System.Globalization;
using System.Text;
using NhacHan.Bot.Telegram.Chat;
using NhacHan.Bot.Telegram.Html;
using NhacHan.Domain.Storage;
using Telegram.Bot.Types;
using Telegram.Bot.Types.ReplyMarkups;

namespace NhacHan.Bot.Telegram.Handlers;

/// <summary>
/// /kehoach: the active plans, paginated (kh:l:PAGE) → a plan card (kh:p:ID) → its deadlines (kh:d:ID:PAGE),
/// schedule (kh:s:ID:PAGE), contents (kh:c:ID:PAGE) and units (kh:u:ID:PAGE).
/// </summary>
public sealed class PlanBrowser(PlanQueries queries, BotContext context, TelegramReplies replies) : ICommandHandler, ICallbackHandler
{
    public const int PlansPerPage = 6;
    public const int ItemsPerPage = 8;
    public const string Gone = "Không còn kế hoạch này. Gõ /kehoach để xem danh sách mới.";

    public string Command => "kehoach";

    public string? Description => "Danh sách kế hoạch và chi tiết từng kế hoạch";

    public string Prefix => "kh";

    public Task Handle(Message message, string arguments, CancellationToken ct)
    {
        var (html, keyboard) = List(0);
        return replies.Send(message.Chat.Id, html, keyboard, ct);
    }

    public Task Handle(CallbackQuery query, string payload, CancellationToken ct)
    {
        var parts = payload.Split(':');
        var page = parts.Length > 2 && int.TryParse(parts[2], CultureInfo.InvariantCulture, out var p) ? p : 0;
        var plan = parts.Length > 1 ? queries.Get(parts[1]) : null;
        (string Html, InlineKeyboardMarkup? Keyboard) view = (parts[0], plan) switch
        {
            ("l", _) => List(parts.Length > 1 && int.TryParse(parts[1], CultureInfo.InvariantCulture, out var lp) ? lp : 0),
            (_, null) => (Gone, null),
            ("p", { } sp) => Card(sp),
            ("d", { } sp) => Section(sp, "d", page),
            ("s", { } sp) => Section(sp, "s", page),
            ("c", { } sp) => Section(sp, "c", page),
            ("u", { } sp) => Section(sp, "u", page),
            _ => (Gone, null),
        };
        return replies.Edit(query, view.Html, view.Keyboard, ct);
    }

    public (string, InlineKeyboardMarkup?) List(int page)
    {
        var plans = queries.Active();
        if (plans.Count == 0) return ("Chưa có kế hoạch nào được lưu. Quản trị viên có thể gửi tệp kế hoạch cho bot để nhập.", null);
        var shown = Pager.Take(plans, page, PlansPerPage);
        var sb = new StringBuilder($"<b>Các kế hoạch đang áp dụng</b>: {plans.Count}");
        if (shown.Count > 1) sb.Append($" — trang {shown.Number + 1}/{shown.Count}");
        sb.Append("\nChọn một kế hoạch để xem chi tiết:\n");
        for (var i = 0; i < shown.Items.Count; i++)
        {
            var p = shown.Items[i];
            sb.Append('\n').Append(shown.FirstIndex + i + 1).Append(". ").Append(TelegramHtml.Escape(Texts.PlanName(p.Plan)));
            if (p.Plan.Issuer is { Length: > 0 } issuer) sb.Append(" — ").Append(TelegramHtml.Escape(issuer));
            if (p.Plan.IssuedOn is { } on) sb.Append(", ").Append(Texts.Date(on));
            if (p.Source.IsSample) sb.Append(" <i>(mẫu)</i>");
        }
        var rows = shown.Items.Select((p, i) => new[] { Keyboards.Button($"{shown.FirstIndex + i + 1}. {Texts.PlanName(p.Plan)}", $"{Prefix}:p:{p.Id}") })
            .Append(shown.Navigation(n => $"{Prefix}:l:{n}").ToArray());
        return (sb.ToString(), Keyboards.Rows(rows));
    }

    public (string, InlineKeyboardMarkup?) Card(StoredPlan stored)
    {
        var p = stored.Plan;
        var sb = new StringBuilder();
        sb.Append("📄 <b>").Append(TelegramHtml.Escape(p.Title.Length > 0 ? p.Title : "Kế hoạch")).Append("</b>");
        if (stored.Source.IsSample) sb.Append(" <i>(kế hoạch mẫu)</i>");
        if (p.Number is { Length: > 0 } n) sb.Append("\nSố: ").Append(TelegramHtml.Escape(n));
        if (p.Issuer is { Length: > 0 } issuer) sb.Append("\nCơ quan ban hành: ").Append(TelegramHtml.Escape(issuer));
        if (p.IssuedOn is { } on) sb.Append("\nNgày ban hành: ").Append(Texts.Date(on));
        var open = p.Deadlines.Where(d => !d.Done && d.Date >= context.Today).OrderBy(d => d.Date).FirstOrDefault();
        sb.Append($"\n\n{p.Deadlines.Count} mốc thời hạn · {p.Schedule.Count} mục lịch giai đoạn · {p.Contents.Count} nội dung · {p.Units.Count} đơn vị · {p.Events.Count} cuộc họp");
        if (open is not null) sb.Append("\nMốc gần nhất: <b>").Append(DeadlineText.When(open)).Append("</b> (").Append(Texts.Countdown(open.Date, context.Today)).Append(')');
        var id = stored.Id;
        var keyboard = Keyboards.Rows(
        [
            [Keyboards.Button($"Các mốc ({p.Deadlines.Count})", $"{Prefix}:d:{id}:0"), Keyboards.Button($"Lịch ({p.Schedule.Count})", $"{Prefix}:s:{id}:0")],
            [Keyboards.Button($"Nội dung ({p.Contents.Count})", $"{Prefix}:c:{id}:0"), Keyboards.Button($"Đơn vị ({p.Units.Count})", $"{Prefix}:u:{id}:0")],
            [Keyboards.Button("« Danh sách kế hoạch", $"{Prefix}:l:0")],
        ]);
        return (sb.ToString(), keyboard);
    }

    public (string, InlineKeyboardMarkup?) Section(StoredPlan stored, string kind, int page)
    {
        var p = stored.Plan;
        var today = context.Today;
        var (title, lines) = kind switch
        {
            "d" => ("Các mốc thời hạn", p.Deadlines.Select((d, i) => new DeadlineRow(stored, i, d)).OrderBy(r => r.Deadline.Date)
                .Select(r => DeadlineText.Line(r, today, withPlan: false)).ToArray()),
            "s" => ("Lịch theo giai đoạn", p.Schedule.Select(s =>
                $"• <b>{TelegramHtml.Escape(s.Period)}</b> ({Texts.Date(s.Start)} – {Texts.Date(s.End)}) — {TelegramHtml.Escape(s.Level.Length > 0 ? s.Level : s.Who)}: {TelegramHtml.Escape(s.What)}").ToArray()),
            "c" => ("Nội dung", p.Contents.Select((c, i) => $"{i + 1}. {TelegramHtml.Escape(c)}").ToArray()),
            _ => ("Đơn vị và nhiệm vụ", p.Units.Select(u =>
                $"• <b>{TelegramHtml.Escape(u.Unit)}</b>: {TelegramHtml.Escape(string.Join("; ", u.Duties))}").ToArray()),
        };
        var sb = new StringBuilder();
        sb.Append("<b>").Append(title).Append("</b> — ").Append(TelegramHtml.Escape(Texts.PlanName(p)));
        if (lines.Length == 0)
        {
            sb.Append("\n\nKế hoạch không có mục này.");
            return (sb.ToString(), Keyboards.Rows([[Keyboards.Button("« Kế hoạch", $"{Prefix}:p:{stored.Id}")]]));
        }
        var shown = Pager.Take(lines, page, ItemsPerPage);
        if (shown.Count > 1) sb.Append($" (trang {shown.Number + 1}/{shown.Count})");
        sb.Append('\n');
        foreach (var line in shown.Items) sb.Append('\n').Append(line);
        var keyboard = Keyboards.Rows(
        [
            shown.Navigation(n => $"{Prefix}:{kind}:{stored.Id}:{n}"),
            [Keyboards.Button("« Kế hoạch", $"{Prefix}:p:{stored.Id}")],
        ]);
        return (sb.ToString(), keyboard);
    }
}
