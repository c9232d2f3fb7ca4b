using System.Diagnostics;
using System.Globalization;
using NhacHan.Bot.Tests.Emulator;
using NhacHan.Domain.Reminders;
using NhacHan.Domain.Storage;
using Microsoft.Extensions.Time.Testing;
using Xunit.Abstractions;
using static NhacHan.Bot.Tests.Reminders.ReminderHarness;

namespace NhacHan.Bot.Tests.Reminders;

/// <summary>
/// The bot process is killed with SIGKILL while dispatching 500 reminders to the emulator, then started again on
/// the same LiteDB file: every chat gets its reminder, and at most one (the one in flight) gets it twice.
/// </summary>
public sealed class SigkillRestartTests(RulesEmulatorFixture emulator, ITestOutputHelper output) : IClassFixture<RulesEmulatorFixture>
{
    private const int Chats = 500;

    [Fact]
    public async Task Killed_mid_dispatch_then_restarted_delivers_everything_once()
    {
        var token = EmulatorFixture.NewToken();
        using var admin = new EmulatorAdmin(emulator.BaseUrl, token);
        var ids = Enumerable.Range(1, Chats).Select(i => 600_000L + i).ToArray();
        await admin.Register(ids);
        var dir = Directory.CreateTempSubdirectory("nhachan-kill-").FullName;
        try
        {
            var db = Path.Combine(dir, "nhachan.db");
            var now = Local(2024, 1, 19, 7, 30);
            using (var d = NhacHanDatabase.Open(db))
            {
                var chats = new LiteDbChatStore(d, new LiteDbAuditLog(d), new FakeTimeProvider(now));
                foreach (var id in ids) chats.Upsert(new ChatProfile(id) { Level = UnitLevel.Grassroots });
            }
            var since = EmulatorAdmin.NowMs;

            using (var first = StartChild(db, token, now))
            {
                // Let it deliver a good part, then kill it without warning.
                var sw = Stopwatch.StartNew();
                while ((await admin.StatsSince(since)).Messages < 150 && sw.Elapsed < TimeSpan.FromSeconds(60) && !first.HasExited)
                    await Task.Delay(100);
                Assert.False(first.HasExited, "the child finished before it could be killed");
                first.Kill(); // SIGKILL on Linux
                Assert.True(first.WaitForExit(10_000));
            }
            var atKill = (await admin.StatsSince(since)).Messages;
            output.WriteLine($"killed after {atKill} messages");
            Assert.InRange(atKill, 150, Chats - 1);

            using (var second = StartChild(db, token, now))
            {
                Assert.True(second.WaitForExit(90_000), "the restarted child did not finish");
                Assert.Equal(0, second.ExitCode);
            }

            var stats = await admin.StatsSince(since);
            var perChat = stats.Chats;
            output.WriteLine($"total {stats.Messages}, 429s {stats.TooManyRequests}, twice: {perChat.Count(c => c.Value.Messages > 1)}");
            Assert.Equal(ids, perChat.Keys.Order().ToArray());
            Assert.All(perChat.Values, c => Assert.InRange(c.Messages, 1, 2));
            Assert.InRange(perChat.Values.Count(c => c.Messages == 2), 0, 1);
            Assert.InRange(stats.Messages, Chats, Chats + 1);
            Assert.Equal(0, stats.TooManyRequests);

            using (var d = NhacHanDatabase.Open(db))
            {
                var log = new ReminderLog(d);
                Assert.Equal(Chats, log.SentCount);
                var plans = new[] { Stored(Plan35()) };
                var chats = new LiteDbChatStore(d, new LiteDbAuditLog(d), new FakeTimeProvider(now)).All();
                Assert.Empty(new ReminderPlanner(new ReminderSettings()).Due(plans, chats, now, log));
            }
        }
        finally
        {
            try
            {
                Directory.Delete(dir, recursive: true);
            }
            catch (IOException)
            {
                // Best effort.
            }
        }
    }

    private Process StartChild(string db, string token, DateTimeOffset now)
    {
        var psi = new ProcessStartInfo("dotnet",
        [
            ChildDll(), db, Path.Combine(AppContext.BaseDirectory, "fixtures", "reminders", "plan-35.json"),
            emulator.BaseUrl, token, now.ToString("o", CultureInfo.InvariantCulture),
        ])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var p = Process.Start(psi)!;
        p.OutputDataReceived += (_, e) => { if (e.Data is not null) output.WriteLine("child: " + e.Data); };
        p.ErrorDataReceived += (_, e) => { if (e.Data is not null) output.WriteLine("child err: " + e.Data); };
        p.BeginOutputReadLine();
        p.BeginErrorReadLine();
        return p;
    }

    /// <summary>tests/ReminderChild's build output for the same configuration as this test assembly.</summary>
    private static string ChildDll()
    {
        var tfmDir = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var configuration = tfmDir.Parent!.Name;
        for (var dir = tfmDir; dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "ReminderChild", "bin", configuration, tfmDir.Name, "NhacHan.ReminderChild.dll");
            if (File.Exists(candidate)) return candidate;
        }
        throw new FileNotFoundException("NhacHan.ReminderChild.dll not built (tests/ReminderChild)");
    }
}
