using NhacHan.Bot.Telegram.Routing;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace NhacHan.Bot.Tests.Telegram;

public sealed class IncomingClassifierTests
{
    private static readonly BotIdentity Me = new(4242, "NhacHanBot");

    private static Message Msg(string? text, bool group = false, long? replyToUser = null, Document? document = null) => new()
    {
        Id = 1,
        Chat = new Chat { Id = group ? -100 : 5, Type = group ? ChatType.Supergroup : ChatType.Private },
        From = new User { Id = 5, FirstName = "A" },
        Text = document is null ? text : null,
        Caption = document is null ? null : text,
        Document = document,
        ReplyToMessage = replyToUser is { } u ? new Message { Id = 0, Chat = new Chat { Id = -100 }, From = new User { Id = u, FirstName = "B" } } : null,
    };

    [Theory]
    [InlineData("/sapden", "sapden", "")]
    [InlineData("/SapDen 30", "sapden", "30")]
    [InlineData("/start@NhacHanBot coso-abc", "start", "coso-abc")]
    [InlineData("/start@nhachanbot", "start", "")]
    public void Commands_are_parsed_with_the_bot_suffix_removed(string text, string name, string args)
    {
        var c = Assert.IsType<CommandIncoming>(IncomingClassifier.Classify(Msg(text, group: true), Me));
        Assert.Equal(name, c.Name);
        Assert.Equal(args, c.Arguments);
    }

    [Theory]
    [InlineData("/start@OtherBot")]
    [InlineData("/lệnh")]
    public void Commands_for_other_bots_or_malformed_are_not_ours(string text) =>
        Assert.IsNotType<CommandIncoming>(IncomingClassifier.Classify(Msg(text, group: true), Me));

    [Fact]
    public void In_private_chats_every_text_is_a_question() =>
        Assert.Equal(new TextIncoming("han nop bao cao"), IncomingClassifier.Classify(Msg("  han nop bao cao "), Me));

    [Fact]
    public void In_groups_chatter_is_ignored_but_mentions_and_replies_to_the_bot_are_questions()
    {
        Assert.IsType<IgnoredIncoming>(IncomingClassifier.Classify(Msg("han nop bao cao", group: true), Me));
        Assert.IsType<IgnoredIncoming>(IncomingClassifier.Classify(Msg("hỏi @NhacHanBotX nhé", group: true), Me));
        Assert.Equal(new TextIncoming("han nop bao cao"), IncomingClassifier.Classify(Msg("@nhachanbot han nop bao cao", group: true), Me));
        Assert.Equal(new TextIncoming("han nop, bao cao?"), IncomingClassifier.Classify(Msg("han nop, @NhacHanBot bao cao?", group: true), Me));
        Assert.Equal(new TextIncoming("còn hạn nào?"), IncomingClassifier.Classify(Msg("còn hạn nào?", group: true, replyToUser: 4242), Me));
        Assert.IsType<IgnoredIncoming>(IncomingClassifier.Classify(Msg("còn hạn nào?", group: true, replyToUser: 9), Me));
        Assert.Equal(new CommandIncoming("help", ""), IncomingClassifier.Classify(Msg("@NhacHanBot", group: true), Me));
    }

    [Fact]
    public void Documents_are_uploads_in_private_and_in_groups_only_when_addressed()
    {
        var doc = new Document { FileId = "f", FileUniqueId = "u", FileName = "kh.docx" };
        Assert.IsType<DocumentIncoming>(IncomingClassifier.Classify(Msg(null, document: doc), Me));
        Assert.IsType<IgnoredIncoming>(IncomingClassifier.Classify(Msg("kế hoạch mới", group: true, document: doc), Me));
        Assert.IsType<DocumentIncoming>(IncomingClassifier.Classify(Msg("@NhacHanBot kế hoạch mới", group: true, document: doc), Me));
    }
}
