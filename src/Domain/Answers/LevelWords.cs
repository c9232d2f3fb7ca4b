using NhacHan.Domain.Storage;

namespace NhacHan.Domain.Answers;

/// <summary>Recognises a level in folded text: "cấp cơ sở", "cấp huyện (và tương đương)", "cấp tỉnh".</summary>
public static class LevelWords
{
    public static LevelMask In(string folded)
    {
        var mask = LevelMask.None;
        if (folded.Contains("co so", StringComparison.Ordinal) || folded.Contains("chi bo", StringComparison.Ordinal)
            || folded.Contains("dang uy xa", StringComparison.Ordinal))
            mask |= LevelMask.Grassroots;
        if (folded.Contains("cap huyen", StringComparison.Ordinal)) mask |= LevelMask.District;
        if (folded.Contains("cap tinh", StringComparison.Ordinal)) mask |= LevelMask.Province;
        return mask;
    }

    /// <summary>Only the explicit "cấp …" phrases (a question naming "huyện ủy" is about a unit, not a level).</summary>
    public static LevelMask Asked(string folded)
    {
        var mask = LevelMask.None;
        if (folded.Contains("cap co so", StringComparison.Ordinal)) mask |= LevelMask.Grassroots;
        if (folded.Contains("cap huyen", StringComparison.Ordinal)) mask |= LevelMask.District;
        if (folded.Contains("cap tinh", StringComparison.Ordinal)) mask |= LevelMask.Province;
        return mask;
    }

    public static LevelMask Of(UnitLevel? level) => level switch
    {
        UnitLevel.Grassroots => LevelMask.Grassroots,
        UnitLevel.District => LevelMask.District,
        UnitLevel.Province => LevelMask.Province,
        _ => LevelMask.None,
    };

    public static string Label(LevelMask mask) => mask switch
    {
        LevelMask.Grassroots => "cấp cơ sở",
        LevelMask.District => "cấp huyện",
        LevelMask.Province => "cấp tỉnh",
        _ => "",
    };
}
