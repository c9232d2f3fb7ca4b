using NhacHan.Domain.Plans;
using NhacHan.Domain.Storage;

namespace NhacHan.Bot.Tests.Reminders;

/// <summary>A minimal plan store for reminder tests (the real one is LiteDbPlanStore, built elsewhere).</summary>
internal sealed class InMemoryPlanStore : IPlanStore
{
    private readonly List<StoredPlan> _plans = [];
    private readonly Lock _lock = new();

    public event Action<StoredPlan>? Changed;

    public void Add(StoredPlan plan)
    {
        lock (_lock) _plans.Add(plan);
        Changed?.Invoke(plan);
    }

    public IReadOnlyList<StoredPlan> All()
    {
        lock (_lock) return _plans.ToArray();
    }

    public StoredPlan? Get(string id) => All().FirstOrDefault(p => p.Id == id);

    public ImportCheck Check(Plan plan, ReadOnlySpan<byte> fileBytes) => new(ImportDisposition.New, null, []);

    public ImportOutcome Save(Plan plan, string fileName, byte[] fileBytes, string uploadedBy, bool isSample = false)
    {
        var stored = new StoredPlan($"m{All().Count + 1}", plan, PlanStatus.Active,
            new PlanSource(fileName, "sha", uploadedBy, DateTimeOffset.UnixEpoch, isSample));
        Add(stored);
        return new ImportOutcome(stored, ImportDisposition.New, []);
    }

    public bool Archive(string id, string by)
    {
        lock (_lock)
        {
            var i = _plans.FindIndex(p => p.Id == id);
            if (i < 0) return false;
            _plans[i] = _plans[i] with { Status = PlanStatus.Archived };
        }
        Changed?.Invoke(Get(id)!);
        return true;
    }

    public byte[]? OpenOriginal(string id) => null;
}
