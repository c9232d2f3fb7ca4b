using NhacHan.Bot.Tests.Emulator;
using NhacHan.Domain.Storage;

namespace NhacHan.Bot.Tests.Telegram;

/// <summary>The bot with the real parser, LiteDB plan store and conversation engine (no fakes): an admin's upload
/// is stored and then answered from.</summary>
[Collection(TelegramCollection.Name)]
public sealed class RealStackTests(EmulatorFixture emulator) : IAsyncLifetime
{
    private readonly TestBotSetup _setup = new() { UseFakes = false, Now = new DateTimeOffset(2026, 4, 1, 1, 0, 0, TimeSpan.Zero) };
    private TestBotHost _bot = null!;

    public async Task InitializeAsync() => _bot = await TestBotHost.Start(emulator, _setup);

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        TestBotHost.DeleteDb(_setup.DbPath);
    }

    [Fact]
    public async Task A_real_pdf_plan_uploaded_by_an_admin_is_stored_and_its_deadlines_are_answered()
    {
        var bytes = await File.ReadAllBytesAsync(Path.Combine(AppContext.BaseDirectory, "fixtures", "plans", "pdf_01_dang_uy_phuong_kiem_tra_giam_sat.pdf"));
        using var admin = emulator.User(_setup.Token, TestBotSetup.AdminId);
        await admin.SendDocument("kiem-tra-giam-sat.pdf", bytes);
        var preview = await admin.Expect("Tệp: kiem-tra-giam-sat.pdf");
        Assert.Contains("31-KH/ĐU", preview.Text());
        Assert.Contains("15/04/2026", preview.Text());
        await admin.PressButton("Lưu");
        await admin.Expect("Đã lưu kế hoạch");
        var stored = Assert.Single(_bot.Plans.All(), p => p.Status == PlanStatus.Active);
        Assert.Equal("31-KH/ĐU", stored.Plan.Number);

        using var secretary = emulator.User(_setup.Token, 48_001);
        await secretary.SendText("han xay dung chuong trinh kiem tra giam sat chi tiet cua uy ban kiem tra la khi nao");
        var answer = await secretary.Expect(t => t.Contains("15/04/2026", StringComparison.Ordinal));
        Assert.Contains("15/04/2026", answer.Text());
    }

    [Fact]
    public async Task A_generated_docx_is_stored_and_a_corrupt_docx_gets_the_parsers_reason()
    {
        using var admin = emulator.User(_setup.Token, TestBotSetup.AdminId);
        await admin.SendDocument("hong.docx", [0x50, 0x4B, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
        var refused = await admin.Expect("Không nhập được tệp hong.docx");
        Assert.Contains(NhacHan.Domain.Parsing.PlanFileParser.Parse("hong.docx", new byte[] { 0x50, 0x4B, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8, 9 }).Error!.Message, refused.Text());
        Assert.Empty(_bot.Plans.All());

        var docx = TestDocuments.Docx();
        await admin.SendDocument("ke-hoach-31.docx", docx);
        await admin.Expect("Tệp: ke-hoach-31.docx");
        await admin.PressButton("Lưu");
        await admin.Expect("Đã lưu kế hoạch");
        Assert.Equal("31-KH/HU", Assert.Single(_bot.Plans.All()).Plan.Number);

        // The same file again: the preview says it is stored already and offers only [Đóng].
        await admin.SendDocument("ke-hoach-31-ban-sao.docx", docx);
        var again = await admin.Expect("Tệp: ke-hoach-31-ban-sao.docx");
        Assert.Contains("đã có trong kho", again.Text());
        Assert.Equal(["Đóng"], again.Buttons().Select(b => b.Text));
        await admin.PressButton("Đóng");
        await admin.Expect("Không có gì được lưu");
        Assert.Single(_bot.Plans.All());
    }
}
