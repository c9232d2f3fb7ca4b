using System.Text;
using NhacHan.Domain.Reminders;
using Telegram.Bot.Types.ReplyMarkups;

namespace NhacHan.Bot.Reminders;

/// <summary>One Telegram message for one or more reminders of a chat: HTML text and the inline buttons.</summary>
public sealed record ReminderMessage(string Html, InlineKeyboardMarkup Keyboard, IReadOnlyList<PlannedReminder> Items)
{
    /// <summary>Reminders per message: keeps the text far below 4,096 characters and the keyboard short.</summary>
    public const int MaxItems = 6;

    /// <summary>Callback data: "rm:d:KEY" (done) and "rm:s:KEY" (snooze); ids only, ≤ 64 bytes.</summary>
    public static string DoneData(string key) => $"{ReminderCallbackHandler.CallbackPrefix}:d:{key}";

    public static string SnoozeData(string key) => $"{ReminderCallbackHandler.CallbackPrefix}:s:{key}";

    /// <summary>Telegram allows 4,096 characters of text; stay well below it with markup.</summary>
    public const int MaxHtmlLength = 3800;

    /// <summary>The messages for one chat's batch: at most <see cref="MaxItems"/> reminders and
    /// <see cref="MaxHtmlLength"/> characters each.</summary>
    public static IReadOnlyList<ReminderMessage> For(ChatReminderBatch batch, DateTimeOffset now)
    {
        var messages = new List<ReminderMessage>();
        var chunk = new List<PlannedReminder>();
        ReminderMessage? built = null;
        foreach (var item in batch.Items)
        {
            chunk.Add(item);
            var candidate = Build(chunk.ToArray(), now);
            if (chunk.Count > 1 && (chunk.Count > MaxItems || candidate.Html.Length > MaxHtmlLength))
            {
                messages.Add(built!);
                chunk = [item];
                candidate = Build(chunk.ToArray(), now);
            }
            built = candidate;
        }
        if (built is not null) messages.Add(built);
        return messages;
    }

    public static ReminderMessage Build(IReadOnlyList<PlannedReminder> items, DateTimeOffset now)
    {
        var sb = new StringBuilder();
        if (items.Count == 1)
        {
            var r = items[0];
            sb.Append(Header(r, now));
            if (r.Late) sb.Append(" <i>(nhắc muộn)</i>");
            sb.Append('\n');
            Body(sb, r);
            var keyboard = new InlineKeyboardMarkup(
            [
                [InlineKeyboardButton.WithCallbackData("✅ Đã xong", DoneData(r.Target.Key)), InlineKeyboardButton.WithCallbackData("⏰ Nhắc lại sau", SnoozeData(r.Target.Key))],
            ]);
            return new ReminderMessage(sb.ToString(), keyboard, items);
        }

        sb.Append("🔔 <b>Nhắc hạn — ").Append(items.Count).Append(" việc</b>");
        if (items.All(i => i.Late)) sb.Append(" <i>(nhắc muộn)</i>");
        sb.Append('\n');
        var rows = new List<InlineKeyboardButton[]>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            var r = items[i];
            sb.Append('\n').Append(i + 1).Append(". <b>").Append(Status(r, now)).Append("</b>");
            if (r.Late && !items.All(x => x.Late)) sb.Append(" <i>(nhắc muộn)</i>");
            sb.Append('\n');
            Body(sb, r);
            rows.Add(
            [
                InlineKeyboardButton.WithCallbackData($"✅ Xong ({i + 1})", DoneData(r.Target.Key)),
                InlineKeyboardButton.WithCallbackData($"⏰ Nhắc lại ({i + 1})", SnoozeData(r.Target.Key)),
            ]);
        }
        return new ReminderMessage(sb.ToString().TrimEnd(), new InlineKeyboardMarkup(rows), items);
    }

    private static string Header(PlannedReminder r, DateTimeOffset now) => r.Lead switch
    {
        PlannedReminder.Announce => $"📢 <b>Bắt đầu thực hiện — {ReminderText.Html(r.Target.Item!.Period)}</b>",
        PlannedReminder.Snoozed => $"🔔 <b>Nhắc lại — {Status(r, now)}</b>",
        _ => $"🔔 <b>Nhắc hạn — {Status(r, now)}</b>",
    };

    /// <summary>"còn 3 ngày", or for a period that just began "bắt đầu, còn 3 tháng".</summary>
    private static string Status(PlannedReminder r, DateTimeOffset now)
    {
        var left = ReminderText.Countdown(r.Target.DueAt - now);
        return r.Lead == PlannedReminder.Announce ? $"bắt đầu {r.Target.Item!.Period}, còn {left}" : $"còn {left}";
    }

    private static void Body(StringBuilder sb, PlannedReminder r)
    {
        var t = r.Target;
        sb.Append(ReminderText.Html(ReminderText.DatePhrase(t))).Append(": ").Append(ReminderText.Html(ReminderText.Duty(t))).Append('\n');
        if (t.Deadline is { YearInferred: true })
            sb.Append("⚠️ <i>Văn bản không ghi năm; năm được suy ra từ ngày ban hành kế hoạch.</i>\n");
        sb.Append("📄 ").Append(ReminderText.Html(ReminderText.PlanLabel(t.Plan)));
        if (t.Section.Length > 0) sb.Append(" — mục ").Append(ReminderText.Html(t.Section));
        sb.Append('\n');
        var quote = ReminderText.CleanQuote(t.Quote);
        if (quote.Length > 0) sb.Append("<blockquote>").Append(ReminderText.Html(quote)).Append("</blockquote>\n");
    }
}
