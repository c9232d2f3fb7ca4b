using System.Text;
using NhacHan.Bot.Telegram.Calendar;
using NhacHan.Bot.Telegram.Chat;
using NhacHan.Domain.Storage;
using Telegram.Bot.Types;

namespace NhacHan.Bot.Telegram.Handlers;

/// <summary>/lich: an .ics file of the deadlines that concern the chat (from 30 days ago on), for phone calendars.</summary>
public sealed class CalendarCommand(PlanQueries queries, IChatStore chats, BotContext context, TelegramReplies replies) : ICommandHandler
{
    public const int PastDays = 30;

    public string Command => "lich";

    public string? Description => "Tải lịch các hạn (.ics) để thêm vào lịch điện thoại";

    public async Task Handle(Message message, string arguments, CancellationToken ct)
    {
        var chatId = message.Chat.Id;
        var from = context.Today.AddDays(-PastDays);
        var rows = queries.Concerning(chats.Get(chatId)).Where(r => !r.Deadline.Done && r.Deadline.Date >= from).ToArray();
        if (rows.Length == 0)
        {
            await replies.Send(chatId, "Chưa có hạn nào liên quan đến bạn để đưa vào lịch.", null, ct).ConfigureAwait(false);
            return;
        }
        var ics = Encoding.UTF8.GetBytes(DeadlineCalendar.Build(rows));
        await replies.SendDocument(chatId, DeadlineCalendar.FileName, ics,
            $"📅 Lịch {rows.Length} mốc thời hạn của bạn, mỗi mốc có nhắc trước 3 ngày và 1 ngày. " +
            "Mở tệp để thêm vào lịch điện thoại; tải lại sau khi có kế hoạch mới, các mốc cũ sẽ được cập nhật chứ không nhân đôi.", ct)
            .ConfigureAwait(false);
    }
}
