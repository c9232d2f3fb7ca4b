using System.Text;
using NhacHan.Domain.Parsing.Dates;
using NhacHan.Domain.Text;

namespace NhacHan.Domain.Tests.Parsing.Dates;

/// <summary>The same plan text in other spellings (NFD, old tone placement, no diacritics, CRLF, NBSP) gives the same dates.</summary>
public class DateGrammarSpellingTests
{
    private const string Plan = """
        Hà Nội, ngày 15 tháng 01 năm 2024
        Thực hiện Chỉ thị số 35-CT/TW, ngày 30/5/2019 của Bộ Chính trị; Kế hoạch số 146-KH/TU ngày 12/6/2024 của Tỉnh uỷ.
        1. Cấp cơ sở: báo cáo Ban Thường vụ Huyện ủy (qua Ban Tổ chức) trước ngày **27/01/2024**.
        2. Hoàn thành trong tháng 8/2024; Tháng 10, 11/2024 cho ý kiến; quý III/2025 tổng kết; 6 tháng đầu năm 2027.
        3. Đầu tháng 7/2025 đến 15/7/2025, thí điểm; từ ngày 03/8 đến ngày 20/8/2026 đại hội; chậm nhất ngày 01/5/2025.
        4. Hội nghị: 14h00 phút, ngày 27/02/2024 (Thứ Ba). Báo cáo trước ngày 25 hằng tháng; trước 30/6 gửi số liệu.
        5. Hoà giải xong trước ngày 10 tháng 9 năm 2026; bắt đầu từ tháng 3/2025; cuối tháng 10/2025 tổng kết.
        """;

    private static readonly DateOnly Reference = new(2024, 1, 15);

    public static TheoryData<string, string> Variants() => new()
    {
        { "NFD", Plan.Normalize(NormalizationForm.FormD) },
        { "old tone placement", Plan.Replace("ủy", "uỷ", StringComparison.Ordinal).Replace("Hòa", "Hoà", StringComparison.Ordinal) },
        { "CRLF", Plan.Replace("\n", "\r\n", StringComparison.Ordinal) },
        { "NBSP", Plan.Replace(' ', '\u00a0') },
        { "upper case", Plan.ToUpperInvariant() },
        { "no diacritics", RemoveMarks(Plan) },
    };

    [Theory]
    [MemberData(nameof(Variants))]
    public void Same_dates_in_every_spelling(string name, string variant)
    {
        var expected = Summary(DateGrammar.Find(Plan, Reference));
        Assert.Equal(17, expected.Count);
        Assert.True(expected.SequenceEqual(Summary(DateGrammar.Find(variant, Reference))), name);
    }

    [Fact]
    public void Spans_cut_the_same_words_from_the_nfd_text()
    {
        var nfd = Plan.Normalize(NormalizationForm.FormD);
        var a = DateGrammar.Find(Plan, Reference).Select(m => Plan.Substring(m.Span.Start, m.Span.Length));
        var b = DateGrammar.Find(nfd, Reference).Select(m => nfd.Substring(m.Span.Start, m.Span.Length).Normalize(NormalizationForm.FormC));
        Assert.Equal(a, b);
    }

    private static List<string> Summary(IReadOnlyList<DateMention> mentions) =>
        mentions.Select(m => $"{m.Type} {m.Kind} {m.Date} {m.RangeStart} {m.Granularity} {m.YearInferred} {m.DayOfMonth} {m.Time} {m.IsCitation}").ToList();

    /// <summary>Letters without tone or vowel marks, đ→d, case and spacing kept (unlike <see cref="VietnameseText.Fold"/>).</summary>
    private static string RemoveMarks(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var c in s.Normalize(NormalizationForm.FormD))
        {
            if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark) continue;
            sb.Append(c switch { 'đ' => 'd', 'Đ' => 'D', _ => c });
        }
        return sb.ToString();
    }
}
