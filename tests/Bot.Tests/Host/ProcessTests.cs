using System.Diagnostics;
using System.Text;

namespace NhacHan.Bot.Tests.Host;

/// <summary>Runs the real executable as a process, as a user or Docker would.</summary>
public sealed class ProcessTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("nhachan-proc-").FullName;

    private static string BotDll => Path.Combine(AppContext.BaseDirectory, "NhacHan.Bot.dll");

    private async Task<(int Code, string Out, string Err)> Run(string stdin, TimeSpan limit, Dictionary<string, string>? env = null, params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet", [BotDll, .. args])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            WorkingDirectory = _dir,
        };
        psi.Environment["NHACHAN_HEARTBEAT_FILE"] = Path.Combine(_dir, "heartbeat");
        foreach (var (k, v) in env ?? []) psi.Environment[k] = v;
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        await p.StandardInput.WriteAsync(stdin);
        p.StandardInput.Close();
        using var cts = new CancellationTokenSource(limit);
        try
        {
            await p.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            p.Kill(entireProcessTree: true);
            await p.WaitForExitAsync();
        }
        return (p.HasExited ? p.ExitCode : -1, await stdout, await stderr);
    }

    [Fact]
    public async Task Piped_help_prints_the_help_and_exits_zero()
    {
        var (code, output, _) = await Run("/help\n", TimeSpan.FromSeconds(60), null, "--db", Path.Combine(_dir, "a.db"));
        Assert.Equal(0, code);
        Assert.Contains("/sapden", output);
    }

    [Fact]
    public async Task A_configured_token_never_appears_in_any_output()
    {
        const string secret = "SECRETPART-abcdefghijklmnopqrstuvwxyz";
        var env = new Dictionary<string, string>
        {
            ["Bot__Token"] = "123456:" + secret,
            // Nothing listens on port 9 (discard): every call fails, and failures get logged.
            ["Bot__ApiBaseUrl"] = "http://127.0.0.1:9",
            ["Logging__LogLevel__Default"] = "Trace",
        };
        // Long enough for a loaded CI machine to start the host and log a failed call; the process is then killed.
        var (_, output, error) = await Run("", TimeSpan.FromSeconds(20), env, "--db", Path.Combine(_dir, "t.db"));
        Assert.False(string.IsNullOrWhiteSpace(error), "the bot should have logged something while failing to connect");
        Assert.DoesNotContain(secret, output);
        Assert.DoesNotContain(secret, error);
        Assert.DoesNotContain("SECRETPART", error);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
