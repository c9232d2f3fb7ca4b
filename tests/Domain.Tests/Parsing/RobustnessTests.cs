using System.Text;
using NhacHan.Domain.Documents;
using NhacHan.Domain.Parsing;

namespace NhacHan.Domain.Tests.Parsing;

/// <summary>Hostile input gives a plan or a Vietnamese error; never an exception or a hang (loops are bounded).</summary>
public class RobustnessTests
{
    private static void PlanOrError(string name, byte[] bytes)
    {
        var r = PlanFileParser.Parse(name, bytes);
        Assert.True(r.Plan is not null || (r.Error is not null && r.Error.Message.Length > 0));
    }

    [Fact]
    public void Random_text_of_many_shapes()
    {
        var rng = new Random(12345);
        const string alphabet = "ab đơ ư ế\t\n\r-*#|/.:;()0123456789IVX KẾ HOẠCH T/M Số ngày tháng năm Quý ";
        for (var i = 0; i < 200; i++)
        {
            var sb = new StringBuilder();
            var len = rng.Next(0, 400);
            for (var j = 0; j < len; j++) sb.Append(alphabet[rng.Next(alphabet.Length)]);
            PlanOrError("r.txt", Encoding.UTF8.GetBytes(sb.ToString()));
        }
    }

    [Fact]
    public void Random_bytes() 
    {
        var rng = new Random(7);
        for (var i = 0; i < 50; i++)
        {
            var bytes = new byte[rng.Next(1, 2000)];
            rng.NextBytes(bytes);
            PlanOrError("b.txt", bytes);
        }
    }

    [Fact]
    public void Huge_single_line_and_a_megabyte_of_digits_and_slashes()
    {
        PlanOrError("line.txt", Encoding.UTF8.GetBytes("KẾ HOẠCH " + string.Concat(Enumerable.Repeat("trước ngày 27/01/2024 báo cáo Ban Thường vụ; ", 20_000))));
        var sb = new StringBuilder(1 << 20);
        var rng = new Random(3);
        while (sb.Length < 1 << 20) sb.Append(rng.Next(10)).Append(rng.Next(3) == 0 ? '/' : (char)('0' + rng.Next(10)));
        PlanOrError("digits.txt", Encoding.UTF8.GetBytes(sb.ToString()));
    }

    [Fact]
    public void Run_on_body_line_full_of_dates_and_many_lower_case_lines()
    {
        var line = string.Concat(Enumerable.Repeat("các chi bộ báo cáo Ban Thường vụ trước ngày 27/01/2024; ", 10_000));
        var r = PlanFileParser.Parse("run.txt", Encoding.UTF8.GetBytes("KẾ HOẠCH\n\nthử\n\nII. NỘI DUNG\n\n" + line));
        Assert.NotNull(r.Plan);
        Assert.All(r.Plan!.Deadlines, d => Assert.True(d.Quote.Length <= 2000));
        var lines = string.Concat(Enumerable.Repeat("tiếp tục thực hiện nhiệm vụ được giao\n", 50_000));
        PlanOrError("lines.txt", Encoding.UTF8.GetBytes("KẾ HOẠCH\n\nthử\n\nI. NỘI DUNG\n\n" + lines));
    }

    [Fact]
    public void Text_beyond_any_plan_size_is_too_large()
    {
        var r = PlanFileParser.Parse("big.txt", Encoding.UTF8.GetBytes(new string('a', PlanParser.MaxTextLength + 1)));
        Assert.Equal(ParseErrorCode.TooLarge, r.Error!.Code);
    }

    [Fact]
    public void Progress_table_with_thousands_of_rows()
    {
        var sb = new StringBuilder("KẾ HOẠCH\n\nthử\n\nIII. TIẾN ĐỘ\n\n| Nội dung | Đơn vị chủ trì | Thời gian hoàn thành |\n|---|---|---|\n");
        for (var i = 0; i < 3000; i++) sb.Append("| Việc ").Append(i).Append(" | Văn phòng | 30/6/2026 |\n");
        var r = PlanFileParser.Parse("t.md", Encoding.UTF8.GetBytes(sb.ToString()));
        Assert.Equal(3000, r.Plan!.Deadlines.Count);
    }

    [Fact]
    public void Deep_numbering_and_many_tables()
    {
        var sb = new StringBuilder("KẾ HOẠCH\n\nthử\n\n");
        for (var i = 0; i < 300; i++) sb.Append("1.1.1.1.1. Cấp ").Append(i).Append('\n').Append("| a | b |\n|---|---|\n| Quý I/2025 | - Ban X trước ngày 1/2/2025 |\n");
        PlanOrError("deep.md", Encoding.UTF8.GetBytes(sb.ToString()));
    }

    [Fact]
    public void Text_that_is_no_plan_is_a_not_a_plan_error_in_vietnamese()
    {
        var (plan, error) = PlanParser.Parse(PlainTextReader.Read("note.txt", "Chào anh, chiều nay họp nhé.\nCảm ơn."));
        Assert.Null(plan);
        Assert.Equal(ParseErrorCode.NotAPlan, error!.Code);
        Assert.Contains("kế hoạch", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_file_is_an_error() => Assert.Equal(ParseErrorCode.Empty, PlanFileParser.Parse("e.txt", Array.Empty<byte>()).Error!.Code);
}
