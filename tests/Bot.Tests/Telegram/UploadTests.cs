using Microsoft.Extensions.DependencyInjection;
using NhacHan.Bot.Telegram.Uploads;
using NhacHan.Bot.Tests.Emulator;
using NhacHan.Domain.Parsing;
using NhacHan.Domain.Storage;

namespace NhacHan.Bot.Tests.Telegram;

/// <summary>Admins' uploads: preview → [Lưu]/[Hủy]; everyone else and bad files are refused, nothing stored.</summary>
[Collection(TelegramCollection.Name)]
public sealed class UploadTests(EmulatorFixture emulator) : IAsyncLifetime
{
    private readonly TestBotSetup _setup = new();
    private TestBotHost _bot = null!;

    public async Task InitializeAsync() => _bot = await TestBotHost.Start(emulator, _setup);

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        TestBotHost.DeleteDb(_setup.DbPath);
    }

    private TgUser Admin() => emulator.User(_setup.Token, TestBotSetup.AdminId);

    [Theory]
    [InlineData("ke-hoach-31.docx")]
    [InlineData("ke-hoach-31.pdf")]
    public async Task An_admin_upload_is_previewed_then_stored_on_Luu_with_an_audit_entry(string fileName)
    {
        var bytes = fileName.EndsWith(".docx", StringComparison.Ordinal) ? TestDocuments.Docx() : TestDocuments.Pdf();
        var expected = PlanFileParser.Parse(fileName, bytes).Plan;
        Assert.NotNull(expected);

        using var admin = Admin();
        await admin.SendDocument(fileName, bytes);
        var preview = await admin.Expect("Tệp: " + fileName);
        Assert.Equal(["Lưu", "Hủy"], preview.Buttons().Select(b => b.Text));
        Assert.Empty(_bot.Plans.All()); // nothing before the admin confirms

        await admin.PressButton("Lưu");
        var saved = await admin.Expect("Đã lưu kế hoạch");
        var stored = Assert.Single(_bot.Plans.All());
        Assert.Equal(fileName, stored.Source.FileName);
        Assert.Equal($"telegram:{TestBotSetup.AdminId}", stored.Source.UploadedBy);
        Assert.Equal(expected.Title, stored.Plan.Title);
        Assert.Equal(expected.Deadlines, stored.Plan.Deadlines);
        Assert.Equal(bytes, _bot.Plans.OpenOriginal(stored.Id));
        var audit = _bot.Services.GetRequiredService<IAuditLog>().Recent(5);
        Assert.Contains(audit, a => a.Action == "plan.saved" && a.Subject == stored.Id && a.Actor == $"telegram:{TestBotSetup.AdminId}");
        Assert.Equal(0, _bot.Services.GetRequiredService<PendingUploads>().Count);

        // The confirmation replaced the preview and its keyboard: [Lưu] cannot be pressed twice.
        Assert.Empty(saved.Buttons());
        Assert.True(saved.GetProperty("edit_date").GetInt64() > 0);
    }

    [Fact]
    public async Task Huy_discards_the_pending_upload()
    {
        using var admin = Admin();
        await admin.SendDocument("ke-hoach.docx", TestDocuments.Docx());
        await admin.Expect("📄 Đã đọc");
        Assert.Equal(1, _bot.Services.GetRequiredService<PendingUploads>().Count);
        await admin.PressButton("Hủy");
        await admin.Expect(UploadCallbacks.Cancelled);
        Assert.Empty(_bot.Plans.All());
        Assert.Equal(0, _bot.Services.GetRequiredService<PendingUploads>().Count);
    }

    [Fact]
    public async Task A_non_admin_file_is_refused_politely_and_nothing_is_kept()
    {
        using var user = emulator.User(_setup.Token, 42_001);
        await user.SendDocument("ke-hoach.docx", TestDocuments.Docx());
        await user.Expect("chỉ quản trị viên");
        Assert.Empty(_bot.Plans.All());
        Assert.Equal(0, _bot.Services.GetRequiredService<PendingUploads>().Count);
    }

    [Fact]
    public async Task A_file_that_cannot_be_read_gets_the_parsers_Vietnamese_reason_and_the_bot_keeps_running()
    {
        using var admin = Admin();
        await admin.SendDocument("rong.pdf", []);
        var reply = await admin.Expect("Không nhập được tệp rong.pdf");
        Assert.Contains(PlanFileParser.Parse("rong.pdf", Array.Empty<byte>()).Error!.Message, reply.Text());
        Assert.Contains("Không có gì được lưu", reply.Text());
        Assert.Empty(_bot.Plans.All());

        await admin.SendText("/help");
        await admin.Expect("Các lệnh");
    }

    [Fact]
    public async Task A_file_over_20_MB_is_refused_without_being_downloaded()
    {
        using var admin = Admin();
        await admin.SendDocument("lon.pdf", new byte[21 * 1024 * 1024]);
        var reply = await admin.Expect("Tệp quá lớn");
        Assert.Contains("20 MB", reply.Text());
        Assert.Empty(_bot.Plans.All());
        Assert.Equal(0, _bot.Services.GetRequiredService<PendingUploads>().Count);
    }

    [Fact]
    public async Task A_pending_upload_survives_a_restart()
    {
        using var admin = Admin();
        await admin.SendDocument("ke-hoach.docx", TestDocuments.Docx());
        await admin.Expect("📄 Đã đọc");
        await _bot.DisposeAsync();

        _bot = await TestBotHost.Start(emulator, _setup);
        await admin.PressButton("Lưu");
        await admin.Expect("Đã lưu kế hoạch");
        Assert.Equal("ke-hoach.docx", Assert.Single(_bot.Plans.All()).Source.FileName);
    }
}
