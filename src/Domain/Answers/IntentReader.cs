using System.Globalization;
using System.Text.RegularExpressions;
using NhacHan.Domain.Text;

namespace NhacHan.Domain.Answers;

/// <summary>
/// Reads a question typed the way secretaries type it (often without diacritics, with abbreviations) into a
/// <see cref="Question"/>: the intent, a time window relative to today, document numbers, a level, and the
/// topic syllables left for the search. Works on folded text so "hạn" and "han" read the same.
/// </summary>
public static partial class IntentReader
{
    /// <summary>Phrases that shape the question but say nothing about its topic (removed before words).</summary>
    private static readonly string[] StopPhrases =
    [
        "khi nao", "bao gio", "bao nhieu", "ngay nao", "la gi", "nhu the nao", "o dau", "may gio", "phai lam gi",
        "lam gi", "co khong", "thoi gian", "thoi han", "luc nao", "don vi nao", "co quan nao", "nhiem vu",
        "trach nhiem", "gom nhung", "yeu cau", "sap den han", "sap het han", "sap toi han", "sap den", "sap toi",
        "qua han", "gio nao", "hop o", "thanh phan", "dia diem", "danh sach", "tom tat",
        "ke hoach", "ban nao", "cham nhat", "truoc ngay", "tuan nay", "thang nay", "hom nay",
        "cap co so", "cap huyen", "cap tinh", "cong viec",
    ];

    /// <summary>Single syllables that carry no topic.</summary>
    private static readonly HashSet<string> Stopwords = new(StringComparer.Ordinal)
    {
        "la", "cua", "gi", "nhung", "cac", "co", "khong", "ai", "phai", "cho", "ve", "va", "voi", "duoc", "minh",
        "toi", "em", "anh", "oi", "a", "nhe", "vay", "nay", "hay", "xin", "hoi", "mot", "nop", "nao", "han", "o",
        "dau", "the", "gom", "can", "deu", "sap", "den", "tuan", "thang", "nam", "truoc", "ngay", "luc", "cap",
        "ra", "xem", "vao", "tai", "nua", "di", "hop", "viec", "moc",
    };

    public static Question Read(string text, DateOnly today)
    {
        var nfc = VietnameseText.Nfc(text.Trim());
        var folded = VietnameseText.Fold(nfc);
        var command = folded.StartsWith('/') ? folded.Split(' ', 2)[0] : null;

        var numbers = NumberKeys.Find(folded);
        var (window, windowSpan) = ReadWindow(folded, today, numbers);
        // The window's words, the document numbers and a /command are not topic words.
        var blank = folded.ToCharArray();
        void Blank(int start, int length)
        {
            for (var i = start; i < start + length && i < blank.Length; i++) blank[i] = ' ';
        }
        if (windowSpan is { } span) Blank(span.Start, span.Length);
        foreach (var n in numbers) Blank(n.Start, n.Length);
        if (command is not null) Blank(0, command.Length);
        var rest = new string(blank);

        var expanded = Abbreviations.Expand(Syllables.OfFolded(rest));
        var joined = " " + string.Join(' ', expanded) + " ";
        var level = LevelWords.Asked(joined);
        var intent = command is null ? ReadIntent(joined, window is not null, numbers.Count > 0)
            : EngineCommands.IntentOf(command)
            ?? (EngineCommands.LooksLikeCommand(command) ? Intent.UnknownCommand : ReadIntent(joined, window is not null, numbers.Count > 0));
        if (intent == Intent.Upcoming && window is null)
            window = new DateWindow(today, today.AddDays(14), "14 ngày tới", false);

        // Topic terms: what remains after the question words; numbers and levels stay (they discriminate).
        var topic = joined;
        foreach (var phrase in StopPhrases) topic = topic.Replace(" " + phrase + " ", "  ", StringComparison.Ordinal);
        var terms = topic.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(s => !Stopwords.Contains(s))
            .ToList();
        return new Question(nfc, folded, intent, terms, numbers.Select(n => n.Key).Distinct().ToArray(), window, level);
    }

    private static Intent ReadIntent(string q, bool hasWindow, bool hasNumber)
    {
        if (Has(q, "huong dan su dung", "tro giup", " help ")) return Intent.Help;
        if (Has(q, "danh sach ke hoach", "nhung ke hoach nao", "co ke hoach nao", "cac ke hoach da luu")) return Intent.ListPlans;
        if (Has(q, " o dau ", " may gio ", " thanh phan ", " dia diem ", " gio nao ", " hop luc ", " hop vao ", " hop o ", " hop ngay "))
            return Intent.Meeting;
        if (hasWindow || Has(q, " sap den han ", " sap het han ", " sap toi han ", " qua han ", " sap den ", " sap toi "))
            return Intent.Upcoming;
        if (Has(q, " ai ", " chu tri ", " don vi nao ", " co quan nao ", " ban nao "))
            return Intent.Responsibility;
        if (Has(q, " noi dung ", " gom nhung gi ", " gom nhung ", " gom gi ", " bao cao gi ", " nhung gi ", " yeu cau gi "))
            return Intent.Contents;
        if (Has(q, " ai ", " don vi nao ", " chu tri ", " phoi hop ", " phai lam gi ", " lam gi ", " nhiem vu ", " trach nhiem ", " co quan nao ", " ban nao "))
            return Intent.Responsibility;
        if (Has(q, " khi nao ", " han ", " bao gio ", " ngay nao ", " thoi gian ", " thoi han ", " luc nao ", " truoc ngay ", " cham nhat ", " hoan thanh "))
            return Intent.DueDate;
        if (hasNumber || Has(q, " ke hoach ", " tom tat ")) return Intent.PlanSummary;
        return Intent.Unknown;
    }

