using NhacHan.Bot.Cli;
using NhacHan.Bot.ConsoleChat;
using NhacHan.Bot.Hosting;
using NhacHan.Domain.Storage;

namespace NhacHan.Bot.Tests.Host;

public sealed class ConsoleChatHostTests : IDisposable
{
    private readonly string _db = Path.Combine(Path.GetTempPath(), $"nhachan-chat-{Guid.NewGuid():N}.db");

    private async Task<(int Code, string Out, string Err)> RunChat(string input, params string[] extra)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var run = CliApp.Run(["--db", _db, .. extra], new CliContext(new StringReader(input), output, error));
        var finished = await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(60), cts.Token));
        Assert.Same(run, finished); // the host stopped by itself at the end of input
        return (await run, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Help_is_answered_and_the_host_stops_at_end_of_input()
    {
        var (code, output, _) = await RunChat("/help\n");
        Assert.Equal(0, code);
        Assert.StartsWith(ConsoleChatService.Banner, output);
        Assert.Contains("/sapden", output);
        Assert.Contains("/kehoach", output);
    }

    [Fact]
    public async Task An_unknown_command_is_named_and_answered_with_the_command_list()
    {
        var (code, output, _) = await RunChat("/xyz\n", "--no-sample");
        Assert.Equal(0, code);
        Assert.Contains("Không có lệnh /xyz. Các lệnh của Nhắc Hạn:", output, StringComparison.Ordinal);
        Assert.Contains("/sapden — các mốc sắp đến hạn (14 ngày tới)", output, StringComparison.Ordinal);
        Assert.Contains("/kehoach — danh sách kế hoạch đã lưu", output, StringComparison.Ordinal);
        Assert.Contains("/help — hướng dẫn này", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Chưa tìm thấy", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_sample_plan_loads_once_and_is_answered_from()
    {
        var first = await RunChat("/kehoach\n");
        Assert.Equal(0, first.Code);
        Assert.Contains("Có 1 kế hoạch đang theo dõi", first.Out);
        Assert.Contains("kế hoạch mẫu", first.Out);
        Assert.Contains("[1] ", first.Out); // the plan is offered as a numbered choice

        // The engine answers for the 14 days ahead whether or not the parser found the sample's dates.
        var second = await RunChat("sap den han\n1\n");
        Assert.Equal(0, second.Code);
        Assert.Contains("14 ngày tới", second.Out);

        using var db = NhacHanDatabase.Open(_db);
        var plans = db.Lite.GetCollection("plans").Count();
        Assert.Equal(1, plans);
    }

    [Fact]
    public async Task No_sample_leaves_the_store_empty()
    {
        var (code, _, _) = await RunChat("/help\n", "--no-sample");
        Assert.Equal(0, code);
        using var db = NhacHanDatabase.Open(_db);
        Assert.Equal(0, db.Lite.GetCollection("plans").Count());
    }

    private async Task<(int Code, string Out, string Err)> Verb(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CliApp.Run([.. args, "--db", _db], new CliContext(new StringReader(""), output, error));
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Import_plans_and_ask_work_on_the_same_store()
    {
        var dir = Directory.CreateTempSubdirectory("nhachan-import-").FullName;
        try
        {
            var a = Path.Combine(dir, "a.md");
            var b = Path.Combine(dir, "b.md");
            await File.WriteAllTextAsync(a, "HUYỆN ỦY MƯỜNG TÈ\n\nKẾ HOẠCH\n\ntổng kết công tác kiểm tra năm 2024\n\nBáo cáo trước ngày 20/01/2025.\n");
            await File.WriteAllTextAsync(b, "HUYỆN ỦY PHONG THỔ\n\nKẾ HOẠCH\n\nphát triển đảng viên năm 2025\n\nBáo cáo trước ngày 30/06/2025.\n");

            // Different issuers and titles: two plans, whichever parser reads them.
            var first = await Verb("import", a, b, Path.Combine(dir, "missing.md"));
            Assert.Equal(1, first.Code); // one file failed…
            Assert.Equal(2, first.Out.Split('\n').Count(l => l.StartsWith("✓", StringComparison.Ordinal))); // …the others are stored
            Assert.Contains("đã lưu", first.Out);
            Assert.Contains("missing.md", first.Err);

            var again = await Verb("import", a);
            Assert.Equal(0, again.Code);
            Assert.Contains("đã có", again.Out);

            var plans = await Verb("plans");
            Assert.Equal(0, plans.Code);
            Assert.Equal(2, plans.Out.Split('\n').Count(l => l.Contains("[hiệu lực]", StringComparison.Ordinal)));

            var ask = await Verb("ask", "/kehoach", "--now", "2025-01-10");
            Assert.Equal(0, ask.Code);
            Assert.Contains("Có 2 kế hoạch đang theo dõi", ask.Out);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    public void Dispose()
    {
        File.Delete(_db);
        File.Delete(Path.ChangeExtension(_db, null) + "-log.db");
    }
}
