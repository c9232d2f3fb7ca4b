namespace NhacHan.Domain.Plans;

/// <summary>The signature block, exactly as printed.</summary>
public sealed record Signer(string? OnBehalf, string? Role, string? Name)
{
    /// <summary>The "K/T …" line, when a deputy signs.</summary>
    public string? DeputyFor { get; init; }
}