    private static bool Has(string q, params string[] phrases)
    {
        foreach (var p in phrases)
        {
            var needle = p.StartsWith(' ') ? p : " " + p + " ";
            if (q.Contains(needle, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    private static (DateWindow? Window, (int Start, int Length)? Span) ReadWindow(
        string folded, DateOnly today, List<(string Key, int Start, int Length)> numbers)
    {
        var m = ExplicitMonth().Match(folded);
        if (m.Success && !Overlaps(m, numbers))
        {
            var month = int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture);
            var year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
            if (month is >= 1 and <= 12 && year is > 2000 and < 2100)
                return (MonthWindow(year, month, $"tháng {month}/{year}"), (m.Index, m.Length));
        }
        m = Quarter().Match(folded);
        if (m.Success && !Overlaps(m, numbers))
        {
            var q = m.Groups["q"].Value switch { "i" or "1" => 1, "ii" or "2" => 2, "iii" or "3" => 3, _ => 4 };
            var year = m.Groups["y"].Success ? int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture) : today.Year;
            var from = new DateOnly(year, (q - 1) * 3 + 1, 1);
            return (new DateWindow(from, from.AddMonths(3).AddDays(-1), $"quý {RomanQuarter(q)}/{year}", true), (m.Index, m.Length));
        }
        m = BareMonth().Match(folded);
        if (m.Success && !Overlaps(m, numbers))
        {
            var month = int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture);
            if (month is >= 1 and <= 12)
            {
                var year = month >= today.Month ? today.Year : today.Year + 1;
                return (MonthWindow(year, month, $"tháng {month}/{year}"), (m.Index, m.Length));
            }
        }
        m = NextDays().Match(folded);
        if (m.Success)
        {
            var days = int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture);
            if (days is >= 1 and <= 366)
                return (new DateWindow(today, today.AddDays(days), $"{days} ngày tới", days >= 28), (m.Index, m.Length));
        }
        foreach (var (phrase, make) in RelativeWindows)
        {
            var at = folded.IndexOf(phrase, StringComparison.Ordinal);
            if (at >= 0) return (make(today), (at, phrase.Length));
        }
        return (null, null);
    }

    private static readonly (string Phrase, Func<DateOnly, DateWindow> Make)[] RelativeWindows =
    [
        ("hom nay", t => new DateWindow(t, t, "hôm nay", false)),
        ("ngay mai", t => new DateWindow(t.AddDays(1), t.AddDays(1), "ngày mai", false)),
        ("tuan nay", t => new DateWindow(t, t.AddDays(6), "tuần này", false)),
        ("tuan toi", NextWeek), ("tuan sau", NextWeek),
        ("thang nay", t => MonthWindow(t.Year, t.Month, "tháng này")),
        ("thang toi", NextMonth), ("thang sau", NextMonth),
    ];

    private static DateWindow NextWeek(DateOnly t)
    {
        var monday = t.AddDays(((int)DayOfWeek.Monday - (int)t.DayOfWeek + 7) % 7 is 0 ? 7 : ((int)DayOfWeek.Monday - (int)t.DayOfWeek + 7) % 7);
        return new DateWindow(monday, monday.AddDays(6), "tuần tới", false);
    }

    private static DateWindow NextMonth(DateOnly t)
    {
        var first = new DateOnly(t.Year, t.Month, 1).AddMonths(1);
        return MonthWindow(first.Year, first.Month, "tháng tới");
    }

    private static DateWindow MonthWindow(int year, int month, string label)
    {
        var first = new DateOnly(year, month, 1);
        return new DateWindow(first, first.AddMonths(1).AddDays(-1), label, true);
    }

    private static string RomanQuarter(int q) => q switch { 1 => "I", 2 => "II", 3 => "III", _ => "IV" };

    private static bool Overlaps(Match m, List<(string Key, int Start, int Length)> numbers) =>
        numbers.Any(n => m.Index < n.Start + n.Length && n.Start < m.Index + m.Length);

    [GeneratedRegex(@"\bthang\s+(?<m>\d{1,2})\s*(?:/|-|\s+nam\s+)\s*(?<y>\d{4})\b")]
    private static partial Regex ExplicitMonth();

    [GeneratedRegex(@"\bquy\s+(?<q>iv|iii|ii|i|[1-4])\b(?:\s*(?:/|-|\s+nam\s+)\s*(?<y>\d{4}))?")]
    private static partial Regex Quarter();

    [GeneratedRegex(@"\bthang\s+(?<m>\d{1,2})\b(?!\s*/)")]
    private static partial Regex BareMonth();

    [GeneratedRegex(@"\b(?<n>\d{1,3})\s+ngay\s+(?:toi|nua|sap toi|tiep theo)\b")]
    private static partial Regex NextDays();
}
