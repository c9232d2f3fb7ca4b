using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NhacHan.Bot.Telegram.Runtime;
using NhacHan.Bot.Tests.Emulator;
using NhacHan.Bot.Tests.Telegram.Fakes;

namespace NhacHan.Bot.Tests.Telegram;

/// <summary>Failures: an unreachable API backs off, a failing handler apologises and the bot goes on, no token in logs.</summary>
[Collection(TelegramCollection.Name)]
public sealed class ResilienceTests(EmulatorFixture emulator) : IDisposable
{
    private readonly LogCapture _logs = new();
    private readonly List<string> _dbs = [];

    private TestBotSetup Setup(Dictionary<string, string?>? extra = null)
    {
        var extraWithLogs = new Dictionary<string, string?>(extra ?? []) { ["Logging:LogLevel:Default"] = "Debug", ["Logging:LogLevel:System.Net.Http.HttpClient"] = "Debug" };
        var setup = new TestBotSetup { Extra = extraWithLogs, Services = s => s.AddSingleton<ILoggerProvider>(_logs) };
        _dbs.Add(setup.DbPath);
        return setup;
    }

    [Fact]
    public async Task An_unreachable_Bot_API_is_retried_with_growing_delays_not_in_a_tight_loop()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop(); // nothing listens there now
        var setup = Setup(new() { ["Bot:ApiBaseUrl"] = $"http://127.0.0.1:{port}" });
        await using (var bot = await TestBotHost.Start(emulator, setup))
        {
            await Task.Delay(TimeSpan.FromSeconds(2.2));
        }
        var retries = _logs.Lines.Count(l => l.Contains("deleteWebhook failed; retrying", StringComparison.Ordinal));
        Assert.InRange(retries, 2, 4); // 0 s, 0.5 s, 1.5 s (then 3.5 s): backing off, not spinning
        Assert.Contains(_logs.Lines, l => l.Contains("retrying in 1s", StringComparison.Ordinal));
        AssertNoSecret(setup.Token);
    }

    [Fact]
    public async Task A_handler_failure_is_logged_the_user_gets_an_apology_and_the_next_message_is_answered()
    {
        var setup = Setup();
        setup.Plans.Save(TestPlans.Tongket(), "kh21.docx", [1], "test");
        await using var bot = await TestBotHost.Start(emulator, setup);
        using var user = emulator.User(setup.Token, 46_001);
        await user.SendText("cau nay gay loi");
        await user.Expect(UpdateDispatcher.ErrorReply);
        await user.SendText("han nop bao cao");
        await user.Expect("Trước ngày 27/01/2024");
        Assert.Contains(_logs.Lines, l => l.StartsWith("Error", StringComparison.Ordinal) && l.Contains("Handling update", StringComparison.Ordinal));
        AssertNoSecret(setup.Token);
    }

    [Fact]
    public async Task The_command_menu_is_published_in_Vietnamese_at_start()
    {
        var setup = Setup();
        await using var bot = await TestBotHost.Start(emulator, setup);
        using var http = new HttpClient { BaseAddress = new Uri(emulator.BaseUrl) };
        var json = JsonDocument.Parse(await http.GetStringAsync($"/bot{setup.Token}/getMyCommands")).RootElement.GetProperty("result");
        var commands = json.EnumerateArray().ToDictionary(c => c.GetProperty("command").GetString()!, c => c.GetProperty("description").GetString()!);
        Assert.Equal(["start", "help", "sapden", "kehoach", "donvi", "lich", "xoa"], commands.Keys.Where(k => k != "caidat"));
        Assert.Equal("Các hạn sắp đến của đơn vị bạn (mặc định 14 ngày)", commands["sapden"]);
        Assert.All(commands.Keys, k => Assert.Matches("^[a-z0-9_]{1,32}$", k));
    }

    private void AssertNoSecret(string token)
    {
        var secret = token[(token.IndexOf(':', StringComparison.Ordinal) + 1)..];
        Assert.NotEmpty(_logs.Lines);
        Assert.DoesNotContain(_logs.Lines, l => l.Contains(secret, StringComparison.Ordinal));
    }

    public void Dispose()
    {
        foreach (var db in _dbs) TestBotHost.DeleteDb(db);
    }
}
