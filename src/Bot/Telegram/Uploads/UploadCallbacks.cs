using Microsoft.Extensions.Logging;
using NhacHan.Bot.Telegram.Chat;
using NhacHan.Bot.Telegram.Html;
using NhacHan.Domain.Storage;
using Telegram.Bot.Types;

namespace NhacHan.Bot.Telegram.Uploads;

/// <summary>up:s:ID stores the pending upload (and audits it); up:c:ID discards it. Admins only.</summary>
public sealed partial class UploadCallbacks(
    PendingUploads pending,
    IPlanStore plans,
    IAuditLog audit,
    BotContext context,
    TelegramReplies replies,
    ILogger<UploadCallbacks> log) : ICallbackHandler
{
    public const string Gone = "Bản tải lên này đã được xử lý hoặc đã hết hạn. Hãy gửi lại tệp nếu cần.";
    public const string Cancelled = "Đã hủy. Không có gì được lưu.";

    public string Prefix => UploadHandler.Prefix;

    public async Task Handle(CallbackQuery query, string payload, CancellationToken ct)
    {
        var chatId = query.Message?.Chat.Id ?? query.From.Id;
        if (!context.IsAdmin(query.From.Id))
        {
            await replies.Send(chatId, "Chỉ quản trị viên mới được lưu hoặc hủy kế hoạch.", null, ct).ConfigureAwait(false);
            return;
        }
        var parts = payload.Split(':', 2);
        if (parts.Length != 2 || pending.Get(parts[1]) is not { } upload)
        {
            await replies.Edit(query, Gone, null, ct).ConfigureAwait(false);
            return;
        }
        if (parts[0] != "s")
        {
            pending.Remove(upload.Id);
            audit.Write(new AuditEntry(context.Now, $"telegram:{query.From.Id}", "upload.cancelled", upload.FileName));
            await replies.Edit(query, Cancelled, null, ct).ConfigureAwait(false);
            return;
        }
        if (!pending.Remove(upload.Id))
        {
            await replies.Edit(query, Gone, null, ct).ConfigureAwait(false);
            return;
        }
        var outcome = plans.Save(upload.Plan, upload.FileName, upload.Bytes, $"telegram:{query.From.Id}");
        audit.Write(new AuditEntry(context.Now, $"telegram:{query.From.Id}", "plan.saved", outcome.Stored.Id,
            $"{upload.FileName} ({outcome.Disposition})"));
        LogSaved(outcome.Stored.Id, upload.FileName, outcome.Disposition.ToString());
        var name = TelegramHtml.Escape(Texts.PlanName(outcome.Stored.Plan));
        var text = outcome.Disposition switch
        {
            ImportDisposition.Duplicate => $"ℹ️ Tệp này đã có trong hệ thống: <b>{name}</b>. Không lưu thêm bản nào.",
            ImportDisposition.NewVersion => $"✅ Đã lưu phiên bản mới: <b>{name}</b>.",
            _ => $"✅ Đã lưu kế hoạch: <b>{name}</b> ({outcome.Stored.Plan.Deadlines.Count} mốc thời hạn).",
        };
        if (outcome.Superseded.Count > 0)
            text += "\nĐã đánh dấu được thay thế: " + string.Join("; ", outcome.Superseded.Select(p => TelegramHtml.Escape(Texts.PlanName(p.Plan))));
        await replies.Edit(query, text, null, ct).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Plan {PlanId} saved from {FileName} ({Disposition})")]
    private partial void LogSaved(string planId, string fileName, string disposition);
}
