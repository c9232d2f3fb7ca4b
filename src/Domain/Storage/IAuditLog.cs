namespace NhacHan.Domain.Storage;

/// <summary>Who did what, when ("telegram:123", "plan.saved", "146-KH/TU").</summary>
public sealed record AuditEntry(DateTimeOffset At, string Actor, string Action, string Subject, string? Detail = null);

public interface IAuditLog
{
    void Write(AuditEntry entry);

    IReadOnlyList<AuditEntry> Recent(int count);
}
