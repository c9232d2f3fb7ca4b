using System.IO.Compression;

namespace NhacHan.Domain.Documents.Docx;

/// <summary>
/// Checks a .docx zip before the OpenXML SDK opens it: entry count, declared and ACTUAL uncompressed sizes
/// (every entry but word/document.xml is inflated once through a counting stream, so lying headers do not help a
/// zip bomb; word/document.xml is counted the same way while <see cref="DocxBodyReader"/> streams it, which also
/// enforces <see cref="MaxXmlDepth"/>), and the compression ratio of large entries.
/// Throws <see cref="DocumentReadException"/>.
/// </summary>
internal static class ZipGuard
{
    public const int MaxEntries = 2_000;
    public const long MaxTotalUncompressed = 200L * 1024 * 1024;
    public const long MaxEntryUncompressed = 100L * 1024 * 1024;

    /// <summary>Word's XML compresses about 10:1; 200:1 on a megabyte or more is a bomb, not a document.</summary>
    public const long MaxRatio = 200;

    public const int MaxXmlDepth = 1_000;

    public const string DocumentPart = "word/document.xml";

    public static void Check(ReadOnlyMemory<byte> bytes)
    {
        ZipArchive zip;
        try
        {
            zip = new ZipArchive(ReadOnlyMemoryStreamFactory.Create(bytes), ZipArchiveMode.Read);
        }
        catch (InvalidDataException)
        {
            throw new DocumentReadException(DocumentErrors.CorruptDocx());
        }
        using (zip)
        {
            if (zip.Entries.Count > MaxEntries) throw new DocumentReadException(DocumentErrors.ZipTooLarge());
            if (zip.GetEntry(DocumentPart) is null)
                throw new DocumentReadException(DocumentErrors.NotAWordDocument());
            long declaredTotal = 0;
            foreach (var entry in zip.Entries)
            {
                declaredTotal += entry.Length;
                if (entry.Length > MaxEntryUncompressed || declaredTotal > MaxTotalUncompressed || IsBombRatio(entry.Length, entry.CompressedLength))
                    throw new DocumentReadException(DocumentErrors.ZipTooLarge());
            }
            long actualTotal = 0;
            foreach (var entry in zip.Entries)
            {
                try
                {
                    actualTotal += Inflate(entry, MaxTotalUncompressed - actualTotal);
                }
                catch (InvalidDataException)
                {
                    throw new DocumentReadException(DocumentErrors.CorruptDocx());
                }
            }
        }
    }

    private static bool IsBombRatio(long uncompressed, long compressed) =>
        uncompressed >= 1024 * 1024 && uncompressed > MaxRatio * Math.Max(compressed, 1);

    private static long Inflate(ZipArchiveEntry entry, long budget)
    {
        var limit = Math.Min(budget, Math.Min(MaxEntryUncompressed, Math.Max(entry.Length, 0)));
        // The main part is streamed once by the body reader, under the same limit; inflating it here too would double the cost.
        if (string.Equals(entry.FullName, DocumentPart, StringComparison.OrdinalIgnoreCase)) return Math.Max(entry.Length, 0);
        using var counting = new CountingStream(entry.Open(), limit);
        counting.CopyTo(Stream.Null);
        return counting.Count;
    }
}
