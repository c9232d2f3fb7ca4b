using System.Collections.Concurrent;
using LiteDB;
using NhacHan.Domain.Plans;

namespace NhacHan.Domain.Storage;

/// <summary>
/// Plans in the "plans" collection (the plan as schema JSON plus provenance, identity and deadline dates for
/// the indexes) and their original bytes in LiteDB file storage. Every write is one transaction.
/// Reads go through a small bounded cache so answering does not deserialize the same plan again and again,
/// while the full set of plans is never held in memory. Saves are audited by the importer; archiving here.
/// </summary>
public sealed class LiteDbPlanStore : IPlanStore
{
    public const string Collection = "plans";
    private const int CacheCapacity = 512;

    private readonly NhacHanDatabase _db;
    private readonly ILiteCollection<BsonDocument> _plans;
    private readonly TimeProvider _time;
    private readonly IAuditLog? _audit;
    private readonly ConcurrentDictionary<string, StoredPlan> _cache = new(StringComparer.Ordinal);
    private readonly Lock _writeLock = new();

    public LiteDbPlanStore(NhacHanDatabase db, TimeProvider time, IAuditLog? audit = null)
    {
        _db = db;
        _time = time;
        _audit = audit;
        _plans = db.Lite.GetCollection(Collection);
        EnsureIndexes(_plans);
    }

    public event Action<StoredPlan>? Changed;

    /// <summary>Test hook: called at named points inside a write transaction ("after-file", "after-supersede").</summary>
    internal Action<string>? FaultPoint { get; set; }

    internal static void EnsureIndexes(ILiteCollection<BsonDocument> plans)
    {
        plans.EnsureIndex("identity", "$.identity");
        plans.EnsureIndex("sha256", "$.sha256");
        plans.EnsureIndex("number", "$.number");
        plans.EnsureIndex("deadlineDates", "$.deadlineDates[*]");
    }

    public IReadOnlyList<StoredPlan> All() => Stream().ToArray();

    /// <summary>Every stored plan, one at a time (building the search index without holding all of them).</summary>
    public IEnumerable<StoredPlan> Stream()
    {
        foreach (var doc in _plans.FindAll()) yield return FromBson(doc);
    }

    public int Count() => _plans.Count();

    public StoredPlan? Get(string id)
    {
        if (_cache.TryGetValue(id, out var cached)) return cached;
        var doc = _plans.FindById(id);
        if (doc is null) return null;
        var plan = FromBson(doc);
        Remember(plan);
        return plan;
    }

    /// <summary>Active (or any-status) plans whose own number is <paramref name="number"/>.</summary>
    public IReadOnlyList<StoredPlan> ByNumber(string number) =>
        _plans.Find(Query.EQ("number", PlanIdentity.NumberKey(number))).Select(FromBson).ToArray();

    /// <summary>Plans with a deadline in [from, to] (uses the deadline date index).</summary>
    public IReadOnlyList<StoredPlan> WithDeadlineBetween(DateOnly from, DateOnly to) =>
        _plans.Find(BsonExpression.Create("$.deadlineDates[*] ANY BETWEEN @0 AND @1", ToBson(from), ToBson(to)))
            .Select(FromBson).DistinctBy(p => p.Id).ToArray();

    public ImportCheck Check(Plan plan, ReadOnlySpan<byte> fileBytes)
    {
        var sha = PlanIdentity.Sha256Hex(fileBytes);
        var same = _plans.FindOne(Query.EQ("sha256", sha));
        if (same is not null) return new ImportCheck(ImportDisposition.Duplicate, FromBson(same), []);
        var existing = _plans.FindOne(Query.EQ("identity", PlanIdentity.Of(plan)));
        var stored = existing is null ? null : FromBson(existing);
        return new ImportCheck(
            stored is null ? ImportDisposition.New : ImportDisposition.NewVersion,
            stored,
            FindSuperseded(plan, stored?.Id));
    }

