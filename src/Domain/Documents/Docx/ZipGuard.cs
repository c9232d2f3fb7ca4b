using System.IO.Compression;
using System.Xml;

namespace NhacHan.Domain.Documents.Docx;

/// <summary>
/// Checks a .docx zip before the OpenXML SDK opens it: entry count, declared and ACTUAL uncompressed sizes
/// (every entry is inflated once through a counting stream, so lying headers do not help a zip bomb), the
/// compression ratio of large entries, and the XML nesting depth of word/document.xml (so no reader recurses
/// without bound). Throws <see cref="DocumentReadException"/>.
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
                catch (XmlException)
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
        using var raw = entry.Open();
        using var counting = new CountingStream(raw, limit);
        if (string.Equals(entry.FullName, DocumentPart, StringComparison.OrdinalIgnoreCase)) CheckDepth(counting);
        else counting.CopyTo(Stream.Null);
        return counting.Count;
    }

    private static void CheckDepth(Stream xml)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true, IgnoreWhitespace = true };
        using var reader = XmlReader.Create(xml, settings);
        while (reader.Read())
        {
            if (reader.Depth > MaxXmlDepth) throw new DocumentReadException(DocumentErrors.TooComplex());
        }
    }

    /// <summary>Passes reads through, failing once more than the limit (the declared size) comes out.</summary>
    private sealed class CountingStream(Stream inner, long limit) : Stream
    {
        public long Count { get; private set; }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var n = inner.Read(buffer);
            Count += n;
            if (Count > limit) throw new DocumentReadException(DocumentErrors.ZipTooLarge());
            return n;
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => Count; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
