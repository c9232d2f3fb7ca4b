using System.Security.Cryptography;
using System.Text;
using NhacHan.Domain.Plans;
using NhacHan.Domain.Text;

namespace NhacHan.Domain.Storage;

/// <summary>
/// Which stored plan a parsed plan is "the same plan" as. Numbers restart each term, so a number alone is not
/// unique: number + issuer + issue date where printed, else title + issuer (all folded).
/// </summary>
public static class PlanIdentity
{
    public static string Of(Plan plan)
    {
        var issuer = VietnameseText.Fold(plan.Issuer ?? "");
        if (!string.IsNullOrWhiteSpace(plan.Number))
        {
            var date = plan.IssuedOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)
                ?? plan.IssuedMonth?.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture) ?? "";
            return $"n:{NumberKey(plan.Number)}|{issuer}|{date}";
        }
        return $"t:{VietnameseText.Fold(plan.Title)}|{issuer}";
    }

    /// <summary>"146-KH/TU" → "146-kh/tu": folded, spaces removed, for number look-ups.</summary>
    public static string NumberKey(string number) =>
        VietnameseText.Fold(number).Replace(" ", "", StringComparison.Ordinal);

    /// <summary>A short, callback-safe id (10 lowercase base32 characters) derived from the identity.</summary>
    public static string ShortId(string identity, int attempt = 0)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(attempt == 0 ? identity : $"{identity}#{attempt}"));
        const string alphabet = "abcdefghijkmnpqrstuvwxyz23456789";
        var sb = new StringBuilder(10);
        ulong bits = BitConverter.ToUInt64(hash, 0);
        for (var i = 0; i < 10; i++)
        {
            sb.Append(alphabet[(int)(bits & 31)]);
            bits >>= 5;
        }
        return sb.ToString();
    }

    public static string Sha256Hex(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
