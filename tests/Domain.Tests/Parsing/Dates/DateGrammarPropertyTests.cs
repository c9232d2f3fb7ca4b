using System.Text;
using NhacHan.Domain.Parsing.Dates;

namespace NhacHan.Domain.Tests.Parsing.Dates;

/// <summary>Random text never throws, and spans always lie inside the text, in order, without overlap.</summary>
public class DateGrammarPropertyTests
{
    private const int Rounds = 1500;

    private static readonly string[] Fragments =
    [
        "trước", "ngày", "tháng", "năm", "quý", "III", "IV", "hằng", "chậm nhất", "trong", "từ", "đến", "bắt đầu",
        "đầu", "cuối", "tuần", "giữa", "6 tháng đầu năm", "nửa", "sau", "ngay sau", "kể từ", "khi", "14h00", "giờ",
        "phút", "(Thứ Ba)", "/", "-", "–", ".", ",", "(", ")", "**", "…", " ", "  ", "\n", "\u00a0", "0", "1", "7",
        "12", "15", "29", "31", "2", "13", "99", "2024", "2025", "1899", "9999", "30/6", "27/01/2024", "31/02/2024",
        "-KH/TU", "/NĐ-CP", "số", "Chỉ thị", "của", "a\u0300", "\u0301", "\uFEFF", "ĐẠI HỘI", "15/20",
    ];

    [Fact]
    public void Random_fragment_soup_is_safe()
    {
        var random = new Random(20261202);
        for (var round = 0; round < Rounds; round++)
        {
            var sb = new StringBuilder();
            var parts = random.Next(1, 40);
            for (var p = 0; p < parts; p++)
            {
                sb.Append(Fragments[random.Next(Fragments.Length)]);
                if (random.Next(3) > 0) sb.Append(' ');
            }
            AssertWellFormed(sb.ToString(), random.Next(2) == 0 ? null : new DateOnly(2025, 1 + random.Next(12), 1 + random.Next(28)));
        }
    }

    [Fact]
    public void Random_characters_are_safe()
    {
        var random = new Random(7);
        for (var round = 0; round < Rounds; round++)
        {
            var chars = new char[random.Next(0, 200)];
            for (var k = 0; k < chars.Length; k++)
                chars[k] = random.Next(4) switch
                {
                    0 => (char)random.Next('0', '9' + 1),
                    1 => "/-.,() \n"[random.Next(8)],
                    2 => (char)random.Next(0x20, 0x7F),
                    _ => (char)random.Next(0, 0x10000), // lone surrogates and controls included
                };
            AssertWellFormed(new string(chars), new DateOnly(2025, 5, 9));
        }
    }

    [Fact]
    public void Random_bytes_read_as_text_are_safe()
    {
        var random = new Random(99);
        var bytes = new byte[512];
        for (var round = 0; round < Rounds; round++)
        {
            random.NextBytes(bytes);
            var length = random.Next(bytes.Length);
            AssertWellFormed(Encoding.UTF8.GetString(bytes, 0, length), null);
            AssertWellFormed(Encoding.Latin1.GetString(bytes, 0, length), new DateOnly(2024, 2, 29));
        }
    }

    [Fact]
    public void Extreme_reference_dates_are_safe()
    {
        foreach (var reference in new DateOnly?[] { DateOnly.MinValue, DateOnly.MaxValue, new DateOnly(9999, 12, 1), null })
        {
            AssertWellFormed("trước 30/6, trong tháng 8, quý IV, ngày 25 hằng tháng, từ 15/12 đến 15/1, ngày 31 hằng tháng", reference);
        }
    }

    [Fact]
    public void A_long_text_is_read_whole()
    {
        var text = string.Concat(Enumerable.Repeat("Báo cáo trước ngày 27/01/2024; Kế hoạch số 146-KH/TU, ngày 18/01/2024. ", 2000));
        var found = DateGrammar.Find(text, null);
        Assert.Equal(4000, found.Count);
        Assert.Equal(2000, found.Count(m => m.IsCitation));
        AssertWellFormed(text, null);
    }

    [Fact]
    public void A_huge_text_is_read_in_pieces_without_losing_dates()
    {
        // About 1 MB on long lines: read in bounded pieces cut at line breaks or sentence ends.
        const string line = "Các chi bộ báo cáo trước ngày 27/01/2024; Kế hoạch số 146-KH/TU, ngày 18/01/2024 của Tỉnh ủy; sau 15 ngày kể từ ngày nhận được. ";
        var sb = new StringBuilder();
        for (var k = 0; k < 8_000; k++)
        {
            sb.Append(line);
            if (k % 1000 == 999) sb.Append('\n');
        }
        var text = sb.ToString();
        Assert.Equal(16_000, DateGrammar.Find(text, null).Count);
        Assert.Equal(8_000, DateGrammar.FindRelative(text).Count);
    }

    private static void AssertWellFormed(string text, DateOnly? reference)
    {
        var previousEnd = 0;
        foreach (var m in DateGrammar.Find(text, reference))
        {
            Assert.InRange(m.Span.Length, 1, text.Length);
            Assert.InRange(m.Span.Start, previousEnd, text.Length - m.Span.Length);
            previousEnd = m.Span.End;
            if (m.Type == DateMentionType.Unplaced) Assert.Null(m.Date);
            if (m.Type == DateMentionType.Range) Assert.True(m.RangeStart <= m.Date);
        }
        previousEnd = 0;
        foreach (var r in DateGrammar.FindRelative(text))
        {
            Assert.InRange(r.Span.Start, previousEnd, text.Length - r.Span.Length);
            Assert.False(string.IsNullOrWhiteSpace(r.Anchor));
            previousEnd = r.Span.End;
        }
    }
}
