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
    public async Task The_sample_plan_loads_once_and_is_answered_from()
    {
        var first = await RunChat("/kehoach\n");
        Assert.Equal(0, first.Code);
        Assert.Contains("mẫu", first.Out);

        var second = await RunChat("sap den han\n");
        Assert.Equal(0, second.Code);

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

    public void Dispose()
    {
        File.Delete(_db);
        File.Delete(Path.ChangeExtension(_db, null) + "-log.db");
    }
}