    public ImportOutcome Save(Plan plan, string fileName, byte[] fileBytes, string uploadedBy, bool isSample = false)
    {
        ArgumentNullException.ThrowIfNull(fileBytes);
        StoredPlan stored;
        ImportDisposition disposition;
        List<StoredPlan> superseded = [];
        lock (_writeLock)
        {
            var sha = PlanIdentity.Sha256Hex(fileBytes);
            var same = _plans.FindOne(Query.EQ("sha256", sha));
            if (same is not null) return new ImportOutcome(FromBson(same), ImportDisposition.Duplicate, []);

            var identity = PlanIdentity.Of(plan);
            var existingDoc = _plans.FindOne(Query.EQ("identity", identity));
            disposition = existingDoc is null ? ImportDisposition.New : ImportDisposition.NewVersion;
            var id = existingDoc?["_id"].AsString ?? NewId(identity);
            var source = new PlanSource(fileName, sha, uploadedBy, _time.GetUtcNow(), isSample);
            stored = new StoredPlan(id, plan, PlanStatus.Active, source);

            var lite = _db.Lite;
            if (!lite.BeginTrans()) throw new InvalidOperationException("A transaction is already open on this thread.");
            try
            {
                _plans.Upsert(ToBson(stored, identity));
                using (var input = new MemoryStream(fileBytes, writable: false))
                    lite.FileStorage.Upload(FileId(id), fileName, input);
                FaultPoint?.Invoke("after-file");
                foreach (var old in FindSuperseded(plan, id))
                {
                    var marked = old with { Status = PlanStatus.Superseded };
                    _plans.Update(ToBson(marked, PlanIdentity.Of(marked.Plan)));
                    superseded.Add(marked);
                }
                FaultPoint?.Invoke("after-supersede");
                lite.Commit();
            }
            catch
            {
                lite.Rollback();
                throw;
            }
            Remember(stored);
            foreach (var s in superseded) Remember(s);
        }
        Changed?.Invoke(stored);
        foreach (var s in superseded) Changed?.Invoke(s);
        return new ImportOutcome(stored, disposition, superseded);
    }

    public bool Archive(string id, string by)
    {
        StoredPlan archived;
        lock (_writeLock)
        {
            var current = Get(id);
            if (current is null) return false;
            archived = current with { Status = PlanStatus.Archived };
            _plans.Update(ToBson(archived, PlanIdentity.Of(archived.Plan)));
            Remember(archived);
        }
        _audit?.Write(new AuditEntry(_time.GetUtcNow(), by, "plan.archived", id, archived.Plan.Number ?? archived.Plan.Title));
        Changed?.Invoke(archived);
        return true;
    }

    public byte[]? OpenOriginal(string id)
    {
        var file = _db.Lite.FileStorage.FindById(FileId(id));
        if (file is null) return null;
        using var ms = new MemoryStream();
        file.CopyTo(ms);
        return ms.ToArray();
    }

    /// <summary>Active plans, other than the one being saved, whose number the plan says it replaces. When both
    /// dates are known only an older plan can be replaced (numbers restart each term).</summary>
    private List<StoredPlan> FindSuperseded(Plan plan, string? selfId)
    {
        var result = new List<StoredPlan>();
        foreach (var number in plan.Supersedes)
        {
            foreach (var doc in _plans.Find(Query.EQ("number", PlanIdentity.NumberKey(number))))
            {
                var candidate = FromBson(doc);
                if (candidate.Id == selfId || candidate.Status != PlanStatus.Active) continue;
                if (plan.ReferenceDate is { } mine && candidate.Plan.ReferenceDate is { } theirs && theirs > mine) continue;
                result.Add(candidate);
            }
        }
        return result;
    }

    private string NewId(string identity)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var id = PlanIdentity.ShortId(identity, attempt);
            if (_plans.FindById(id) is null) return id;
        }
        throw new InvalidOperationException("Could not allocate a plan id.");
    }

    private void Remember(StoredPlan plan)
    {
        // Evict a quarter (arbitrary ones) when full: cheap, and hot plans stay more often than with a full clear.
        if (_cache.Count >= CacheCapacity)
            foreach (var key in _cache.Keys.Take(CacheCapacity / 4)) _cache.TryRemove(key, out _);
        _cache[plan.Id] = plan;
    }

    internal static string FileId(string planId) => $"plan-{planId}";

    private static BsonValue ToBson(DateOnly d) => new(d.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc));

    internal static BsonDocument ToBson(StoredPlan p, string identity) => new()
    {
        ["_id"] = p.Id,
        ["identity"] = identity,
        ["number"] = p.Plan.Number is { Length: > 0 } n ? new BsonValue(PlanIdentity.NumberKey(n)) : BsonValue.Null,
        ["status"] = p.Status.ToString(),
        ["json"] = PlanJson.Serialize(p.Plan),
        ["fileName"] = p.Source.FileName,
        ["sha256"] = p.Source.Sha256,
        ["uploadedBy"] = p.Source.UploadedBy,
        ["uploadedAt"] = p.Source.UploadedAt.UtcDateTime,
        ["isSample"] = p.Source.IsSample,
        ["deadlineDates"] = DeadlineDates(p.Plan),
    };

    internal static BsonArray DeadlineDates(Plan plan) =>
        new(plan.Deadlines.Select(d => d.Date).Distinct().Select(ToBson));

    internal static StoredPlan FromBson(BsonDocument d) => new(
        d["_id"].AsString,
        PlanJson.Deserialize(d["json"].AsString),
        Enum.TryParse<PlanStatus>(d["status"].AsString, out var s) ? s : PlanStatus.Active,
        new PlanSource(
            d["fileName"].AsString,
            d["sha256"].AsString,
            d["uploadedBy"].AsString,
            new DateTimeOffset(DateTime.SpecifyKind(d["uploadedAt"].AsDateTime.ToUniversalTime(), DateTimeKind.Utc)),
            d["isSample"].AsBoolean));
}
