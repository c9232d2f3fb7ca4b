namespace NhacHan.Domain.Documents;

internal enum FileKind
{
    Other,
    Zip,
    Pdf,
    Ole2,
    Rtf,
}

/// <summary>Recognises a file type by its first bytes.</summary>
internal static class FileSniffer
{
    public static FileKind Sniff(ReadOnlySpan<byte> b)
    {
        if (b.StartsWith("PK\u0003\u0004"u8) || b.StartsWith("PK\u0005\u0006"u8)) return FileKind.Zip;
        if (b.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])) return FileKind.Ole2;
        if (b.StartsWith("{\\rtf"u8)) return FileKind.Rtf;
        // The PDF header may follow some junk; readers accept it within the first KB.
        if (b[..Math.Min(b.Length, 1024)].IndexOf("%PDF-"u8) >= 0) return FileKind.Pdf;
        return FileKind.Other;
    }
}
