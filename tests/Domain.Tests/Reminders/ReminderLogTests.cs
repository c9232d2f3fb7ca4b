using NhacHan.Domain.Plans;
using NhacHan.Domain.Reminders;
using NhacHan.Domain.Storage;
using static NhacHan.Domain.Tests.Reminders.ReminderTestData;

namespace NhacHan.Domain.Tests.Reminders;

public sealed class ReminderLogTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("nhachan-remlog-").FullName;

    private string DbPath => Path.Combine(_dir, "n.db");

    [Fact]
    public void Sent_done_and_snooze_survive_reopening_the_database_file()
    {
        var plan = WithDeadlines("g1", Deadline(new DateOnly(2024, 1, 27), DeadlineKind.Before));
        var due = Assert.Single(Assert.Single(Planner().Due([plan], [Cell(1), Cell(2)], Local(2024, 1, 25, 9, 0), new MemoryState()).Take(1)).Items);
        using (var db = NhacHanDatabase.Open(DbPath))
        {
            var log = new ReminderLog(db);
            log.MarkSent(due, Local(2024, 1, 25, 9, 0));
            log.MarkDone(2, due.Target.Key, Local(2024, 1, 25, 9, 1));
            log.Snooze(1, due.Target.Key, Local(2024, 1, 26, 9, 0));
            Assert.Equal(NhacHanDatabase.CurrentSchemaVersion, db.SchemaVersion);
        }
        using (var db = NhacHanDatabase.Open(DbPath))
        {
            var log = new ReminderLog(db);
            Assert.True(log.WasSent(1, due.Target.Key, "1"));
            Assert.True(log.WasSent(1, due.Target.Key, "7"));
            Assert.False(log.WasSent(2, due.Target.Key, "1"));
            Assert.True(log.IsDone(2, due.Target.Key));
            Assert.False(log.IsDone(1, due.Target.Key));
            Assert.Equal(Local(2024, 1, 26, 9, 0), log.SnoozedUntil(1, due.Target.Key));
            Assert.Equal(3, log.SentCount);
            Assert.Equal(NhacHanDatabase.CurrentSchemaVersion, db.SchemaVersion);
            // Reopened, the planner sees the same state: nothing more before the snooze ends.
            Assert.Empty(Planner().Due([plan], [Cell(1), Cell(2)], Local(2024, 1, 25, 9, 5), log));
        }
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
