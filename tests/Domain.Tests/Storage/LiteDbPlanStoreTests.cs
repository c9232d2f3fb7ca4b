using LiteDB;
using Microsoft.Extensions.Time.Testing;
using NhacHan.Domain.Plans;
using NhacHan.Domain.Storage;
using NhacHan.Domain.Tests.Answers;

namespace NhacHan.Domain.Tests.Storage;

public sealed class LiteDbPlanStoreTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"nhachan-store-{Guid.NewGuid():N}.db");
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2024, 1, 20, 1, 0, 0, TimeSpan.Zero));

    private static Plan Own(string name) => PlanFixtures.OwnPlan(name);

    private static byte[] Bytes(Plan p) => PlanFixtures.Bytes(p);

    private (NhacHanDatabase Db, LiteDbPlanStore Store) Open()
    {
        var db = NhacHanDatabase.Open(_path);
        return (db, new LiteDbPlanStore(db, _time));
    }

    [Fact]
    public void A_new_plan_is_stored_with_a_short_callback_safe_id_and_read_back_unchanged()
    {
        var (db, store) = Open();
        using var _ = db;
        var plan = Own("kh12-2024-du");
        var outcome = store.Save(plan, "kh12.docx", Bytes(plan), "telegram:42");

        Assert.Equal(ImportDisposition.New, outcome.Disposition);
        Assert.Matches("^[a-z0-9]{1,16}$", outcome.Stored.Id);
        var back = store.Get(outcome.Stored.Id)!;
        Assert.Equal(PlanJson.Serialize(plan), PlanJson.Serialize(back.Plan));
        Assert.Equal(PlanStatus.Active, back.Status);
        Assert.Equal("kh12.docx", back.Source.FileName);
        Assert.Equal("telegram:42", back.Source.UploadedBy);
        Assert.Equal(Bytes(plan), store.OpenOriginal(outcome.Stored.Id));
    }

    [Fact]
    public void The_same_file_again_is_a_duplicate_and_stores_nothing_new()
    {
        var (db, store) = Open();
        using var _ = db;
        var plan = Own("kh12-2024-du");
        var first = store.Save(plan, "a.docx", Bytes(plan), "cli");
        Assert.Equal(ImportDisposition.Duplicate, store.Check(plan, Bytes(plan)).Disposition);
        var again = store.Save(plan, "b.docx", Bytes(plan), "cli");

        Assert.Equal(ImportDisposition.Duplicate, again.Disposition);
        Assert.Equal(first.Stored.Id, again.Stored.Id);
        Assert.Single(store.All());
        Assert.Equal("a.docx", store.Get(first.Stored.Id)!.Source.FileName);
    }

    [Fact]
    public void A_new_version_of_the_same_plan_replaces_it_under_the_same_id()
    {
        var (db, store) = Open();
        using var _ = db;
        var v1 = Own("kh12-2024-du");
        var first = store.Save(v1, "v1.docx", Bytes(v1), "cli");
        var v2 = v1 with { Deadlines = [v1.Deadlines[0] with { Date = new DateOnly(2024, 10, 5) }, .. v1.Deadlines.Skip(1)] };

        var check = store.Check(v2, Bytes(v2));
        Assert.Equal(ImportDisposition.NewVersion, check.Disposition);
        Assert.Equal(first.Stored.Id, check.Existing!.Id);

        var second = store.Save(v2, "v2.docx", Bytes(v2), "cli");
        Assert.Equal(ImportDisposition.NewVersion, second.Disposition);
        Assert.Equal(first.Stored.Id, second.Stored.Id);
        Assert.Single(store.All());
        Assert.Equal(new DateOnly(2024, 10, 5), store.Get(first.Stored.Id)!.Plan.Deadlines[0].Date);
        Assert.Equal(Bytes(v2), store.OpenOriginal(first.Stored.Id));
        Assert.Empty(store.WithDeadlineBetween(new DateOnly(2024, 10, 1), new DateOnly(2024, 10, 1)));
        Assert.Single(store.WithDeadlineBetween(new DateOnly(2024, 10, 5), new DateOnly(2024, 10, 5)));
    }

    [Fact]
    public void Numbers_restart_each_term_so_the_same_number_with_another_date_is_another_plan()
    {
        var (db, store) = Open();
        using var _ = db;
        var a = Own("kh146-2021-tu");
        var b = Own("kh146-2024-tu");
        Assert.Equal(a.Number, b.Number);
        var sa = store.Save(a, "a.docx", Bytes(a), "cli");
        var sb = store.Save(b, "b.docx", Bytes(b), "cli");

        Assert.Equal(ImportDisposition.New, sb.Disposition);
        Assert.NotEqual(sa.Stored.Id, sb.Stored.Id);
        Assert.Equal(2, store.ByNumber("146-KH/TU").Count);
    }

    [Fact]
    public void Without_a_number_the_identity_is_title_and_issuer()
    {
        var (db, store) = Open();
        using var _ = db;
        var plan = Own("kh12-2024-du") with { Number = null };
        store.Save(plan, "a.docx", Bytes(plan), "cli");
        var changed = plan with { Recipients = ["Lưu"] };
        Assert.Equal(ImportDisposition.NewVersion, store.Check(changed, Bytes(changed)).Disposition);
        var otherIssuer = plan with { Issuer = "Đảng ủy xã Nậm Xe" };
        Assert.Equal(ImportDisposition.New, store.Check(otherIssuer, Bytes(otherIssuer)).Disposition);
    }

    [Fact]
    public void A_plan_that_replaces_another_marks_it_superseded()
    {
        var (db, store) = Open();
        using var _ = db;
        var old = Own("kh88-2023-hu");
        var replacement = Own("kh95-2023-hu");
        var stored = store.Save(old, "88.docx", Bytes(old), "cli");

        var check = store.Check(replacement, Bytes(replacement));
        Assert.Equal(stored.Stored.Id, Assert.Single(check.WillSupersede).Id);

        var changed = new List<StoredPlan>();
        store.Changed += changed.Add;
        var outcome = store.Save(replacement, "95.docx", Bytes(replacement), "cli");

        Assert.Equal(stored.Stored.Id, Assert.Single(outcome.Superseded).Id);
        Assert.Equal(PlanStatus.Superseded, store.Get(stored.Stored.Id)!.Status);
        Assert.Equal(PlanStatus.Active, store.Get(outcome.Stored.Id)!.Status);
        Assert.Contains(changed, c => c.Id == stored.Stored.Id && c.Status == PlanStatus.Superseded);
        Assert.Contains(changed, c => c.Id == outcome.Stored.Id);
    }

    [Fact]
    public void A_newer_plan_with_the_replaced_number_is_not_superseded_by_an_older_one()
    {
        var (db, store) = Open();
        using var _ = db;
        var newerTerm = Own("kh88-2023-hu") with { IssuedOn = new DateOnly(2026, 2, 1) };
        var newer = store.Save(newerTerm, "88-2026.docx", Bytes(newerTerm), "cli");
        var replacement = Own("kh95-2023-hu");
        var outcome = store.Save(replacement, "95.docx", Bytes(replacement), "cli");

        Assert.Empty(outcome.Superseded);
        Assert.Equal(PlanStatus.Active, store.Get(newer.Stored.Id)!.Status);
    }

    [Fact]
    public void Archiving_changes_the_status_and_raises_changed()
    {
        var (db, store) = Open();
        using var _ = db;
        var plan = Own("kh70-2022-hu");
        var id = store.Save(plan, "70.docx", Bytes(plan), "cli").Stored.Id;
        StoredPlan? raised = null;
        store.Changed += p => raised = p;

        Assert.True(store.Archive(id, "telegram:1"));
        Assert.Equal(PlanStatus.Archived, store.Get(id)!.Status);
        Assert.Equal(PlanStatus.Archived, raised!.Status);
        Assert.False(store.Archive("nosuchplan", "telegram:1"));
    }

    [Theory]
    [InlineData("after-file")]
    [InlineData("after-supersede")]
    public void A_failed_import_stores_nothing(string faultAt)
    {
        var (db, store) = Open();
        using var _ = db;
        var old = Own("kh88-2023-hu");
        var oldId = store.Save(old, "88.docx", Bytes(old), "cli").Stored.Id;
        var replacement = Own("kh95-2023-hu");
        var raised = 0;
        store.Changed += _ => raised++;
        store.FaultPoint = point => { if (point == faultAt) throw new IOException("disk full"); };

        Assert.Throws<IOException>(() => store.Save(replacement, "95.docx", Bytes(replacement), "cli"));

        Assert.Single(store.All());
        Assert.Equal(PlanStatus.Active, store.Get(oldId)!.Status);
        Assert.Single(db.Lite.FileStorage.FindAll());
        Assert.Equal(0, raised);

        store.FaultPoint = null;
        var retried = store.Save(replacement, "95.docx", Bytes(replacement), "cli");
        Assert.Equal(ImportDisposition.New, retried.Disposition);
        Assert.Equal(PlanStatus.Superseded, store.Get(oldId)!.Status);
    }

    [Fact]
    public void Everything_survives_a_restart()
    {
        string keptId, archivedId, supersededId;
        {
            var (db, store) = Open();
            using var _ = db;
            var all = PlanFixtures.Own();
            foreach (var (name, plan) in all) store.Save(plan, name + ".json", Bytes(plan), "cli");
            keptId = store.ByNumber("12-KH/ĐU").Single().Id;
            archivedId = store.ByNumber("70-KH/HU").Single().Id;
            supersededId = store.ByNumber("88-KH/HU").Single().Id;
            store.Archive(archivedId, "cli");
        }
        {
            var (db, store) = Open();
            using var _ = db;
            Assert.Equal(NhacHanDatabase.CurrentSchemaVersion, db.SchemaVersion);
            Assert.Equal(PlanFixtures.Own().Count, store.All().Count);
            Assert.Equal(PlanStatus.Active, store.Get(keptId)!.Status);
            Assert.Equal(PlanStatus.Archived, store.Get(archivedId)!.Status);
            Assert.Equal(PlanStatus.Superseded, store.Get(supersededId)!.Status);
            var plan = Own("kh12-2024-du");
            Assert.Equal(PlanJson.Serialize(plan), PlanJson.Serialize(store.Get(keptId)!.Plan));
            Assert.Equal(Bytes(plan), store.OpenOriginal(keptId));
            Assert.Equal(ImportDisposition.Duplicate, store.Check(plan, Bytes(plan)).Disposition);
        }
    }

    [Fact]
    public void Deadline_dates_are_indexed()
    {
        var (db, store) = Open();
        using var _ = db;
        foreach (var (name, plan) in PlanFixtures.Own()) store.Save(plan, name, Bytes(plan), "cli");
        var october = store.WithDeadlineBetween(new DateOnly(2024, 10, 1), new DateOnly(2024, 10, 31));
        Assert.Equal("12-KH/ĐU", Assert.Single(october).Plan.Number);
        var spring2025 = store.WithDeadlineBetween(new DateOnly(2025, 3, 1), new DateOnly(2025, 4, 30));
        Assert.Equal("146-KH/TU", Assert.Single(spring2025).Plan.Number);
        var indexes = db.Lite.GetCollection("$indexes").Find(Query.EQ("collection", LiteDbPlanStore.Collection)).Select(d => d["name"].AsString).ToList();
        Assert.Contains("deadlineDates", indexes);
        Assert.Contains("number", indexes);
    }

    [Fact]
    public void A_version_1_database_is_migrated_keeping_chats_and_plans()
    {
        var plan = Own("kh12-2024-du");
        using (var lite = new LiteDatabase(new ConnectionString { Filename = _path, Connection = ConnectionType.Direct }))
        {
            lite.GetCollection("meta").Upsert(new BsonDocument { ["_id"] = "schema", ["version"] = 1 });
            lite.GetCollection("chats").Insert(new BsonDocument { ["_id"] = 42L, ["unit"] = "Chi bộ 3", ["subscribed"] = true });
            // A plan document as written before the plan store's indexes existed: no identity, number or dates.
            lite.GetCollection("plans").Insert(new BsonDocument
            {
                ["_id"] = "oldplan01",
                ["status"] = "Active",
                ["json"] = PlanJson.Serialize(plan),
                ["fileName"] = "kh12.docx",
                ["sha256"] = "00",
                ["uploadedBy"] = "cli",
                ["uploadedAt"] = new DateTime(2024, 9, 5, 0, 0, 0, DateTimeKind.Utc),
                ["isSample"] = false,
            });
        }

        var (db, store) = Open();
        using var _ = db;
        Assert.Equal(2, db.SchemaVersion);
        Assert.Equal("Chi bộ 3", db.Lite.GetCollection("chats").FindById(42L)["unit"].AsString);
        var check = store.Check(plan, Bytes(plan));
        Assert.Equal(ImportDisposition.NewVersion, check.Disposition);
        Assert.Equal("oldplan01", check.Existing!.Id);
        Assert.Equal("oldplan01", Assert.Single(store.WithDeadlineBetween(new DateOnly(2024, 12, 31), new DateOnly(2024, 12, 31))).Id);
    }

    [Fact]
    public void A_database_from_a_newer_build_is_refused()
    {
        using (var lite = new LiteDatabase(new ConnectionString { Filename = _path, Connection = ConnectionType.Direct }))
            lite.GetCollection("meta").Upsert(new BsonDocument { ["_id"] = "schema", ["version"] = 99 });
        Assert.Throws<InvalidOperationException>(() => NhacHanDatabase.Open(_path));
    }

    public void Dispose()
    {
        File.Delete(_path);
        File.Delete(Path.ChangeExtension(_path, null) + "-log.db");
    }
}
