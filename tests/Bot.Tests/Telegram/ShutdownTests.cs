using System.Diagnostics;
using System.Globalization;
using System.Text;
using NhacHan.Bot.Tests.Emulator;

namespace NhacHan.Bot.Tests.Telegram;

/// <summary>The real executable in Telegram mode: answers over the emulator, and stops cleanly on SIGTERM.</summary>
[Collection(TelegramCollection.Name)]
public sealed class ShutdownTests(EmulatorFixture emulator) : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("nhachan-tg-proc-").FullName;

    [Fact]
    public async Task The_bot_process_answers_then_exits_zero_on_SIGTERM()
    {
        var token = EmulatorFixture.NewToken();
        var psi = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "NhacHan.Bot.dll"), "--db", Path.Combine(_dir, "bot.db"), "--no-sample"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardErrorEncoding = Encoding.UTF8,
            WorkingDirectory = _dir,
        };
        psi.Environment["NHACHAN_HEARTBEAT_FILE"] = Path.Combine(_dir, "heartbeat");
        psi.Environment["Bot__Token"] = token;
        psi.Environment["Bot__ApiBaseUrl"] = emulator.BaseUrl;
        psi.Environment["Bot__PollTimeoutSeconds"] = "20";
        psi.Environment["Reminders__Enabled"] = "false";
        using var process = Process.Start(psi)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEndAsync();
        try
        {
            using var user = emulator.User(token, 49_001);
            await user.SendText("/help");
            await user.Expect("Các lệnh", TimeSpan.FromSeconds(30));

            // SIGTERM (what `docker stop` sends) while a long poll is in flight.
            using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(CultureInfo.InvariantCulture)])) await kill.WaitForExitAsync();
            using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(15));
            await process.WaitForExitAsync(cts.Token);
            Assert.Equal(0, process.ExitCode);
            var log = await stderr;
            Assert.Contains("Telegram long polling stopped", log);
            Assert.DoesNotContain(token[(token.IndexOf(':', StringComparison.Ordinal) + 1)..], log + await stdout);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }
        }
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
