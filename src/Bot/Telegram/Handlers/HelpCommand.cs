using System.Text;
using Microsoft.Extensions.DependencyInjection;
using NhacHan.Bot.Telegram.Chat;
using Telegram.Bot.Types;

namespace NhacHan.Bot.Telegram.Handlers;

/// <summary>/help: what to ask, and every command in the menu (including those other features register).</summary>
public sealed class HelpCommand(IServiceProvider services, TelegramReplies replies, BotContext context) : ICommandHandler
{
    public string Command => "help";

    public string? Description => "Hướng dẫn sử dụng";

    public Task Handle(Message message, string arguments, CancellationToken ct)
    {
        var sb = new StringBuilder();
        sb.Append("<b>Nhắc Hạn</b> trả lời về thời hạn, nội dung báo cáo, đơn vị phụ trách và lịch họp trong các kế hoạch đã lưu.\n");
        sb.Append("Hỏi bằng tiếng Việt, có dấu hay không dấu đều được, ví dụ:\n");
        sb.Append("• <i>hạn nộp báo cáo tổng kết của cấp cơ sở là khi nào?</i>\n");
        sb.Append("• <i>tuan nay co han gi khong</i>\n\n<b>Các lệnh</b>\n");
        sb.Append(CommandMenu.Html(services.GetServices<ICommandHandler>()));
        if (context.IsAdmin(message.From?.Id))
            sb.Append("\n<b>Quản trị</b>: gửi tệp kế hoạch (.docx, .pdf, .txt, .md) dưới dạng tệp để nhập; /xoa để lưu trữ một kế hoạch.");
        return replies.Send(message.Chat.Id, sb.ToString().TrimEnd(), null, ct);
    }
}
