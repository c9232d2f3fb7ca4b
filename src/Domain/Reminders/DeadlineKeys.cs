using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using NhacHan.Domain.Plans;

namespace NhacHan.Domain.Reminders;

/// <summary>
/// Stable, short, callback-safe keys for what a reminder is about: "{planId}:{12 hex}" (+ "@yyMM" for one
/// month of a recurring deadline). The hash covers only the deadline's own facts (date, kind, who, what), so
/// re-parsing the same plan, or a new version that keeps the item, keeps the key and its sent-log and "done".
/// </summary>
public static class DeadlineKeys
{
    public static string For(string planId, Deadline d) =>
        $"{planId}:{Hash($"D|{Iso(d.Date)}|{PlanJson.KindToJson(d.Kind)}|{d.Who}|{d.What}")}";

    public static string For(string planId, ScheduleItem s) =>
        $"{planId}:{Hash($"S|{s.Period}|{Iso(s.Start)}|{Iso(s.End)}|{s.Level}|{s.Who}|{s.What}")}";

    /// <summary>One month's occurrence of a recurring deadline.</summary>
    public static string Occurrence(string baseKey, DateOnly date) =>
        $"{baseKey}@{date.ToString("yyMM", CultureInfo.InvariantCulture)}";

    /// <summary>The plan id a key belongs to.</summary>
    public static string PlanIdOf(string key)
    {
        var colon = key.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? key : key[..colon];
    }

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Hash(string text)
    {
        Span<byte> digest = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(text.Normalize(NormalizationForm.FormC)), digest);
        return Convert.ToHexStringLower(digest[..6]);
    }
}
