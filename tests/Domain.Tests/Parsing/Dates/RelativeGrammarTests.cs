using NhacHan.Domain.Parsing.Dates;

namespace NhacHan.Domain.Tests.Parsing.Dates;

public class RelativeGrammarTests
{
    [Theory]
    [InlineData("Phân công cấp ủy viên ngay sau đại hội.", "ngay sau đại hội", "đại hội")]
    [InlineData("ngay sau đại hội theo đúng phương án nhân sự", "ngay sau đại hội", "đại hội")]
    [InlineData("bàn giao cho cấp ủy xã ngay sau khi được thành lập", "ngay sau khi được thành lập", "được thành lập")]
    [InlineData("sau khi kết thúc đại hội, báo cáo kết quả", "sau khi kết thúc đại hội", "kết thúc đại hội")]
    [InlineData("Sau đại hội, cấp ủy các cấp phân công", "Sau đại hội", "đại hội")]
    [InlineData("Trước Tết Nguyên đán, các chi bộ hoàn thành", "Trước Tết Nguyên đán", "Tết Nguyên đán")]
    [InlineData("tổ chức gặp mặt sau Tết", "sau Tết", "Tết")]
    [InlineData("báo cáo trong 10 ngày\nkể từ ngày nhận được kế hoạch", "trong 10 ngày\nkể từ ngày nhận được kế hoạch", "ngày nhận được kế hoạch")]
    [InlineData("trình Thường trực duyệt trước khi tiến hành kiểm tra.", "trước khi tiến hành kiểm tra", "tiến hành kiểm tra")]
    [InlineData("trong 10 ngày kể từ ngày nhận được kế hoạch này, các đơn vị", "trong 10 ngày kể từ ngày nhận được kế hoạch này", "ngày nhận được kế hoạch này")]
    [InlineData("trong vòng 15 ngày làm việc kể từ ngày nhận được văn bản", "trong vòng 15 ngày làm việc kể từ ngày nhận được văn bản", "ngày nhận được văn bản")]
    [InlineData("trong 10\u00a0NGÀY kể từ ngày nhận", "trong 10\u00a0NGÀY kể từ ngày nhận", "ngày nhận")]
    [InlineData("trong 2 tuần kể từ khi có kết quả", "trong 2 tuần kể từ khi có kết quả", "có kết quả")]
    [InlineData("trong thời hạn 10 ngày kể từ ngày nhận được công văn", "trong thời hạn 10 ngày kể từ ngày nhận được công văn", "ngày nhận được công văn")]
    [InlineData("trong 48 giờ sau khi có sự việc", "trong 48 giờ sau khi có sự việc", "có sự việc")]
    [InlineData("sau 15 ngày kể từ ngày ký.", "sau 15 ngày kể từ ngày ký", "ngày ký")]
    [InlineData("chậm nhất 30 ngày sau khi kết thúc đại hội;", "chậm nhất 30 ngày sau khi kết thúc đại hội", "kết thúc đại hội")]
    [InlineData("gửi báo cáo 15 ngày trước ngày khai mạc đại hội", "15 ngày trước ngày khai mạc đại hội", "ngày khai mạc đại hội")]
    [InlineData("không quá 07 ngày tính từ khi có quyết định", "không quá 07 ngày tính từ khi có quyết định", "có quyết định")]
    [InlineData("trong 02 tháng kể từ khi Kế hoạch 146-KH/TU được ban hành", "trong 02 tháng kể từ khi Kế hoạch 146-KH/TU được ban hành", "Kế hoạch 146-KH/TU được ban hành")]
    [InlineData("tru\u0301o\u031Bc đó, ngay sau đại hội để", "ngay sau đại hội", "đại hội")]
    public void Finds_relative_timing_with_its_anchor(string text, string span, string anchor)
    {
        var found = Assert.Single(DateGrammar.FindRelative(text));
        Assert.Equal(span, text.Substring(found.Span.Start, found.Span.Length));
        Assert.Equal(anchor, found.Anchor);
    }

    [Theory]
    [InlineData("kể từ ngày 01/7/2025")]
    [InlineData("trong 10 ngày")]
    [InlineData("Đại hội chi bộ không quá 01 ngày, bắt đầu từ tháng 01/2025")]
    [InlineData("ngày sau đó")]
    [InlineData("sau này")]
    [InlineData("")]
    public void Calendar_dates_and_plain_durations_are_not_relative(string text) =>
        Assert.Empty(DateGrammar.FindRelative(text));

    [Fact]
    public void Finds_several_in_order()
    {
        const string text = "Ngay sau đại hội, phân công; sau khi có Hướng dẫn của Trung ương, ban hành; trong 10 ngày kể từ ngày nhận.";
        var found = DateGrammar.FindRelative(text);
        Assert.Equal(["đại hội", "có Hướng dẫn của Trung ương", "ngày nhận"], found.Select(r => r.Anchor).ToArray());
        Assert.True(found[0].Span.End <= found[1].Span.Start && found[1].Span.End <= found[2].Span.Start);
    }
}
