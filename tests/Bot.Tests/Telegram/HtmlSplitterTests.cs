using NhacHan.Bot.Telegram.Html;

namespace NhacHan.Bot.Tests.Telegram;

public sealed class HtmlSplitterTests
{
    [Fact]
    public void A_short_message_is_one_part_and_an_empty_one_is_none()
    {
        Assert.Equal(["<b>x</b>"], HtmlSplitter.Split("<b>x</b>"));
        Assert.Empty(HtmlSplitter.Split("  \n "));
    }

    [Fact]
    public void Long_text_is_cut_at_line_boundaries_within_the_limit()
    {
        var lines = Enumerable.Range(1, 400).Select(i => $"• Dòng số {i:000}: báo cáo &amp; tổng hợp").ToArray();
        var parts = HtmlSplitter.Split(string.Join('\n', lines));
        Assert.True(parts.Count > 1);
        Assert.All(parts, p => Assert.True(p.Length <= HtmlSplitter.MaxLength));
        // Every line survives whole, in order, exactly once.
        Assert.Equal(lines, parts.SelectMany(p => p.Split('\n')));
    }

    [Fact]
    public void A_tag_open_at_the_cut_is_closed_and_reopened()
    {
        var quote = "<blockquote>" + string.Join('\n', Enumerable.Range(1, 60).Select(i => $"dòng {i} " + new string('x', 30))) + "</blockquote>";
        var parts = HtmlSplitter.Split("<b>Đầu</b>\n" + quote, limit: 500);
        Assert.True(parts.Count > 3);
        foreach (var p in parts.Skip(1))
        {
            Assert.StartsWith("<blockquote>", p);
            Assert.EndsWith("</blockquote>", p);
            Assert.True(p.Length <= 500);
        }
    }

    [Fact]
    public void A_line_without_breaks_is_cut_at_spaces_then_between_entities_never_inside_one()
    {
        var words = string.Join(' ', Enumerable.Repeat("a&amp;b", 200));
        var parts = HtmlSplitter.Split(words, limit: 100);
        Assert.All(parts, p => Assert.True(p.Length <= 100));
        Assert.All(parts, p => Assert.DoesNotMatch("&(?!amp;)", p));
        Assert.Equal(200, parts.Sum(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length));

        var solid = string.Concat(Enumerable.Repeat("&lt;", 100));
        var cut = HtmlSplitter.Split(solid, limit: 64);
        Assert.All(cut, p => Assert.Matches("^(&lt;)+$", p));
        Assert.Equal(solid, string.Concat(cut));
    }
}
