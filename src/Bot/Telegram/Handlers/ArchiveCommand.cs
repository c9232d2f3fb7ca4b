using Microsoft.Extensions.Logging;
using NhacHan.Bot.Telegram.Chat;
using NhacHan.Bot.Telegram.Html;
using NhacHan.Domain.Storage;
using Telegram.Bot.Types;

namespace NhacHan.Bot.Telegram.Handlers;

/// <summary>/xoa (admins): pick a plan (xoa:p:ID) → confirm (xoa:y:ID) or keep it (xoa:n) → the plan is archived.</summary>
public sealed partial class ArchiveCommand(
    PlanQueries queries,
    IPlanStore plans,
    IAuditLog audit,
    BotContext context,
    TelegramReplies replies,
    ILogger<ArchiveCommand> log) : ICommandHandler, ICallbackHandler
{
    public const string AdminsOnly = "Chỉ quản trị viên mới được lưu trữ (xóa) kế hoạch.";

    public string Command => "xoa";

    public string? Description => "Lưu trữ một kế hoạch (quản trị viên)";

    public string Prefix => "xoa";

    public Task Handle(Message message, string arguments, CancellationToken ct)
    {
        if (!context.IsAdmin(message.From?.Id)) return replies.Send(message.Chat.Id, AdminsOnly, null, ct);
        var active = queries.Active();
        if (active.Count == 0) return replies.Send(message.Chat.Id, "Không có kế hoạch nào đang áp dụng.", null, ct);
        var buttons = active.Take(30).Select(p => Keyboards.Button(Texts.PlanName(p.Plan), $"{Prefix}:p:{p.Id}"))
            .Append(Keyboards.Button("Thôi, không lưu trữ", $"{Prefix}:n"));
        return replies.Send(message.Chat.Id, "Chọn kế hoạch cần lưu trữ. Kế hoạch đã lưu trữ không còn được trả lời hay nhắc hạn:", Keyboards.Column(buttons), ct);
    }

    public async Task Handle(CallbackQuery query, string payload, CancellationToken ct)
    {
        if (!context.IsAdmin(query.From.Id))
        {
            await replies.Send(query.Message?.Chat.Id ?? query.From.Id, AdminsOnly, null, ct).ConfigureAwait(false);
            return;
        }
        var parts = payload.Split(':', 2);
        var plan = parts.Length == 2 ? plans.Get(parts[1]) : null;
        if (parts[0] == "n" || plan is null || plan.Status != PlanStatus.Active)
        {
            await replies.Edit(query, parts[0] == "n" ? "Đã hủy, không lưu trữ kế hoạch nào." : "Kế hoạch này không còn đang áp dụng.", null, ct).ConfigureAwait(false);
            return;
        }
        var name = TelegramHtml.Escape(Texts.PlanName(plan.Plan));
        if (parts[0] == "p")
        {
            await replies.Edit(query, $"Lưu trữ kế hoạch <b>{name}</b>?",
                Keyboards.Rows([[Keyboards.Button("Lưu trữ", $"{Prefix}:y:{plan.Id}"), Keyboards.Button("Hủy", $"{Prefix}:n")]]), ct).ConfigureAwait(false);
            return;
        }
        var by = $"telegram:{query.From.Id}";
        var archived = plans.Archive(plan.Id, by);
        if (archived) audit.Write(new AuditEntry(context.Now, by, "plan.archived", plan.Id, plan.Source.FileName));
        LogArchived(plan.Id, archived);
        await replies.Edit(query, archived ? $"🗄 Đã lưu trữ kế hoạch <b>{name}</b>." : "Không lưu trữ được: không tìm thấy kế hoạch.", null, ct).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Plan {PlanId} archive requested: {Archived}")]
    private partial void LogArchived(string planId, bool archived);
}
