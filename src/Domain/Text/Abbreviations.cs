namespace NhacHan.Domain.Text;

/// <summary>
/// Expands the abbreviations secretaries type ("btc huyen uy", "kh 146", "ct 35") over folded syllables.
/// "hu", "tu", "du" are ordinary syllables too ("từ", "tư"), so they expand only right after a body's
/// name ("btv tu", "van phong hu").
/// </summary>
public static class Abbreviations
{
    private static readonly Dictionary<string, string[]> Always = new(StringComparer.Ordinal)
    {
        ["btc"] = ["ban", "to", "chuc"],
        ["btv"] = ["ban", "thuong", "vu"],
        ["bch"] = ["ban", "chap", "hanh"],
        ["ubkt"] = ["uy", "ban", "kiem", "tra"],
        ["vptu"] = ["van", "phong", "tinh", "uy"],
        ["vphu"] = ["van", "phong", "huyen", "uy"],
        ["mttq"] = ["mat", "tran", "to", "quoc"],
        ["btgdv"] = ["ban", "tuyen", "giao", "va", "dan", "van"],
        ["btg"] = ["ban", "tuyen", "giao"],
        ["ubnd"] = ["uy", "ban", "nhan", "dan"],
        ["hdnd"] = ["hoi", "dong", "nhan", "dan"],
        ["dukk"] = ["dang", "uy", "khoi"],
        ["kh"] = ["ke", "hoach"],
        ["ct"] = ["chi", "thi"],
        ["nq"] = ["nghi", "quyet"],
        ["hd"] = ["huong", "dan"],
        ["kl"] = ["ket", "luan"],
        ["vp"] = ["van", "phong"],
        ["bt"] = ["bi", "thu"],
        ["pbt"] = ["pho", "bi", "thu"],
    };

    private static readonly Dictionary<string, string[]> AfterBody = new(StringComparer.Ordinal)
    {
        ["hu"] = ["huyen", "uy"],
        ["tu"] = ["tinh", "uy"],
        ["du"] = ["dang", "uy"],
    };

    /// <summary>Last syllables of a body's name, after which "hu"/"tu"/"du" mean huyện/tỉnh/đảng ủy.</summary>
    private static readonly HashSet<string> BodyEnds = new(StringComparer.Ordinal)
    {
        "vu", "chuc", "hanh", "tra", "phong", "giao", "van", "truc", "ban", "khoi",
    };

    public static List<string> Expand(IReadOnlyList<string> syllables)
    {
        var result = new List<string>(syllables.Count + 8);
        for (var i = 0; i < syllables.Count; i++)
        {
            var s = syllables[i];
            if (Always.TryGetValue(s, out var full))
            {
                result.AddRange(full);
            }
            else if (AfterBody.TryGetValue(s, out var body) && result.Count > 0 && BodyEnds.Contains(result[^1]))
            {
                result.AddRange(body);
            }
            else
            {
                result.Add(s);
            }
        }
        return result;
    }
}
