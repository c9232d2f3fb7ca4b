using Microsoft.Extensions.DependencyInjection;
using NhacHan.Bot.Telegram.Routing;
using NhacHan.Bot.Tests.Emulator;
using NhacHan.Domain.Storage;

namespace NhacHan.Bot.Tests.Telegram;

/// <summary>Secretaries talking to the bot through the real Telegram.Bot client and the emulator.</summary>
[Collection(TelegramCollection.Name)]
public sealed class ConversationTests(EmulatorFixture emulator) : BotOverEmulatorTest(emulator)
{

    [Fact]
    public async Task Onboarding_picks_level_then_a_unit_from_the_plans_and_saves_the_profile()
    {
        using var user = User(41_001);
        await user.SendText("/start");
        var welcome = await user.Expect("Nhắc Hạn");
        Assert.Equal(["Cấp tỉnh", "Cấp huyện", "Cơ sở", "Bỏ qua"], welcome.Buttons().Select(b => b.Text));

        await user.PressButton("Cơ sở");
        var askUnit = await user.Expect("Chọn đơn vị");
        Assert.Contains(askUnit.Buttons(), b => b.Text == "Chi bộ Thôn 1");
        Assert.All(askUnit.Buttons(), b => Assert.DoesNotContain("Chi bộ", b.Data)); // ids, never text

        await user.PressButton("Chi bộ Thôn 1");
        await user.Expect("Đã lưu hồ sơ: Cơ sở — Chi bộ Thôn 1");
        var profile = Bot.Services.GetRequiredService<IChatStore>().Get(41_001);
        Assert.Equal(UnitLevel.Grassroots, profile?.Level);
        Assert.Equal("Chi bộ Thôn 1", profile?.Unit);
    }

    [Fact]
    public async Task Onboarding_accepts_a_typed_unit_and_deep_links_preset_the_profile()
    {
        using var typed = User(41_002);
        await typed.SendText("/start");
        await typed.Expect("Nhắc Hạn");
        await typed.PressButton("Cấp huyện");
        await typed.Expect("Chọn đơn vị");
        await typed.SendText("Đảng ủy xã <Tân Lập> & Co");
        var saved = await typed.Expect("Đã lưu hồ sơ");
        Assert.Contains("Cấp huyện — Đảng ủy xã <Tân Lập> & Co", saved.Text()); // escaped on the way out, intact here

        using var linked = User(41_003);
        await linked.SendText("/start " + NhacHan.Bot.Telegram.Handlers.Onboarding.DeepLinkCode(UnitLevel.Grassroots, "Chi bộ Thôn 1"));
        await linked.Expect("Đã lưu hồ sơ: Cơ sở — Chi bộ Thôn 1");
        var chats = Bot.Services.GetRequiredService<IChatStore>();
        Assert.Equal("Đảng ủy xã <Tân Lập> & Co", chats.Get(41_002)?.Unit);
        Assert.Equal(UnitLevel.Grassroots, chats.Get(41_003)?.Level);
    }

    [Theory]
    [InlineData("hạn nộp báo cáo tổng kết là khi nào?")]
    [InlineData("han nop bao cao tong ket la khi nao")]
    public async Task Questions_with_or_without_diacritics_get_the_date_with_its_source(string question)
    {
        using var user = User(question.Contains('ạ') ? 41_010 : 41_011);
        await user.SendText(question);
        var answer = await user.Expect("Trước ngày");
        var text = answer.Text();
        Assert.StartsWith("Trước ngày 27/01/2024", text);
        Assert.Contains("Cấp cơ sở: tổng hợp số liệu <không tổ chức hội nghị> & báo cáo", text); // escaped, shown intact
        var entities = answer.GetProperty("entities").EnumerateArray().Select(e => e.GetProperty("type").GetString()).ToArray();
        Assert.Contains("bold", entities);
        Assert.Contains("blockquote", entities);

        var button = Assert.Single(answer.Buttons());
        Assert.Equal("Xem nội dung báo cáo", button.Text);
        Assert.Equal("q:contents:p1", button.Data);
        await user.PressButton("Xem nội dung báo cáo");
        var contents = await user.Expect("Báo cáo gồm 3 nội dung");
        Assert.Contains("Kiến nghị, đề xuất", contents.Text());
    }

