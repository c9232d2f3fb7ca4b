using NhacHan.Bot.Tests.Emulator;
using NhacHan.Bot.Tests.Telegram.Fakes;

namespace NhacHan.Bot.Tests.Telegram;

/// <summary>Messages sent while the bot is down are answered after it starts, each exactly once.</summary>
[Collection(TelegramCollection.Name)]
public sealed class RestartTests(EmulatorFixture emulator) : IDisposable
{
    private readonly TestBotSetup _setup = new();

    [Fact]
    public async Task Pending_updates_are_handled_after_a_restart_and_none_is_answered_twice()
    {
        _setup.Plans.Save(TestPlans.Tongket(), "kh21.docx", [1], "test");
        using var fast = emulator.User(_setup.Token, 43_001);
        using var slow = emulator.User(_setup.Token, 43_002);
        using var later = emulator.User(_setup.Token, 43_003);

        // Sent before the bot ever started: pending updates must not be dropped.
        await fast.SendText("han nop bao cao");
        await slow.SendText("tra loi cham thoi");

        var first = await TestBotHost.Start(emulator, _setup);
        try
        {
            await fast.Expect("Trước ngày 27/01/2024");
            // Stop while the slow update of the same batch is still being handled: it gets the shutdown grace to
            // finish, but the batch was never confirmed to Telegram, so both updates are delivered again.
        }
        finally
        {
            await first.DisposeAsync();
        }

        await later.SendText("han nop bao cao nao");
        var second = await TestBotHost.Start(emulator, _setup);
        try
        {
            await slow.Expect("Trước ngày", TimeSpan.FromSeconds(15));
            await later.Expect("Trước ngày");
            await Task.Delay(FakeConversationEngine.SlowDelay / 4);
            Assert.Equal(2, second.Dispatcher.SkippedDuplicates); // both re-delivered updates were recognised
        }
        finally
        {
            await second.DisposeAsync();
        }

        Assert.Equal(1, await fast.MessagesTo(43_001));
        Assert.Equal(1, await slow.MessagesTo(43_002));
        Assert.Equal(1, await later.MessagesTo(43_003));
    }

    public void Dispose() => TestBotHost.DeleteDb(_setup.DbPath);
}
