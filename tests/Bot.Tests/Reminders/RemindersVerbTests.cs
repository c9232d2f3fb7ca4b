using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using NhacHan.Bot.Cli;
using NhacHan.Domain.Storage;
using static NhacHan.Bot.Tests.Reminders.ReminderHarness;

namespace NhacHan.Bot.Tests.Reminders;

public sealed class RemindersVerbTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("nhachan-verb-").FullName;

    private string Db => Path.Combine(_dir, "n.db");

    private async Task<(int Code, string Out, string Err)> Run(params string[] args)
    {
        var store = new InMemoryPlanStore();
        store.Add(Stored(Plan35()));
        using var output = new StringWriter();
        using var error = new StringWriter();
        var context = new CliContext(TextReader.Null, output, error)
        {
            ConfigureServices = s => s.AddSingleton<IPlanStore>(store),
        };
        var code = await CliApp.Run([.. args, "--db", Db], context);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Lists_the_schedule_of_a_chat_following_every_plan_without_sending()
    {
        var (code, output, _) = await Run("reminders", "--from", "2024-01-20", "--to", "26/01/2024");
        Assert.Equal(0, code);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("23/01/2024 07:30  hạn trước 27/01/2024  (trước 3 ngày)  146-KH/HU [p35] mục III.1  chat 0", lines[0]);
        Assert.StartsWith("25/01/2024 07:30  hạn trước 27/01/2024", lines[1]);
        Assert.StartsWith("26/01/2024 07:30  hạn trước 27/01/2024  (ngày cuối)", lines[2]);
    }

    [Fact]
    public async Task With_a_chat_lists_only_what_concerns_it()
    {
        using (var db = NhacHanDatabase.Open(Db))
        {
            new LiteDbChatStore(db, new LiteDbAuditLog(db), new FakeTimeProvider()).Upsert(new ChatProfile(-100123) { Level = UnitLevel.District });
        }
        var (code, output, _) = await Run("reminders", "--from", "2024-02-01", "--to", "2024-02-29", "--chat", "-100123");
        Assert.Equal(0, code);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(
            ["08/02/2024 07:30  hạn 15/02/2024  (trước 7 ngày)", "12/02/2024 07:30  hạn 15/02/2024  (trước 3 ngày)",
             "14/02/2024 07:30  hạn 15/02/2024  (trước 1 ngày)", "15/02/2024 07:30  hạn 15/02/2024  (ngày cuối)"],
            lines.Select(l => l[..l.IndexOf(")", StringComparison.Ordinal)] + ")").ToArray());
        Assert.All(lines, l => Assert.Contains("mục III.2  chat -100123", l));
    }

    [Fact]
    public async Task Bad_dates_are_usage_errors_and_an_empty_range_says_so()
    {
        var (code, _, err) = await Run("reminders", "--from", "hôm qua", "--to", "2024-01-01");
        Assert.Equal(2, code);
        Assert.Contains("--from \"hôm qua\": ngày không hợp lệ", err);
        (code, var output, _) = await Run("reminders", "--from", "2030-01-01", "--to", "2030-01-02");
        Assert.Equal(0, code);
        Assert.Equal("Không có lời nhắc nào từ 01/01/2030 đến 02/01/2030.", output.Trim());
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_dir, recursive: true);
        }
        catch (IOException)
        {
            // Best effort.
        }
    }
}
