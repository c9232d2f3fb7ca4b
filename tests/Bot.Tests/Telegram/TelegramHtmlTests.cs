using NhacHan.Bot.Telegram.Html;
using NhacHan.Domain.Answers;

namespace NhacHan.Bot.Tests.Telegram;

public sealed class TelegramHtmlTests
{
    [Theory]
    [InlineData("a & b", "a &amp; b")]
    [InlineData("<b>x</b>", "&lt;b&gt;x&lt;/b&gt;")]
    [InlineData("&amp;", "&amp;amp;")]
    [InlineData("Chi bộ Thôn 1", "Chi bộ Thôn 1")]
    public void Escape_neutralises_markup_characters(string input, string expected) =>
        Assert.Equal(expected, TelegramHtml.Escape(input));

    [Fact]
    public void Runs_become_tags_around_escaped_text_and_quotes_merge_into_one_blockquote()
    {
        var text = new RichTextBuilder()
            .Bold("Trước ngày 27/01/2024").Text(" — còn 7 ngày").Line()
            .Add("Cấp <cơ sở> & chi bộ", TextStyle.Bold | TextStyle.Italic).Line()
            .Quote("« Cấp cơ sở: ").Quote("trước ngày 27/01/2024 »")
            .Build();
        Assert.Equal(
            "<b>Trước ngày 27/01/2024</b> — còn 7 ngày\n<b><i>Cấp &lt;cơ sở&gt; &amp; chi bộ</i></b>\n" +
            "<blockquote>« Cấp cơ sở: trước ngày 27/01/2024 »</blockquote>",
            TelegramHtml.Render(text));
    }
}
