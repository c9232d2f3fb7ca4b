using NhacHan.Domain.Answers;
using NhacHan.Domain.Plans;
using NhacHan.Domain.Text;

namespace NhacHan.Domain.Tests.Answers;

public sealed class TextPartsTests
{
    [Theory]
    [InlineData("btc huyen uy", "ban to chuc huyen uy")]
    [InlineData("btv tu", "ban thuong vu tinh uy")]
    [InlineData("vptu", "van phong tinh uy")]
    [InlineData("ubkt hu", "uy ban kiem tra huyen uy")]
    [InlineData("mttq huyen", "mat tran to quoc huyen")]
    [InlineData("bch du", "ban chap hanh dang uy")]
    [InlineData("tu ngay 5", "tu ngay 5")]
    [InlineData("kh 146", "ke hoach 146")]
    [InlineData("ct 35", "chi thi 35")]
    public void Abbreviations_expand(string typed, string expected) =>
        Assert.Equal(expected, string.Join(' ', Abbreviations.Expand(Syllables.Of(typed))));

    [Theory]
    [InlineData("Hạn nộp báo cáo", "han nop bao cao")]
    [InlineData("Đảng ủy xã", "dang uy xa")]
    [InlineData("35-CT/TW", "35 ct tw")]
    public void Syllables_are_folded(string text, string expected) =>
        Assert.Equal(expected, string.Join(' ', Syllables.Of(text)));

    [Theory]
    [InlineData("kiem", "kiem", 0)]
    [InlineData("kiemm", "kiem", 1)]
    [InlineData("traa", "tra", 1)]
    [InlineData("kiem", "khiem", 1)]
    [InlineData("kiem", "tram", 2)]
    public void Edit_distance_is_capped(string a, string b, int expected) => Assert.Equal(expected, Syllables.Distance(a, b));

    [Theory]
    [InlineData("han nop bao cao ct 35", "ct35")]
    [InlineData("chi thi so 35-ct/tw", "ct35")]
    [InlineData("35-ct/tw", "ct35")]
    [InlineData("ke hoach so 146", "kh146")]
    [InlineData("kh146", "kh146")]
    [InlineData("146-kh/tu", "kh146")]
    public void Numbers_are_read_as_keys(string folded, string key) =>
        Assert.Equal(key, Assert.Single(NumberKeys.Find(folded)).Key);

    [Fact]
    public void A_month_is_not_a_number() => Assert.Empty(NumberKeys.Find("thang 12/2024 cap huyen"));

    [Theory]
    [InlineData("tuan nay co han gi", "2025-05-15", "2025-05-21", Intent.Upcoming)]
    [InlineData("7 ngày tới", "2025-05-15", "2025-05-22", Intent.Upcoming)]
    [InlineData("thang 12", "2025-05-01", "2025-12-31", Intent.Upcoming)]
    [InlineData("thang 3", "2025-05-01", "2026-03-31", Intent.Upcoming)]
    [InlineData("thang nay", "2024-02-10", "2024-02-29", Intent.Upcoming)]
    [InlineData("quy IV/2024 co han gi", "2024-01-20", "2024-12-31", Intent.Upcoming)]
    public void Windows_are_relative_to_today(string q, string today, string to, Intent intent)
    {
        var read = IntentReader.Read(q, DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(intent, read.Intent);
        Assert.Equal(DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture), read.Window!.To);
    }

    [Theory]
    [InlineData("han nop bao cao la khi nao", Intent.DueDate)]
    [InlineData("bao gio phai nop", Intent.DueDate)]
    [InlineData("báo cáo gồm những nội dung gì", Intent.Contents)]
    [InlineData("ai chu tri", Intent.Responsibility)]
    [InlineData("btc phai lam gi", Intent.Responsibility)]
    [InlineData("hop o dau", Intent.Meeting)]
    [InlineData("may gio hop", Intent.Meeting)]
    [InlineData("ke hoach 146", Intent.PlanSummary)]
    [InlineData("/help", Intent.Help)]
    [InlineData("/kehoach", Intent.ListPlans)]
    [InlineData("/sapden", Intent.Upcoming)]
    public void Intents_are_recognised(string q, Intent intent) =>
        Assert.Equal(intent, IntentReader.Read(q, new DateOnly(2024, 1, 20)).Intent);

    [Theory]
    [InlineData(5, "còn 5 ngày")]
    [InlineData(0, "hôm nay")]
    [InlineData(-2, "đã quá hạn 2 ngày")]
    [InlineData(30, "còn 30 ngày")]
    public void Countdowns_are_in_days(int days, string expected)
    {
        var today = new DateOnly(2024, 1, 20);
        Assert.Equal(expected, Countdown.To(today.AddDays(days), today));
    }

    [Fact]
    public void Titles_lose_the_dates_of_cited_documents()
    {
        var t = AnswerWriter.ShortTitle("tổng kết thực hiện Chỉ thị số 35-CT/TW, ngày 30/5/2019 của Bộ Chính trị về đại hội đảng bộ các cấp");
        Assert.DoesNotContain("30/5/2019", t);
        Assert.StartsWith("tổng kết thực hiện Chỉ thị số 35-CT/TW", t);
    }

    [Fact]
    public void A_monthly_deadline_counts_to_its_next_occurrence()
    {
        var d = new Deadline(new DateOnly(2024, 11, 25), DeadlineKind.RecurringMonthly, "UBKT", "báo cáo", null, null, "III.1", "trước ngày 25 hằng tháng", false) { DayOfMonth = 25 };
        Assert.Equal(new DateOnly(2024, 11, 25), AnswerWriter.NextOccurrence(d, new DateOnly(2024, 11, 20)));
        Assert.Equal(new DateOnly(2024, 12, 25), AnswerWriter.NextOccurrence(d, new DateOnly(2024, 11, 26)));
        Assert.Equal("Ngày 25 hằng tháng — lần tới 25/01/2025", AnswerWriter.When(d, new DateOnly(2025, 1, 1)));
    }
}
