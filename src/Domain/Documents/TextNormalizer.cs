using NhacHan.Domain.Text;

namespace NhacHan.Domain.Documents;

/// <summary>
/// The one normalisation every reader applies before blocks are cut: Unicode NFC (Word files mix precomposed
/// and combining marks) and the like. Quotes are substrings of the normalised text.
/// </summary>
public static class TextNormalizer
{
    public static string Normalize(string text) => VietnameseText.Nfc(text);
}
