using NhacHan.Domain.Plans;
using NhacHan.Domain.Storage;
using NhacHan.Domain.Text;

namespace NhacHan.Domain.Reminders;

/// <summary>
/// Does a deadline concern a chat? The deadline's responsible level or unit must match the chat's profile
/// ("cấp cơ sở" / "chi bộ" items go to cells, a named unit to that unit), or the chat follows the plan.
/// A chat without a profile is concerned by everything (it has not narrowed its interest yet).
/// </summary>
public static class Relevance
{
    public static bool Concerns(string who, ChatProfile? profile)
    {
        if (profile is null || (profile.Level is null && string.IsNullOrWhiteSpace(profile.Unit))) return true;
        var folded = VietnameseText.Fold(who);
        if (!string.IsNullOrWhiteSpace(profile.Unit))
        {
            var unit = VietnameseText.Fold(profile.Unit);
            if (folded.Contains(unit, StringComparison.Ordinal) || unit.Contains(folded, StringComparison.Ordinal)) return true;
        }
        return profile.Level is { } level && LevelOf(folded) == level;
    }

    /// <summary>The same rule on pre-folded text (the planner folds each side once, not per pair).</summary>
    public static bool Concerns(string foldedWho, UnitLevel? whoLevel, string? foldedUnit, UnitLevel? chatLevel)
    {
        if (chatLevel is null && string.IsNullOrEmpty(foldedUnit)) return true;
        if (!string.IsNullOrEmpty(foldedUnit) && foldedWho.Length > 0
            && (foldedWho.Contains(foldedUnit, StringComparison.Ordinal) || foldedUnit.Contains(foldedWho, StringComparison.Ordinal)))
            return true;
        return chatLevel is { } level && whoLevel == level;
    }

    public static bool Concerns(Deadline deadline, string planId, ChatProfile? profile) =>
        (profile?.FollowedPlanIds.Contains(planId) ?? false) || Concerns(deadline.Who, profile);

    /// <summary>The level a folded "who" names, or null when it names none.</summary>
    public static UnitLevel? LevelOf(string foldedWho)
    {
        if (ContainsAny(foldedWho, "co so", "chi bo", "dang uy xa", "xa, thi tran", "dang bo xa", "dang uy phuong", "dang uy thi tran"))
            return UnitLevel.Grassroots;
        if (ContainsAny(foldedWho, "cap huyen", "huyen uy", "quan uy", "thi uy", "thanh uy", "dang bo huyen"))
            return UnitLevel.District;
        if (ContainsAny(foldedWho, "cap tinh", "tinh uy", "dang bo tinh"))
            return UnitLevel.Province;
        return null;
    }

    private static bool ContainsAny(string s, params string[] needles) =>
        needles.Any(n => s.Contains(n, StringComparison.Ordinal));
}
