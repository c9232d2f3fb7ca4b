using Microsoft.Extensions.Time.Testing;
using NhacHan.Domain.Answers;
using NhacHan.Domain.Storage;

namespace NhacHan.Domain.Tests.Answers;

/// <summary>The index built at start from a LiteDB store (read ahead on a second thread).</summary>
public sealed class IndexBuildTests
{
    [Fact]
    public void Every_stored_plan_and_item_is_indexed_once()
    {
        using var db = NhacHanDatabase.InMemory();
        var store = new LiteDbPlanStore(db, new FakeTimeProvider());
        var own = PlanFixtures.Own();
        foreach (var (name, plan) in own) store.Save(plan, name + ".json", PlanFixtures.Bytes(plan), "test");

        using var index = new SearchIndex(store);

        Assert.Equal(own.Count, index.PlanCount);
        var expectedEntries = own.Sum(p => 1 + p.Plan.Deadlines.Count + p.Plan.RelativeDeadlines.Count + p.Plan.Schedule.Count
            + p.Plan.Events.Count + p.Plan.Units.Count + (p.Plan.Contents.Count > 0 ? 1 : 0));
        Assert.Equal(expectedEntries, index.EntryCount);
    }

    [Fact]
    public void A_corrupt_plan_document_fails_the_build_instead_of_hanging_or_being_skipped()
    {
        using var db = NhacHanDatabase.InMemory();
        var store = new LiteDbPlanStore(db, new FakeTimeProvider());
        foreach (var (name, plan) in PlanFixtures.Own()) store.Save(plan, name + ".json", PlanFixtures.Bytes(plan), "test");
        var doc = db.Lite.GetCollection(LiteDbPlanStore.Collection).FindAll().First();
        doc["_id"] = "corrupt";
        doc["sha256"] = "00";
        doc["identity"] = "corrupt";
        doc["json"] = "{ not json";
        db.Lite.GetCollection(LiteDbPlanStore.Collection).Insert(doc);

        Assert.ThrowsAny<System.Text.Json.JsonException>(() => new SearchIndex(store));
    }
}
