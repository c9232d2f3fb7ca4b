using NhacHan.Domain.Text;

namespace NhacHan.Domain.Parsing.Text;

/// <summary>
/// Recognises the name of a party body or unit at the start of a sentence ("Ban Tổ chức Huyện ủy chủ trì …",
/// "Các chi bộ, đảng bộ trực thuộc tổng hợp …") and where the action that follows it begins.
/// </summary>
public static class UnitPhrase
{
    // Folded first words a unit name starts with.
    private static readonly string[] Starters =
    [
        "ban ", "cac ", "van phong", "uy ban", "dang uy", "dang bo", "chi bo", "chi uy", "huyen uy", "tinh uy",
        "thanh uy", "thi uy", "quan uy", "mat tran", "ubnd", "ubkt", "hdnd", "cong an", "quan su", "doan ",
        "hoi ", "cap uy", "cap ", "tieu ban", "thuong truc", "trung tam", "phong ", "so ", "bo ", "truong ",
        "to ", "bi thu", "dong chi", "lien doan", "cong doan", "hoi dong", "uy vien", "thuong vu", "bch ", "btv ",
        "dang vien", "chi hoi", "nganh ", "co quan", "don vi", "mttq", "dang doan",
    ];

    // Folded starters that are also other words ("Sơ kết", "bổ sung", "cập nhật", "hỏi", "đoạn", "bàn giao"):
    // the printed first word must be the unit word.
    private static readonly Dictionary<string, string> AmbiguousStarters = new(StringComparer.Ordinal)
    {
        ["so"] = "sở", ["bo"] = "bộ", ["to"] = "tổ", ["cap"] = "cấp", ["hoi"] = "hội", ["doan"] = "đoàn",
        ["truong"] = "trường", ["phong"] = "phòng", ["ban"] = "ban",
    };

    // Verbs (as printed, lower case) that end a leading unit name; word-bounded, case-sensitive.
    private static readonly string[] Verbs =
    [
        "khẩn trương", "căn cứ", "chủ trì", "phối hợp", "tham mưu", "đôn đốc", "tổng hợp", "tập trung",
        "có trách nhiệm", "chịu trách nhiệm", "thực hiện", "triển khai", "xây dựng", "hướng dẫn", "theo dõi",
        "chỉ đạo", "tiếp tục", "chủ động", "quán triệt", "rà soát", "ban hành", "báo cáo", "cho ý kiến",
        "tổ chức", "lãnh đạo", "thẩm định", "giám sát", "nghiên cứu", "hoàn thành", "gửi", "trình", "đăng ký",
        "bố trí", "bảo đảm", "đảm bảo", "phân công", "tuyên truyền", "thành lập", "tiến hành", "phải", "cần",
        "sẽ", "đã", "nắm", "hoàn thiện", "quyết định", "lựa chọn", "tăng cường", "đẩy mạnh", "phát động",
        "vận động", "cung cấp", "dự kiến", "duyệt", "thông qua", "yêu cầu", "đề nghị", "kiểm tra", "tiếp thu",
        "chuẩn y", "kết luận", "định hướng", "bàn giao", "họp", "làm", "nộp", "hoàn chỉnh", "mở", "chuyển",
        "chuẩn bị", "tự", "lấy", "bầu", "thảo luận", "góp ý", "xem xét", "giới thiệu", "đề xuất", "giải quyết",
        "hoàn tất", "kết thúc", "bắt đầu", "tiếp nhận", "phát hiện", "ký", "công bố", "thông báo", "tổng kết", "sơ kết",
        "cập nhật", "khảo sát", "biên soạn", "tập huấn", "bồi dưỡng",
    ];

    /// <summary>"Các nhiệm vụ tiếp tục thực hiện", "Các nội dung …": headings that group work, not bodies.</summary>
    private static readonly string[] WorkGroups = ["cac nhiem vu", "cac noi dung", "cac hoat dong", "cac cong viec", "cac giai doan", "cac buoc", "cac hoi nghi"];

    // Verbs grouped by first letter, so a word start is compared only with verbs that can match there.
    private static readonly Dictionary<char, string[]> VerbsByFirst =
        Verbs.GroupBy(v => v[0]).ToDictionary(g => g.Key, g => g.ToArray());

