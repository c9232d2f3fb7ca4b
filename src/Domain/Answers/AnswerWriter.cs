using System.Globalization;
using System.Text.RegularExpressions;
using NhacHan.Domain.Plans;
using NhacHan.Domain.Storage;

namespace NhacHan.Domain.Answers;

/// <summary>
/// The wording shared by every answer: dates as dd/MM/yyyy with a countdown, who and to whom, the source
/// (plan, section, quoted sentence). Only what the plan says is written: no date, unit or content is made up,
/// and a cited document's date never appears as a deadline (titles are shortened without their dates).
/// </summary>
public static partial class AnswerWriter
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public static string Date(DateOnly d) => d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>The obligation's date phrase: "Trước ngày 27/01/2024", "Trong tháng 08/2024 (đến hết 31/08/2024)".</summary>
    public static string When(Deadline d, DateOnly today) => d.Kind switch
    {
        DeadlineKind.Before => $"Trước ngày {Date(d.Date)}",
        DeadlineKind.On => $"Chậm nhất ngày {Date(d.Date)}",
        DeadlineKind.ByMonth => d.Granularity switch
        {
            DateGranularity.Quarter => $"Trong quý (đến hết {Date(d.Date)})",
            DateGranularity.HalfYear => $"Trong 6 tháng (đến hết {Date(d.Date)})",
            DateGranularity.Year => $"Trong năm (đến hết {Date(d.Date)})",
            _ => $"Trong tháng {d.Date.Month:00}/{d.Date.Year} (đến hết {Date(d.Date)})",
        },
        DeadlineKind.Start => $"Bắt đầu từ {Date(d.Date)}",
        DeadlineKind.RangeEnd => $"Đến ngày {Date(d.Date)}",
        DeadlineKind.RecurringMonthly => $"Ngày {d.DayOfMonth ?? d.Date.Day} hằng tháng — lần tới {Date(NextOccurrence(d, today))}",
        _ => Date(d.Date),
    };

    /// <summary>The date a countdown is measured to (for a monthly deadline: its next occurrence).</summary>
    public static DateOnly DueDate(Deadline d, DateOnly today) =>
        d.Kind == DeadlineKind.RecurringMonthly ? NextOccurrence(d, today) : d.Date;

    public static string CountdownOf(Deadline d, DateOnly today)
    {
        if (d.Done) return "đã hoàn thành";
        return d.Kind == DeadlineKind.Start ? Countdown.ToStart(d.Date, today) : Countdown.To(DueDate(d, today), today);
    }

    public static DateOnly NextOccurrence(Deadline d, DateOnly today) =>
        d.Date >= today ? d.Date : NextMonthly(d.DayOfMonth ?? d.Date.Day, today);

    /// <summary>The first day-of-month <paramref name="day"/> on or after <paramref name="from"/> (clamped to short months).</summary>
    public static DateOnly NextMonthly(int day, DateOnly from)
    {
        var today = from;
        var month = new DateOnly(today.Year, today.Month, 1);
        for (var i = 0; i < 3; i++)
        {
            var candidate = month.AddMonths(i);
            var clamped = new DateOnly(candidate.Year, candidate.Month, Math.Min(day, DateTime.DaysInMonth(candidate.Year, candidate.Month)));
            if (clamped >= today) return clamped;
        }
        return today;
    }

    /// <summary>"Cấp cơ sở: Tổng hợp số liệu…, báo cáo Ban Thường vụ Huyện ủy (qua Ban Tổ chức Huyện ủy)."</summary>
    public static string WhoWhat(Deadline d)
    {
        var what = d.What;
        var text = d.Who.Length > 0 && !Contains(what, d.Who) ? $"{Capital(d.Who)}: {what}" : Capital(what);
        if (d.ReportTo is { } to && !Contains(text, to)) text += $" — báo cáo/gửi về {to}";
        if (d.Via is { } via && !Contains(text, via)) text += $" (qua {via})";
        return text;
    }

    /// <summary>"Kế hoạch số 146-KH/TU (Ban Thường vụ Tỉnh ủy)" or the shortened title when there is no number.</summary>
    public static string PlanLabel(StoredPlan stored)
    {
        var p = stored.Plan;
        var label = p.Number is { Length: > 0 } n
            ? $"Kế hoạch số {n}{(p.Title.Length > 0 ? " " + ShortTitle(p.Title) : "")}"
            : $"Kế hoạch {ShortTitle(p.Title)}";
        var issuer = string.Join(", ", new[] { p.Issuer, p.Place is { } place && !Contains(p.Issuer ?? "", place) ? place : null }.OfType<string>());
        if (issuer.Length > 0) label += $" ({issuer}{(p.IssuedOn is { } on ? ", " + Date(on) : "")})";
        if (stored.Source.IsSample) label += " — kế hoạch mẫu";
        return label;
    }

    /// <summary>A short name for buttons: "KH 146-KH/TU — BTV Tỉnh ủy (2024)", "Tổng kết CT 35 — BTV Huyện ủy".</summary>
    public static string ButtonLabel(StoredPlan stored)
    {
        var p = stored.Plan;
        var name = p.Number is { Length: > 0 } n ? $"KH {n}" : Truncate(Capital(Compact(ShortTitle(p.Title))), 34);
        var issuer = p.Issuer is { } i ? " — " + i.Replace("Ban Thường vụ", "BTV", StringComparison.Ordinal).Replace("Ban Chấp hành", "BCH", StringComparison.Ordinal) : "";
        var year = p.ReferenceDate is { } d ? $" ({d.Year})" : "";
        return Truncate(name + issuer + year, 60);
    }

    /// <summary>"Chỉ thị số 35-CT/TW của Bộ Chính trị" → "CT 35": document names as people say them.</summary>
    private static string Compact(string title)
    {
        var t = DocumentName().Replace(title, m => $"{(m.Groups["k"].Value.StartsWith("Ch", StringComparison.Ordinal) ? "CT" : "KH")} {m.Groups["n"].Value}");
        return t.Replace(" của Bộ Chính trị", "", StringComparison.Ordinal).Replace(" …", "", StringComparison.Ordinal);
    }

    /// <summary>The title without cited documents' dates ("…Chỉ thị số 35-CT/TW, ngày 30/5/2019 của…"), cut to a phone line.</summary>
    public static string ShortTitle(string title)
    {
        var t = CitedDate().Replace(title, "");
        t = Regex.Replace(t, @"\s+", " ").Trim();
        if (t.Length > 90)
        {
            var cut = t.IndexOf(" về ", 40, StringComparison.Ordinal);
            if (cut < 0 || cut > 90) cut = t.LastIndexOf(' ', 90);
            if (cut > 0) t = t[..cut] + " …";
        }
        return t;
    }

    /// <summary>"PHỤ LỤC.Quý III/2024.Cấp huyện và tương đương" → "phụ lục, Quý III/2024, Cấp huyện và tương đương".</summary>
    public static string Section(string section)
    {
        if (section.Length == 0) return "";
        if (section.StartsWith("PHỤ LỤC.", StringComparison.Ordinal))
            return "phụ lục, " + section["PHỤ LỤC.".Length..].Replace(".", ", ", StringComparison.Ordinal);
        return "mục " + section;
    }

    /// <summary>The quote as printed, without the Markdown stars the text conversion left in it.</summary>
    public static string Quote(string quote) => Regex.Replace(quote.Replace("*", "", StringComparison.Ordinal), @"\s+", " ").Trim();

    public static void Source(RichTextBuilder b, StoredPlan plan, string? section, string? quote)
    {
        var where = section is { Length: > 0 } s ? " — " + Section(s) : "";
        b.Line($"📄 {PlanLabel(plan)}{where}");
        if (quote is { Length: > 0 } q) b.Quote(Quote(q)).Line();
    }

    public static string EventTime(DateTime start)
    {
        var day = Vietnamese.DateTimeFormat.GetDayName(start.DayOfWeek);
        day = day.Length > 0 ? char.ToLower(day[0], Vietnamese) + day[1..] : day;
        return $"{start:HH:mm}, {day} {Date(DateOnly.FromDateTime(start))}";
    }

    public static string Capital(string s) => s.Length > 0 ? char.ToUpper(s[0], Vietnamese) + s[1..] : s;

    public static string Truncate(string s, int max) => s.Length <= max ? s : s[..(max - 1)].TrimEnd() + "…";

    private static bool Contains(string haystack, string needle) =>
        haystack.Contains(needle, StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"(?<k>Chỉ thị|Kế hoạch)\s+(?:số\s+)?(?<n>\d+)-[A-ZĐ]+/[A-ZĐ]+")]
    private static partial Regex DocumentName();

    [GeneratedRegex(@",?\s*(?:ngày\s+)?\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4}")]
    private static partial Regex CitedDate();
}
