using System.Globalization;
using System.Text;
using NhacHan.Domain.Text;

namespace NhacHan.Domain.Parsing.Text;

/// <summary>
/// "TỈNH ỦY THỪA THIÊN HUẾ" → "Tỉnh ủy Thừa Thiên Huế", "BAN THƯỜNG VỤ HUYỆN ỦY" → "Ban Thường vụ Huyện ủy":
/// the way party bodies are written in running text.
/// </summary>
public static class NormalCase
{
    // Folded words written in lower case inside a body's name.
    private static readonly HashSet<string> Lower = ["uy", "vu", "bo", "va", "cua", "truc", "thuoc", "hanh", "chuc", "tra", "giao", "van", "tich", "cac", "co"];

    // Folded words written in lower case when a proper name follows (administrative levels).
    private static readonly HashSet<string> LevelWords = ["xa", "phuong", "huyen", "tinh", "quan", "thi", "tran", "thanh", "pho"];

    // Names of administrative bodies and sectors as written in running text; applied after word casing.
    private static readonly string[] Phrases =
    [
        "Ủy ban nhân dân", "Hội đồng nhân dân", "Ủy ban Kiểm tra", "Mặt trận Tổ quốc", "Giáo dục và Đào tạo",
        "Công an", "Quân sự", "Dân vận", "Tuyên giáo", "Nội vụ", "Tư pháp", "Tài chính", "Y tế", "Xây dựng",
        "Kế hoạch và Đầu tư", "Khoa học và Công nghệ", "Thông tin và Truyền thông", "Tài nguyên và Môi trường",
        "Nông nghiệp và Phát triển nông thôn", "Lao động - Thương binh và Xã hội", "Văn hóa, Thể thao và Du lịch",
        "Giao thông vận tải", "Công Thương", "Ngoại vụ", "Thanh tra", "Văn phòng",
    ];

    public static string FromUpper(string upper)
    {
        var cased = CaseWords(upper);
        foreach (var p in Phrases)
        {
            var at = cased.IndexOf(p, StringComparison.OrdinalIgnoreCase);
            if (at >= 0 && (at + p.Length == cased.Length || !char.IsLetter(cased[at + p.Length])))
                cased = string.Concat(cased.AsSpan(0, at), at == 0 ? Capitalized(p) : p, cased.AsSpan(at + p.Length));
        }
        return cased;
    }

    private static string Capitalized(string p) => char.ToUpperInvariant(p[0]) + p[1..];

    private static string CaseWords(string upper)
    {
        var words = upper.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var sb = new StringBuilder(upper.Length);
        var ti = CultureInfo.GetCultureInfo("vi-VN").TextInfo;
        for (var i = 0; i < words.Length; i++)
        {
            var w = words[i];
            var lower = ti.ToLower(w);
            var fold = FastFold.Fold(w);
            string outWord;
            if (IsAcronym(fold)) outWord = w; // "UBND", "HĐND", "MTTQ"
            else if (i == 0) outWord = Capitalize(lower, ti);
            else if (Lower.Contains(fold) && !(fold == "bo" && i == 0)) outWord = lower;
            else if (fold == "quan" && i > 0 && FastFold.Fold(words[i - 1]) == "co") outWord = lower; // "cơ quan"
            else if (LevelWords.Contains(fold) && !IsBodyWord(words, i)
                     && (i + 1 == words.Length || !Lower.Contains(FastFold.Fold(words[i + 1]))))
                outWord = lower; // "xã An Bình", "Đảng bộ tỉnh", "các cơ quan tỉnh"
            else outWord = Capitalize(lower, ti);
            // "Ban Thường vụ Huyện ủy": the body after "Thường vụ"/"Chấp hành"/"Tổ chức" is capitalised.
            if (sb.Length > 0) sb.Append(' ');
            sb.Append(outWord);
        }
        return sb.ToString();
    }

    /// <summary>
    /// "UBND", "HĐND", "MTTQ", "ĐUTTTU": no vowel, a final consonant pair no Vietnamese syllable ends in, or a
    /// run of three consonants.
    /// </summary>
    private static bool IsAcronym(string fold)
    {
        if (fold.Length < 2) return false;
        static bool Vowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';
        var vowels = 0;
        var run = 0;
        foreach (var c in fold)
        {
            if (!char.IsLetter(c)) return false;
            if (Vowel(c)) { vowels++; run = 0; }
            else if (++run >= 3 && !fold.Contains("ngh", StringComparison.Ordinal)) return true;
        }
        if (vowels == 0) return true;
        var tail = fold[^2..];
        return !Vowel(tail[0]) && !Vowel(tail[1]) && tail is not ("ch" or "nh" or "ng");
    }

    // "huyện" in "HUYỆN ỦY" is part of the body's name.
    private static bool IsBodyWord(string[] words, int i) =>
        i + 1 < words.Length && FastFold.Fold(words[i + 1]) == "uy";

    private static string Capitalize(string w, TextInfo ti) =>
        w.Length == 0 ? w : ti.ToUpper(w[0]) + w[1..];
}