    [Fact]
    public async Task The_profile_filters_what_the_engine_answers()
    {
        using var user = User(41_020);
        await user.SendText("/start huyen");
        await user.Expect("Đã lưu hồ sơ: Cấp huyện");
        await user.SendText("han cua toi");
        var answer = await user.Expect("Trước ngày");
        Assert.StartsWith("Trước ngày 15/02/2024", answer.Text());
    }

    [Fact]
    public async Task In_a_group_only_commands_mentions_and_replies_to_the_bot_are_answered()
    {
        const long group = -41_100;
        using var member = User(group);
        var me = await Bot.Services.GetRequiredService<BotIdentityProvider>().Get(CancellationToken.None);

        await member.SendText("han nop bao cao la khi nao", userId: 41_101);            // chatter: ignored
        await member.SendText("/help@some_other_bot", userId: 41_101);                   // another bot's command
        await member.SendText("/weather", userId: 41_101);                               // not one of ours
        await member.SendText($"@{me.Username} han nop bao cao la khi nao", userId: 41_101);
        var mention = await member.Expect("Trước ngày");
        Assert.True(mention.TryGetProperty("reply_to_message", out _), "in a group the answer replies to the question");
        await member.SendReply("thế còn hạn khác?", mention, userId: 41_102);
        await member.Expect("Trước ngày");
        await member.SendText($"/help@{me.Username}", userId: 41_101);
        await member.Expect("Các lệnh");

        var rest = await member.Collect(TimeSpan.FromMilliseconds(700));
        Assert.Empty(rest);
        Assert.Equal(3, await member.MessagesTo(group));
    }

    [Fact]
    public async Task Help_lists_the_commands_and_an_unknown_command_points_to_it()
    {
        using var user = User(41_030);
        await user.SendText("/help");
        var help = await user.Expect("Các lệnh");
        Assert.Contains("/start — ", help.Text());
        await user.SendText("/khongco");
        var unknown = await user.Expect("Không có lệnh /khongco");
        // The same list as /help, not "nothing found in the plans".
        Assert.StartsWith("Không có lệnh /khongco. Các lệnh của Nhắc Hạn:\n", unknown.Text(), StringComparison.Ordinal);
        var helpLines = help.Text().Split('\n').Where(l => l.StartsWith('/')).ToArray();
        Assert.Contains(helpLines, l => l.StartsWith("/sapden — ", StringComparison.Ordinal));
        Assert.Equal(helpLines, unknown.Text().Split('\n').Where(l => l.StartsWith('/')).ToArray());
        Assert.DoesNotContain("Chưa tìm thấy", unknown.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_group_sets_its_unit_by_replying_to_the_bot()
    {
        const long group = -41_200;
        using var member = User(group);
        await member.SendText("/start", userId: 41_201);
        await member.Expect("Nhắc Hạn");
        await member.PressButton("Cấp huyện");
        var ask = await member.Expect("trả lời (reply)");
        await member.SendText("Ban Tổ chức Huyện ủy", userId: 41_201); // not a reply: group chatter
        await member.SendReply("Ban Tổ chức Huyện ủy", ask, userId: 41_201);
        await member.Expect("Đã lưu hồ sơ: Cấp huyện — Ban Tổ chức Huyện ủy");
        Assert.Equal(3, await member.MessagesTo(group));
    }

    [Fact]
    public async Task Blocking_unsubscribes_the_chat_and_unblocking_subscribes_it_again()
    {
        using var user = User(41_300);
        await user.SendText("/start tinh");
        await user.Expect("Đã lưu hồ sơ");
        var chats = Bot.Services.GetRequiredService<IChatStore>();
        await user.BlockBot();
        await WaitFor(() => chats.Get(41_300)?.Subscribed == false);
        await user.UnblockBot();
        await WaitFor(() => chats.Get(41_300)?.Subscribed == true);
        Assert.Equal(UnitLevel.Province, chats.Get(41_300)?.Level);
    }

    private static async Task WaitFor(Func<bool> condition)
    {
        for (var i = 0; i < 100 && !condition(); i++) await Task.Delay(50);
        Assert.True(condition(), "condition not met within 5 s");
    }
}
