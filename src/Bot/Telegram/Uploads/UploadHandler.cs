using Microsoft.Extensions.Logging;
using NhacHan.Bot.Telegram.Chat;
using NhacHan.Bot.Telegram.Html;
using NhacHan.Domain.Importing;
using NhacHan.Domain.Parsing;
using NhacHan.Domain.Storage;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;

namespace NhacHan.Bot.Telegram.Uploads;

/// <summary>
/// An admin's file: size check (the Bot API serves at most 20 MB), download, parse, preview with [Lưu] [Hủy].
/// Anyone else's file is refused politely without being downloaded. Nothing is stored before [Lưu].
/// </summary>
public sealed partial class UploadHandler(
    ITelegramBotClient bot,
    BotContext context,
    PendingUploads pending,
    IPlanStore plans,
    TelegramReplies replies,
    ILogger<UploadHandler> log)
{
    public const long MaxBytes = 20L * 1024 * 1024;
    public const string Prefix = "up";
    public const string NotAdmin =
        "Xin lỗi, chỉ quản trị viên mới được gửi tệp kế hoạch cho bot. Tệp của bạn không được lưu.\n" +
        "Bạn vẫn có thể hỏi về các kế hoạch đã có, hoặc gõ /kehoach để xem danh sách.";

    public static string TooLarge(long? bytes) =>
        (bytes is { } b ? $"Tệp quá lớn ({b / (1024.0 * 1024.0):0.#} MB). " : "Tệp quá lớn (trên 20 MB). ") +
        "Telegram chỉ cho bot tải tệp đến 20 MB — hãy gửi bản nhẹ hơn (ví dụ lưu lại dạng .docx hoặc PDF không kèm ảnh quét).";

    public async Task Handle(Message message, CancellationToken ct)
    {
        var chatId = message.Chat.Id;
        var document = message.Document!;
        var uploader = message.From?.Id ?? 0;
        if (!context.IsAdmin(uploader))
        {
            LogRefused(uploader, chatId);
            await replies.Send(chatId, NotAdmin, null, ct).ConfigureAwait(false);
            return;
        }
        var fileName = string.IsNullOrWhiteSpace(document.FileName) ? "tep-khong-ten" : document.FileName;
        if (document.FileSize is > MaxBytes)
        {
            await replies.Send(chatId, TooLarge(document.FileSize.Value), null, ct).ConfigureAwait(false);
            return;
        }
        byte[] bytes;
        try
        {
            bytes = await Download(document.FileId, ct).ConfigureAwait(false);
        }
        catch (ApiRequestException e) when (e.ErrorCode == 400 && e.Message.Contains("too big", StringComparison.OrdinalIgnoreCase))
        {
            // The size was not in the message, but getFile knows it.
            await replies.Send(chatId, TooLarge(null), null, ct).ConfigureAwait(false);
            return;
        }
        if (bytes.Length > MaxBytes)
        {
            await replies.Send(chatId, TooLarge(bytes.Length), null, ct).ConfigureAwait(false);
            return;
        }
        var parsed = PlanFileParser.Parse(fileName, bytes);
        if (parsed.Plan is not { } plan)
        {
            LogUnreadable(fileName, parsed.Error?.Code.ToString() ?? "?");
            var why = parsed.Error?.Message ?? "Không đọc được nội dung tệp.";
            await replies.Send(chatId, $"❌ Không nhập được tệp <b>{TelegramHtml.Escape(fileName)}</b>: {TelegramHtml.Escape(why)}\nKhông có gì được lưu.", null, ct)
                .ConfigureAwait(false);
            return;
        }
        var check = plans.Check(plan, bytes);
        var upload = pending.Add(chatId, uploader, fileName, plan, bytes);
        LogPreview(fileName, bytes.Length, plan.Deadlines.Count, upload.Id);
        // PlanPreview states what was read and what storing will do (new, new version, duplicate, supersedes).
        var html = TelegramHtml.Render(PlanPreview.Render(plan, check)) + $"\n<i>Tệp: {TelegramHtml.Escape(fileName)}</i>";
        var keyboard = check.Disposition == ImportDisposition.Duplicate
            ? Keyboards.Rows([[Keyboards.Button("Đóng", $"{Prefix}:c:{upload.Id}")]])
            : Keyboards.Rows([[Keyboards.Button("Lưu", $"{Prefix}:s:{upload.Id}"), Keyboards.Button("Hủy", $"{Prefix}:c:{upload.Id}")]]);
        await replies.Send(chatId, html, keyboard, ct).ConfigureAwait(false);
    }

    private async Task<byte[]> Download(string fileId, CancellationToken ct)
    {
        var file = await bot.GetFile(fileId, ct).ConfigureAwait(false);
        using var stream = new MemoryStream();
        await bot.DownloadFile(file, stream, ct).ConfigureAwait(false);
        return stream.ToArray();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "File from non-admin user {UserId} in chat {ChatId} refused")]
    private partial void LogRefused(long userId, long chatId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Upload {FileName} could not be parsed: {Code}")]
    private partial void LogUnreadable(string fileName, string code);

    [LoggerMessage(Level = LogLevel.Information, Message = "Upload {FileName} ({Bytes} bytes, {Deadlines} deadlines) awaiting confirmation as {UploadId}")]
    private partial void LogPreview(string fileName, int bytes, int deadlines, string uploadId);
}
