using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace NhacHan.Bot.Tests.Emulator;

/// <summary>
/// Starts the vendored Bot API emulator (tests/emulator) on a free loopback port for a test class and kills it
/// afterwards. Subclasses pass emulator flags (see <see cref="RulesEmulatorFixture"/>).
/// </summary>
public class EmulatorFixture : IDisposable
{
    private readonly int _pid;

    public string BaseUrl { get; }

    public EmulatorFixture() : this([]) { }

    protected EmulatorFixture(string[] flags)
    {
        var dir = EmulatorDirectory();
        var port = FreePort();
        var psi = new ProcessStartInfo("bash", [Path.Combine(dir, "start-emulator.sh"), port.ToString(System.Globalization.CultureInfo.InvariantCulture), "127.0.0.1", .. flags])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        psi.Environment["TG_EMU_LOG"] = Path.Combine(Path.GetTempPath(), $"nhachan-emulator-{port}.log");
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEnd();
        var stderr = p.StandardError.ReadToEnd();
        if (!p.WaitForExit(TimeSpan.FromSeconds(120)))
            throw new InvalidOperationException("emulator start timed out");
        if (p.ExitCode != 0) throw new InvalidOperationException($"emulator did not start: {stderr}");
        _pid = int.Parse(stdout.Trim(), System.Globalization.CultureInfo.InvariantCulture);
        BaseUrl = $"http://127.0.0.1:{port}";
    }

    /// <summary>A fresh bot token per test keeps bots apart on one emulator (each token is its own bot).</summary>
    public static string NewToken() => $"{Random.Shared.Next(100_000, 999_999)}:TEST-{Guid.NewGuid():N}";

    public TgUser User(string token, long chatId) => new(BaseUrl, token, chatId);

    public static string EmulatorDirectory()
    {
        var env = Environment.GetEnvironmentVariable("TG_EMU_DIR");
        if (!string.IsNullOrEmpty(env)) return env;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "emulator");
            if (File.Exists(Path.Combine(candidate, "start-emulator.sh"))) return candidate;
        }
        throw new DirectoryNotFoundException("tests/emulator (start-emulator.sh) not found above " + AppContext.BaseDirectory);
    }

    private static int FreePort()
    {
        var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        var port = ((IPEndPoint)l.LocalEndpoint).Port;
        l.Stop();
        return port;
    }

    public void Dispose()
    {
        try
        {
            using var p = Process.GetProcessById(_pid);
            p.Kill();
        }
        catch (ArgumentException)
        {
            // Already gone.
        }
        GC.SuppressFinalize(this);
    }
}

/// <summary>The emulator with Telegram's flood limits and the unknown-chat check on.</summary>
public sealed class RulesEmulatorFixture() : EmulatorFixture(["--rate-limits", "--strict-chats"]);
