using NhacHan.Bot.Tests.Emulator;

namespace NhacHan.Bot.Tests.Telegram;

/// <summary>A bot host started against the emulator for each test, with the Chỉ thị 35 tổng kết plan stored;
/// the database file is deleted afterwards.</summary>
public abstract class BotOverEmulatorTest(EmulatorFixture emulator) : IAsyncLifetime
{
    protected EmulatorFixture Emulator { get; } = emulator;

    protected TestBotSetup Setup { get; } = new();

    protected TestBotHost Bot { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Setup.Plans.Save(TestPlans.Tongket(), "kh21.docx", [1, 2, 3], "test");
        Bot = await TestBotHost.Start(Emulator, Setup);
    }

    public async Task DisposeAsync()
    {
        await Bot.DisposeAsync();
        TestBotHost.DeleteDb(Setup.DbPath);
    }

    protected TgUser User(long chatId) => Emulator.User(Setup.Token, chatId);
}
