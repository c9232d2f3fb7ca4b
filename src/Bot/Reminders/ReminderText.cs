using System.Globalization;
using System.Text;
using Humanizer;
using NhacHan.Domain.Plans;
using NhacHan.Domain.Reminders;
using NhacHan.Domain.Storage;

namespace NhacHan.Bot.Reminders;

/// <summary>Vietnamese wording of reminders, as Telegram HTML (see shared/CONVERSATIONS.md, "A pushed reminder").</summary>
public static class ReminderText
{
    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi");

    public static string Date(DateOnly d) => d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>Escapes text for parse_mode HTML (only &lt;, &gt; and &amp; matter outside attributes).</summary>
    public static string Html(string s)
    {
        if (s.AsSpan().IndexOfAny("<>&") < 0) return s;
        var sb = new StringBuilder(s.Length + 16);
        foreach (var c in s)
        {
            sb.Append(c switch
            {
                '<' => "&lt;",
                '>' => "&gt;",
                '&' => "&amp;",
                _ => c.ToString(),
            });
        }
        return sb.ToString();
    }

    /// <summary>"3 ngày", "16 giờ": the time left until the due moment, at most days, at least hours.</summary>
    public static string Countdown(TimeSpan left) =>
        left < TimeSpan.FromHours(1) ? "dưới 1 giờ" : left.Humanize(1, Vi, TimeUnit.Day, TimeUnit.Hour);

    /// <summary>How the deadline is written: "Trước ngày 27/01/2024", "Trong quý III/2026 (hạn cuối 30/09/2026)".</summary>
    public static string DatePhrase(ReminderTarget t)
    {
        if (t.Item is { } item) return $"{item.Period} ({Date(item.Start)}–{Date(item.End)})";
        var d = t.Deadline!;
        var date = Date(t.Date);
        return d.Kind switch
        {
            DeadlineKind.Before => $"Trước ngày {date}",
            DeadlineKind.On => $"Chậm nhất ngày {date}",
            DeadlineKind.Start => $"Bắt đầu từ ngày {date}",
            DeadlineKind.RangeEnd => $"Đến ngày {date}",
            DeadlineKind.RecurringMonthly => $"Trước ngày {date} (định kỳ hằng tháng, trước ngày {d.DayOfMonth ?? d.Date.Day})",
            DeadlineKind.ByMonth => d.Granularity switch
            {
                DateGranularity.Quarter => $"Trong quý {Roman((t.Date.Month + 2) / 3)}/{t.Date.Year} (hạn cuối {date})",
                DateGranularity.HalfYear => $"Trong 6 tháng {(t.Date.Month <= 6 ? "đầu" : "cuối")} năm {t.Date.Year} (hạn cuối {date})",
                DateGranularity.Year => $"Trong năm {t.Date.Year} (hạn cuối {date})",
                _ => $"Trong tháng {t.Date.Month}/{t.Date.Year} (hạn cuối {date})",
            },
            _ => date,
        };
    }

    /// <summary>"Cấp cơ sở tổng hợp số liệu …, báo cáo … (qua …)."</summary>
    public static string Duty(ReminderTarget t)
    {
        var what = t.What.Trim().TrimEnd('.', ';', ',');
        var who = t.Who.Trim();
        var sb = new StringBuilder();
        if (who.Length > 0 && !what.StartsWith(who, StringComparison.OrdinalIgnoreCase))
            sb.Append(who).Append(' ').Append(LowerFirstWord(what));
        else
            sb.Append(what);
        if (t.Deadline is { } d)
        {
            if (d.ReportTo is { Length: > 0 } to && !what.Contains(to, StringComparison.OrdinalIgnoreCase)) sb.Append(", báo cáo ").Append(to);
            if (d.Via is { Length: > 0 } via && !what.Contains(via, StringComparison.OrdinalIgnoreCase)) sb.Append(" (qua ").Append(via).Append(')');
        }
        var text = sb.ToString();
        return text.Length > 600 ? Shorten(text, 600) : text + ".";
    }

    public static string PlanLabel(StoredPlan p) =>
        p.Plan.Number is { Length: > 0 } n ? $"Kế hoạch số {n}" : $"Kế hoạch “{Shorten(p.Plan.Title, 80)}”";

    /// <summary>The quote as a reader sees it: Markdown emphasis marks from the source are dropped.</summary>
    public static string CleanQuote(string quote) => Shorten(quote.Replace("*", "", StringComparison.Ordinal).Trim(), 300);

    public static string Shorten(string s, int max)
    {
        if (s.Length <= max) return s;
        var cut = s.LastIndexOf(' ', max - 2);
        return string.Concat(s.AsSpan(0, cut > max / 2 ? cut : max - 1), "…");
    }

    /// <summary>Lower-cases a leading common word ("Tổng hợp" → "tổng hợp") but keeps names ("Ban Thường vụ").</summary>
    private static string LowerFirstWord(string s)
    {
        var space = s.IndexOf(' ', StringComparison.Ordinal);
        if (s.Length == 0 || !char.IsUpper(s[0])) return s;
        var nextWordCapitalised = space > 0 && space + 1 < s.Length && char.IsUpper(s[space + 1]);
        return nextWordCapitalised ? s : char.ToLower(s[0], Vi) + s[1..];
    }

    private static string Roman(int n) => n switch { 1 => "I", 2 => "II", 3 => "III", _ => "IV" };
}
