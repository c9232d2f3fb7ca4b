using NhacHan.Domain.Parsing.Model;

namespace NhacHan.Domain.Tests.Parsing.Model;

public class SectionTreeTests
{
    private static string SectionOf(PlanDocument doc, string startsWith) =>
        doc.Nodes.First(n => n.Text.StartsWith(startsWith, StringComparison.Ordinal)).Section;

    [Fact]
    public void Path_is_roman_then_deepest_arabic_then_paren()
    {
        var doc = Parse.Model("""
            II. NỘI DUNG

            1. Tổ chức hội nghị

            1.1. Cấp huyện

            (1) Hội nghị ban thường vụ

            - Thời gian hoàn thành trước ngày 08/5/2025.

            1.2. Cấp cơ sở

            - Thời gian hoàn thành trước ngày 20/5/2025.

            III. TỔ CHỨC THỰC HIỆN

            1. Ban Tổ chức Huyện ủy
            """);
        Assert.Equal("II.1.1.(1)", SectionOf(doc, "Thời gian hoàn thành trước ngày 08"));
        Assert.Equal("II.1.2", SectionOf(doc, "Thời gian hoàn thành trước ngày 20"));
        Assert.Equal("III.1", SectionOf(doc, "Ban Tổ chức"));
    }

    [Fact]
    public void Letter_items_extend_the_path()
    {
        var doc = Parse.Model("I. NHIỆM VỤ\n\n2. Cấp xã\n\na) Chi bộ thôn tổ chức họp\n");
        Assert.Equal("I.2.a", SectionOf(doc, "Chi bộ thôn"));
    }

    [Fact]
    public void Appendix_starts_a_new_root()
    {
        var doc = Parse.Model("III. TỔ CHỨC THỰC HIỆN\n\n1. Văn phòng\n\nPHỤ LỤC\n\nTiến độ chi tiết\n");
        Assert.Equal("PHỤ LỤC", SectionOf(doc, "Tiến độ"));
    }

    [Fact]
    public void Page_break_inside_a_sentence_is_rejoined()
    {
        var doc = Parse.Model("1. Tập trung giải quyết những vấn đề\n\ntồn đọng kéo dài gây bức xúc.\n\n2. Khác\n");
        var first = doc.Nodes.First(n => n.Number == "1");
        Assert.Equal("Tập trung giải quyết những vấn đề tồn đọng kéo dài gây bức xúc.", first.Text);
        Assert.Equal(2, doc.Nodes.Count);
    }
}
