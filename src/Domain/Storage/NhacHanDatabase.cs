using LiteDB;

namespace NhacHan.Domain.Storage;

/// <summary>
/// The one embedded LiteDB database of a process. Every store takes this and uses its own collections;
/// LiteDB is thread-safe within a process. The schema version is stored, and migrations run at open.
/// </summary>
public sealed class NhacHanDatabase : IDisposable
{
    /// <summary>The schema this build writes. Bump it and add a step to <see cref="Migrations"/> on a change.</summary>
    public const int CurrentSchemaVersion = 2;

    private const string MetaCollection = "meta";

    public LiteDatabase Lite { get; }

    public string? Path { get; }

    private NhacHanDatabase(LiteDatabase lite, string? path)
    {
        Lite = lite;
        Path = path;
        Migrate();
    }

    /// <summary>Opens (creating if needed) the database file.</summary>
    public static NhacHanDatabase Open(string path)
    {
        var full = System.IO.Path.GetFullPath(path);
        var dir = System.IO.Path.GetDirectoryName(full);
        if (!string.IsNullOrEmpty(dir)) Directory.CreateDirectory(dir);
        var cs = new ConnectionString { Filename = full, Connection = ConnectionType.Direct };
        return new NhacHanDatabase(new LiteDatabase(cs, CreateMapper()), full);
    }

    /// <summary>A database over a caller's stream (benchmarks build a large store in memory, then save it to a file).</summary>
    internal static NhacHanDatabase OnStream(Stream stream) => new(new LiteDatabase(stream, CreateMapper()), null);

    /// <summary>A throw-away in-memory database (tests, benchmarks).</summary>
    public static NhacHanDatabase InMemory() => new(new LiteDatabase(new MemoryStream(), CreateMapper()), null);

    public int SchemaVersion =>
        Lite.GetCollection(MetaCollection).FindById("schema")?["version"].AsInt32 ?? 0;

    /// <summary>Ordered migration steps: index i upgrades version i to i+1.</summary>
    private static readonly Action<LiteDatabase>[] Migrations =
    [
        // 0 → 1: the first schema. Collections are created lazily; indexes are ensured by each store.
        _ => { },
        // 1 → 2: the plan store. Plan documents written before it carried only the plan JSON and provenance;
        // backfill the identity, number and deadline dates the indexes need, then ensure the indexes.
        MigratePlansToV2,
    ];

    private static void MigratePlansToV2(LiteDatabase lite)
    {
        var plans = lite.GetCollection(LiteDbPlanStore.Collection);
        foreach (var doc in plans.FindAll().ToList())
        {
            if (doc["identity"].IsString) continue;
            var stored = LiteDbPlanStore.FromBson(doc);
            plans.Update(LiteDbPlanStore.ToBson(stored, PlanIdentity.Of(stored.Plan)));
        }
        LiteDbPlanStore.EnsureIndexes(plans);
    }

    private void Migrate()
    {
        var meta = Lite.GetCollection(MetaCollection);
        var version = SchemaVersion;
        if (version > CurrentSchemaVersion)
            throw new InvalidOperationException(
                $"The database schema {version} is newer than this build understands ({CurrentSchemaVersion}).");
        for (; version < CurrentSchemaVersion; version++)
        {
            Lite.BeginTrans();
            Migrations[version](Lite);
            meta.Upsert(new BsonDocument { ["_id"] = "schema", ["version"] = version + 1 });
            Lite.Commit();
        }
    }

    private static BsonMapper CreateMapper() => new() { EmptyStringToNull = false, TrimWhitespace = false };

    public void Dispose() => Lite.Dispose();
}
