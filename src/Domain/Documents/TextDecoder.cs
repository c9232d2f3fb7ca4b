using System.Text;

namespace NhacHan.Domain.Documents;

/// <summary>
/// Bytes of a .txt/.md file → string: UTF-8 with or without BOM, UTF-16 LE/BE with a BOM or recognised by its
/// NUL bytes, UTF-32 with a BOM. Anything else (binary, or an 8-bit code page) is not text we accept.
/// </summary>
internal static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The decoded text, or null when the bytes are not text in an encoding we accept.</summary>
    public static string? TryDecode(ReadOnlySpan<byte> bytes)
    {
        var encoding = DetectEncoding(bytes, out var bomLength);
        string text;
        try
        {
            text = encoding.GetString(bytes[bomLength..]);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
        return LooksLikeText(text) ? text : null;
    }

    internal static Encoding DetectEncoding(ReadOnlySpan<byte> b, out int bomLength)
    {
        bomLength = 0;
        if (b.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) { bomLength = 3; return StrictUtf8; }
        if (b.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00])) { bomLength = 4; return new UTF32Encoding(false, false, true); }
        if (b.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF])) { bomLength = 4; return new UTF32Encoding(true, false, true); }
        if (b.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) { bomLength = 2; return new UnicodeEncoding(false, false, true); }
        if (b.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) { bomLength = 2; return new UnicodeEncoding(true, false, true); }
        return DetectBomlessUtf16(b) switch
        {
            true => new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true),
            false => new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true),
            null => StrictUtf8,
        };
    }

    /// <summary>
    /// UTF-16 without a BOM: text (even Vietnamese) has many code units below 0x100, so one byte of each pair is
    /// NUL far more often on one side than the other. Returns true for BE, false for LE, null for "not UTF-16".
    /// </summary>
    private static bool? DetectBomlessUtf16(ReadOnlySpan<byte> b)
    {
        var pairs = Math.Min(b.Length / 2, 4096);
        if (pairs < 2) return null;
        int evenNul = 0, oddNul = 0;
        for (var i = 0; i < pairs; i++)
        {
            if (b[2 * i] == 0) evenNul++;
            if (b[2 * i + 1] == 0) oddNul++;
        }
        if (oddNul * 10 >= pairs * 3 && evenNul * 20 <= pairs) return false;
        if (evenNul * 10 >= pairs * 3 && oddNul * 20 <= pairs) return true;
        return null;
    }

    /// <summary>No NUL, and control characters (other than tab/newline/form feed) are rare.</summary>
    private static bool LooksLikeText(string text)
    {
        var controls = 0;
        foreach (var c in text)
        {
            if (c == '\0') return false;
            if (c < ' ' && c is not ('\t' or '\n' or '\r' or '\f')) controls++;
        }
        return controls * 100 <= text.Length;
    }
}
