using System.Security.Cryptography;
using NhacHan.Domain.Plans;
using NhacHan.Domain.Storage;

namespace NhacHan.Bot.Tests.Telegram.Fakes;

/// <summary>In-memory <see cref="IPlanStore"/> for the Telegram tests until the LiteDB store is wired in.</summary>
public sealed class FakePlanStore : IPlanStore
{
    private readonly Lock _gate = new();
    private readonly List<StoredPlan> _plans = [];
    private readonly Dictionary<string, byte[]> _files = [];

    public event Action<StoredPlan>? Changed;

    public IReadOnlyList<StoredPlan> All()
    {
        lock (_gate) return _plans.ToArray();
    }

    public StoredPlan? Get(string id)
    {
        lock (_gate) return _plans.FirstOrDefault(p => p.Id == id);
    }

    public ImportCheck Check(Plan plan, ReadOnlySpan<byte> fileBytes)
    {
        var sha = Convert.ToHexStringLower(SHA256.HashData(fileBytes));
        lock (_gate)
        {
            if (_plans.FirstOrDefault(p => p.Source.Sha256 == sha) is { } same) return new ImportCheck(ImportDisposition.Duplicate, same, []);
            if (SameIdentity(plan) is { } old) return new ImportCheck(ImportDisposition.NewVersion, old, []);
            return new ImportCheck(ImportDisposition.New, null, []);
        }
    }

    public ImportOutcome Save(Plan plan, string fileName, byte[] fileBytes, string uploadedBy, bool isSample = false)
    {
        var check = Check(plan, fileBytes);
        if (check.Disposition == ImportDisposition.Duplicate) return new ImportOutcome(check.Existing!, ImportDisposition.Duplicate, []);
        StoredPlan stored;
        lock (_gate)
        {
            var id = check.Existing?.Id ?? $"p{_plans.Count + 1}";
            _plans.RemoveAll(p => p.Id == id);
            stored = new StoredPlan(id, plan, PlanStatus.Active,
                new PlanSource(fileName, Convert.ToHexStringLower(SHA256.HashData(fileBytes)), uploadedBy, DateTimeOffset.UnixEpoch, isSample));
            _plans.Add(stored);
            _files[id] = fileBytes;
        }
        Changed?.Invoke(stored);
        return new ImportOutcome(stored, check.Disposition, []);
    }

    public bool Archive(string id, string by)
    {
        StoredPlan? archived;
        lock (_gate)
        {
            var i = _plans.FindIndex(p => p.Id == id);
            if (i < 0) return false;
            archived = _plans[i] with { Status = PlanStatus.Archived };
            _plans[i] = archived;
        }
        Changed?.Invoke(archived);
        return true;
    }

    public byte[]? OpenOriginal(string id)
    {
        lock (_gate) return _files.GetValueOrDefault(id);
    }

    private StoredPlan? SameIdentity(Plan plan) =>
        plan.Number is { Length: > 0 } n ? _plans.FirstOrDefault(p => p.Plan.Number == n && p.Status == PlanStatus.Active) : null;
}
