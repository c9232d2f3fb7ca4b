using NhacHan.Domain.Documents;
using NhacHan.Domain.Parsing.Text;

namespace NhacHan.Domain.Tests.Parsing;

public class TextHelpersTests
{
    [Fact]
    public void Short_text_is_kept_whole_without_the_full_stop() =>
        Assert.Equal("Bầu đoàn đại biểu dự đại hội cấp trên", Words.Excerpt("Bầu đoàn đại biểu dự đại hội cấp trên."));

    [Fact]
    public void Long_text_is_cut_near_fifteen_words()
    {
        var s = Words.Excerpt("Một hai ba bốn năm sáu bảy tám chín mười mười một mười hai mười ba mười bốn mười lăm mười sáu mười bảy mười tám");
        Assert.InRange(Words.Count(s), 13, 17);
    }

    [Fact]
    public void Unique_quote_runs_on_until_unique()
    {
        const string text = "- Chỉ đạo các tiểu ban triển khai nhiệm vụ.\n- Cho ý kiến A\n- Chỉ đạo các tiểu ban triển khai nhiệm vụ.\n- Xong B";
        Assert.Equal("Chỉ đạo các tiểu ban triển khai nhiệm vụ.\n- Cho", UniqueQuote.From(text, 2));
    }

    [Theory]
    [InlineData("TỈNH ỦY THỪA THIÊN HUẾ", "Tỉnh ủy Thừa Thiên Huế")]
    [InlineData("BAN THƯỜNG VỤ HUYỆN ỦY", "Ban Thường vụ Huyện ủy")]
    [InlineData("ĐẢNG ỦY XÃ AN BÌNH", "Đảng ủy xã An Bình")]
    [InlineData("BAN TỔ CHỨC HUYỆN ỦY", "Ban Tổ chức Huyện ủy")]
    public void Normal_case_of_party_bodies(string upper, string normal) => Assert.Equal(normal, NormalCase.FromUpper(upper));

    [Theory]
    [InlineData("Ban Tổ chức Huyện ủy chủ trì thẩm định", "Ban Tổ chức Huyện ủy")]
    [InlineData("Các huyện ủy, thị ủy, các đảng ủy trực thuộc khẩn trương quán triệt", "Các huyện ủy, thị ủy, các đảng ủy trực thuộc")]
    [InlineData("Ủy ban Kiểm tra Huyện ủy kiểm tra tổ chức đảng", "Ủy ban Kiểm tra Huyện ủy")]
    [InlineData("Các tiểu ban chuẩn bị Đại hội căn cứ quy định", "Các tiểu ban chuẩn bị Đại hội")]
    [InlineData("Đoàn kiểm tra làm việc tại Huyện ủy Sơn Tịnh", "Đoàn kiểm tra")]
    [InlineData("Đảng đoàn Hội đồng nhân dân tỉnh lãnh đạo, chỉ đạo rà soát", "Đảng đoàn Hội đồng nhân dân tỉnh")]
    [InlineData("Sở Nội vụ tham mưu sắp xếp", "Sở Nội vụ")]
    [InlineData("Ủy ban Mặt trận Tổ quốc xã và các đoàn thể tổng kết trong hệ thống mình", "Ủy ban Mặt trận Tổ quốc xã và các đoàn thể")]
    public void Leading_unit_of_a_sentence(string sentence, string unit) =>
        Assert.Equal(unit, UnitPhrase.SplitLeading(sentence)?.Unit);

    [Theory]
    [InlineData("Hội nghị ban thường vụ tổ chức vào tháng 5")]
    [InlineData("Tổ chức hội nghị cấp ủy mở rộng")]
    [InlineData("Thời gian hoàn thành trước ngày 08/5/2025")]
    [InlineData("Sơ kết 6 tháng việc thực hiện kế hoạch, báo cáo Ban Thường vụ")]
    [InlineData("Bổ sung danh sách, gửi Ban Tổ chức")]
    [InlineData("Cập nhật số liệu, báo cáo Văn phòng")]
    public void No_unit_leads(string sentence) => Assert.Null(UnitPhrase.SplitLeading(sentence));

    [Fact]
    public void Markdown_pipe_table_becomes_a_table_with_br_paragraphs()
    {
        const string text = "Trước bảng\n| A | B |\n|---|---|\n| x<br>- y | z |\nSau bảng";
        var doc = PlainTextReader.Read("t.md", text);
        var table = Assert.Single(doc.Blocks.OfType<TableBlock>());
        var row = Assert.Single(table.Rows.Skip(1));
        Assert.Equal(["x", "- y"], row.Cells[0].Paragraphs.Select(p => p.Text));
        foreach (var p in row.Cells.SelectMany(c => c.Paragraphs)) Assert.Equal(p.Text, doc.Slice(p.Span));
    }

    [Fact]
    public void Tab_separated_rows_become_a_table()
    {
        const string text = "TT\tNội dung\tThời gian\n1\tXây dựng kế hoạch\t30/6/2026\n2\tHọp\t15/7/2026\n";
        var doc = PlainTextReader.Read("t.txt", text);
        var table = Assert.Single(doc.Blocks.OfType<TableBlock>());
        Assert.Equal(3, table.Rows.Count);
        Assert.Equal("30/6/2026", table.Rows[1].Cells[2].Paragraphs[0].Text);
    }

    [Fact]
    public void Byte_order_mark_and_crlf_are_handled()
    {
        var doc = PlainTextReader.Read("t.txt", "\uFEFFKẾ HOẠCH\r\nthực hiện\r\n");
        Assert.Equal(["KẾ HOẠCH", "thực hiện"], doc.Blocks.OfType<ParagraphBlock>().Select(p => p.Text));
    }
}

public class FastFoldTests
{
    [Theory]
    [InlineData("Ban Thường vụ Huyện ủy")]
    [InlineData("  ĐẢNG CỘNG SẢN\tVIỆT NAM \u00A0")]
    [InlineData("tru\u031Bo\u031B\u0301c nga\u0300y 27/01/2024")]
    [InlineData("Quý III/2024 — “cái đẹp”")]
    [InlineData("")]
    public void Same_as_the_reference_fold(string s) =>
        Assert.Equal(NhacHan.Domain.Text.VietnameseText.Fold(s), FastFold.Fold(s));

    [Fact]
    public void Same_as_the_reference_fold_on_every_line_of_the_corpus_and_fixtures()
    {
        var files = SharedCorpus.PlanFiles().Concat(Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "fixtures", "plans"), "*.*"))
            .Where(f => Path.GetExtension(f) is ".txt" or ".md").ToList(); // .docx/.pdf are binary
        Assert.NotEmpty(files);
        foreach (var f in files)
            foreach (var line in File.ReadAllLines(f))
                Assert.Equal(NhacHan.Domain.Text.VietnameseText.Fold(line), FastFold.Fold(line));
    }
}
