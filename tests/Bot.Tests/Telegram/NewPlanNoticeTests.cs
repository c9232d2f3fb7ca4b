using Microsoft.Extensions.DependencyInjection;
using NhacHan.Bot.Tests.Emulator;
using NhacHan.Domain.Storage;

namespace NhacHan.Bot.Tests.Telegram;

/// <summary>Bot:NotifyNewPlans: a stored plan is announced to the chats whose profile it concerns.</summary>
[Collection(TelegramCollection.Name)]
public sealed class NewPlanNoticeTests(EmulatorFixture emulator) : IAsyncLifetime
{
    private readonly TestBotSetup _setup = new() { Extra = new Dictionary<string, string?> { ["Bot:NotifyNewPlans"] = "true" } };
    private TestBotHost _bot = null!;

    public async Task InitializeAsync() => _bot = await TestBotHost.Start(emulator, _setup);

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        TestBotHost.DeleteDb(_setup.DbPath);
    }

    [Fact]
    public async Task A_stored_plan_is_announced_to_the_chats_it_concerns_only()
    {
        using var cell = emulator.User(_setup.Token, 47_001);
        using var district = emulator.User(_setup.Token, 47_002);
        using var noProfile = emulator.User(_setup.Token, 47_003);
        await cell.SendText("/start coso");
        await cell.Expect("Đã lưu hồ sơ");
        await district.SendText("/start tinh");
        await district.Expect("Đã lưu hồ sơ");
        await noProfile.SendText("/help");
        await noProfile.Expect("Các lệnh");
        _bot.Services.GetRequiredService<IChatStore>().Upsert(new ChatProfile(47_003));

        var stored = _bot.Plans.Save(TestPlans.Tongket(), "kh21.docx", [4], "telegram:1").Stored;
        var notices = _bot.Services.GetRequiredService<NhacHan.Bot.Telegram.Uploads.NewPlanNotices>();
        await notices.Announce(stored, exceptChatId: TestBotSetup.AdminId)!.WaitAsync(TimeSpan.FromSeconds(10));

        var notice = await cell.Expect("Kế hoạch mới");
        Assert.Contains("2 mốc liên quan đến bạn; gần nhất: Trước ngày 27/01/2024 (còn 7 ngày) — Cấp cơ sở", notice.Text());
        Assert.Equal("kh:p:p1", Assert.Single(notice.Buttons()).Data);
        Assert.Empty(await district.Collect(TimeSpan.FromMilliseconds(300))); // no province-level deadline
        Assert.Empty(await noProfile.Collect(TimeSpan.FromMilliseconds(300)));
    }
}