    public static bool StartsLikeUnit(string text, bool allowLower = false)
    {
        if (text.Length < 3 || !(char.IsUpper(text[0]) || (allowLower && char.IsLower(text[0])))) return false;
        var fold = FastFold.Fold(text.Length > 24 ? text[..24] : text) + " ";
        // "Hội nghị …", "Tổ chức …" name events and actions, not bodies.
        if (fold.StartsWith("hoi nghi", StringComparison.Ordinal) || fold.StartsWith("hoi thao", StringComparison.Ordinal)
            || fold.StartsWith("to chuc ", StringComparison.Ordinal) || fold.StartsWith("ban hanh", StringComparison.Ordinal))
            return false;
        foreach (var g in WorkGroups)
            if (fold.StartsWith(g, StringComparison.Ordinal)) return false;
        foreach (var s in Starters)
            if (fold.StartsWith(s, StringComparison.Ordinal)) return PrintedAsUnitWord(text);
        return false;
    }

    private static bool PrintedAsUnitWord(string text)
    {
        var space = text.IndexOf(' ', StringComparison.Ordinal);
        var first = space < 0 ? text : text[..space];
        var fold = FastFold.Fold(first);
        return !AmbiguousStarters.TryGetValue(fold, out var printed) || first.Equals(printed, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Splits "Unit verb …" at the first action verb after at least one word. Returns the unit name (without
    /// a trailing comma) and the index where the action starts, or null when no unit leads the text.
    /// </summary>
    public static (string Unit, int ActionStart)? SplitLeading(string text, bool allowLower = false)
    {
        if (!StartsLikeUnit(text, allowLower)) return null;
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        var limit = Math.Min(text.Length, 160);
        for (var i = 1; i < limit; i++)
        {
            if (colon >= 0 && i > colon) break;
            if (text[i - 1] != ' ' || !VerbsByFirst.TryGetValue(text[i], out var candidates)) continue;
            foreach (var v in candidates)
            {
                if (!Matches(text, i, v)) continue;
                if (v == "tổ chức" && (FollowedByNoun(text, i + v.Length) || (i >= 4 && string.CompareOrdinal(text, i - 4, "các ", 0, 4) == 0))) continue;
                if (v == "lãnh đạo" && !FollowedBy(text, i + v.Length, ", chỉ đạo", " chỉ đạo", " thực hiện")) continue;
                // "Tiểu ban chuẩn bị Đại hội": preparing a named congress is part of the body's name.
                if (v == "chuẩn bị" && i + v.Length + 1 < text.Length && char.IsUpper(text[i + v.Length + 1])) continue;
                if (v == "kiểm tra" && i >= 7 && text.AsSpan(0, i).TrimEnd().EndsWith("Ủy ban", StringComparison.Ordinal)) continue;
                var unit = text[..(i - 1)].TrimEnd(' ', ',', ';');
                if (unit.Length < 3) return null;
                // "Đoàn kiểm tra làm việc …", "Tổ công tác …": one common noun is no unit; read on. Acronyms are ("UBND").
                if (!unit.Contains(' ', StringComparison.Ordinal) && !unit.All(c => char.IsUpper(c) || !char.IsLetter(c))) continue;
                return (unit, i);
            }
        }
        return null;
    }

    /// <summary>"Unit: action …" — a label ending in a colon within the first words.</summary>
    public static (string Label, int ActionStart)? SplitLabel(string text)
    {
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 1 || colon > 120) return null;
        var label = text[..colon].Trim();
        if (label.Length == 0 || !char.IsUpper(label[0])) return null;
        // A label is a short noun phrase, not a clause with a date or several sentences.
        if (label.Contains('.', StringComparison.Ordinal) || Words.Count(label) > 24) return null;
        var start = colon + 1;
        while (start < text.Length && text[start] == ' ') start++;
        return (label, start);
    }

    /// <summary>Removes "Đối với " / "Đối với các " style lead-ins from a label.</summary>
    public static string StripLeadIn(string label)
    {
        foreach (var lead in (string[])["Đối với ", "đối với ", "Riêng ", "Giao "])
            if (label.StartsWith(lead, StringComparison.Ordinal)) return label[lead.Length..];
        return label;
    }

    private static bool Matches(string text, int i, string word)
    {
        if (i + word.Length > text.Length) return false;
        if (string.CompareOrdinal(text, i, word, 0, word.Length) != 0) return false;
        var after = i + word.Length;
        return after == text.Length || !char.IsLetter(text[after]);
    }

    private static bool FollowedByNoun(string text, int at) =>
        FollowedBy(text, at, " đảng", " cơ sở", " chính trị", " bộ máy", " Đảng");

    private static bool FollowedBy(string text, int at, params string[] options)
    {
        foreach (var o in options)
            if (at + o.Length <= text.Length && string.CompareOrdinal(text, at, o, 0, o.Length) == 0) return true;
        return false;
    }
}
