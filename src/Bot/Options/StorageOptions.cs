namespace NhacHan.Bot.Options;

/// <summary>The "Storage" section.</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>The LiteDB file; `--db PATH` overrides it.</summary>
    public string DbPath { get; set; } = "data/nhachan.db";
}
