using System.Text;
using NhacHan.Bot.Telegram.Chat;
using NhacHan.Bot.Telegram.Handlers;
using NhacHan.Bot.Telegram.Runtime;
using NhacHan.Domain.Answers;
using NhacHan.Domain.Storage;

namespace NhacHan.Bot.Tests.Telegram;

public sealed class CallbackDataTests
{
    [Fact]
    public void A_button_refuses_data_over_64_bytes()
    {
        Assert.Equal("ob:x", Keyboards.Button("Bỏ qua", "ob:x").CallbackData);
        Assert.Throws<ArgumentException>(() => Keyboards.Button("x", new string('a', 65)));
        Assert.Throws<ArgumentException>(() => Keyboards.Button("x", "q:" + new string('đ', 32))); // 66 bytes in UTF-8
    }

    [Fact]
    public void Engine_choices_fit_in_64_bytes_and_long_actions_round_trip_through_the_database()
    {
        using var db = NhacHanDatabase.InMemory();
        var keyboard = new ChoiceKeyboard(db);
        var shortAction = "contents:p1";
        var longAction = "section:" + new string('9', 70);
        var markup = keyboard.For([new AnswerChoice("Xem nội dung", shortAction), new AnswerChoice("Xem mục", longAction)])!;
        var data = markup.InlineKeyboard.SelectMany(r => r).Select(b => b.CallbackData!).ToArray();
        Assert.Equal("q:contents:p1", data[0]);
        Assert.All(data, d => Assert.True(Encoding.UTF8.GetByteCount(d) <= 64));
        Assert.Equal(longAction, keyboard.Action(data[1]["q:".Length..]));
        Assert.Equal(shortAction, keyboard.Action(data[0]["q:".Length..]));
    }

    [Fact]
    public void Unit_keys_are_short_stable_and_ignore_diacritics_and_case()
    {
        var key = Onboarding.UnitKey("Chi bộ Thôn 1");
        Assert.Equal(8, key.Length);
        Assert.Equal(key, Onboarding.UnitKey("chi bo thon 1"));
        Assert.NotEqual(key, Onboarding.UnitKey("Chi bộ Thôn 2"));
    }

    [Theory]
    [InlineData(UnitLevel.Grassroots, "Chi bộ Thôn 1")]
    [InlineData(UnitLevel.District, null)]
    public void Deep_link_codes_round_trip_within_telegrams_start_parameter_limits(UnitLevel level, string? unit)
    {
        var code = Onboarding.DeepLinkCode(level, unit);
        Assert.Matches("^[A-Za-z0-9_-]{1,64}$", code);
        Assert.Equal((level, unit), Onboarding.ParseCode(code));
    }

    [Fact]
    public void A_unit_too_long_for_a_deep_link_is_refused() =>
        Assert.Throws<ArgumentException>(() => Onboarding.DeepLinkCode(UnitLevel.Grassroots, "Chi bộ Thôn Nà Khương, xã Bản Bo, huyện Tam Đường"));

    [Fact]
    public void Unknown_deep_link_codes_start_the_dialog_instead() => Assert.Null(Onboarding.ParseCode("abc"));

    [Fact]
    public void Polling_backs_off_exponentially_and_is_bounded()
    {
        Assert.Equal(TimeSpan.FromMilliseconds(500), PollingBackoff(1));
        Assert.Equal(TimeSpan.FromSeconds(1), PollingBackoff(2));
        Assert.Equal(TimeSpan.FromSeconds(4), PollingBackoff(4));
        Assert.Equal(PollingService.MaxBackoff, PollingBackoff(40));
    }

    private static TimeSpan PollingBackoff(int failures) => PollingService.Backoff(failures);
}
