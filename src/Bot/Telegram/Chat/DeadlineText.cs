using System.Globalization;
using System.Text;
using NhacHan.Bot.Telegram.Html;
using NhacHan.Domain.Plans;

namespace NhacHan.Bot.Telegram.Chat;

/// <summary>One deadline as a list line: the date the way the plan binds it, the countdown, who and what, the source.</summary>
public static class DeadlineText
{
    public static string When(Deadline d) => d.Kind switch
    {
        DeadlineKind.Before => $"Trước ngày {Texts.Date(d.Date)}",
        DeadlineKind.On => $"Chậm nhất ngày {Texts.Date(d.Date)}",
        DeadlineKind.ByMonth => d.Granularity == DateGranularity.Month
            ? $"Trong tháng {d.Date.ToString("MM/yyyy", CultureInfo.InvariantCulture)}"
            : $"Hạn cuối {Texts.Date(d.Date)}",
        DeadlineKind.Start => $"Bắt đầu từ {Texts.Date(d.Date)}",
        DeadlineKind.RangeEnd => $"Đến ngày {Texts.Date(d.Date)}",
        DeadlineKind.RecurringMonthly => $"Hằng tháng trước ngày {d.DayOfMonth ?? d.Date.Day} (lần tới {Texts.Date(d.Date)})",
        _ => Texts.Date(d.Date),
    };

    public static string Line(DeadlineRow row, DateOnly today, bool withPlan)
    {
        var d = row.Deadline;
        var sb = new StringBuilder("• ");
        sb.Append("<b>").Append(When(d)).Append("</b>");
        if (d.Done) sb.Append(" ✓ đã hoàn thành");
        else sb.Append(" (").Append(Texts.Countdown(d.Date, today)).Append(')');
        sb.Append(" — ").Append(TelegramHtml.Escape(d.Who)).Append(": ").Append(TelegramHtml.Escape(d.What));
        if (d.ReportTo is { Length: > 0 } to) sb.Append(", báo cáo ").Append(TelegramHtml.Escape(to));
        if (d.YearInferred) sb.Append(" <i>(năm suy ra từ ngày ban hành)</i>");
        sb.Append("\n   📄 ");
        if (withPlan) sb.Append(TelegramHtml.Escape(Texts.PlanName(row.Plan.Plan))).Append(" — ");
        sb.Append("mục ").Append(TelegramHtml.Escape(d.Section.Length > 0 ? d.Section : "?"));
        if (row.Plan.Source.IsSample) sb.Append(" <i>(kế hoạch mẫu)</i>");
        return sb.ToString();
    }
}
