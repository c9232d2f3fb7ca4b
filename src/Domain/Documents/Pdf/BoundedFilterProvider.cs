using System.IO.Compression;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Tokens;

namespace NhacHan.Domain.Documents.Pdf;

/// <summary>
/// PdfPig's filters with a memory bound: a Flate stream is first inflated into a counting sink (nothing kept),
/// and refused when it would exceed <see cref="MaxStreamBytes"/> (a PDF "flate bomb"); every decoded stream counts
/// against a per-document budget. One instance per document.
/// </summary>
internal sealed class BoundedFilterProvider : IFilterProvider
{
    public const int MaxStreamBytes = 64 * 1024 * 1024;
    public const long MaxDocumentBytes = 512L * 1024 * 1024;

    private readonly IFilterProvider _inner = DefaultFilterProvider.Instance;
    private long _decoded;

    public IReadOnlyList<IFilter> GetFilters(DictionaryToken dictionary) => Wrap(_inner.GetFilters(dictionary));

    public IReadOnlyList<IFilter> GetNamedFilters(IReadOnlyList<NameToken> names) => Wrap(_inner.GetNamedFilters(names));

    public IReadOnlyList<IFilter> GetAllFilters() => Wrap(_inner.GetAllFilters());

    private IReadOnlyList<IFilter> Wrap(IReadOnlyList<IFilter> filters) => filters.Select(f => (IFilter)new Bounded(f, this)).ToList();

    private sealed class Bounded(IFilter inner, BoundedFilterProvider owner) : IFilter
    {
        public bool IsSupported => inner.IsSupported;

        public Memory<byte> Decode(Memory<byte> input, DictionaryToken streamDictionary, IFilterProvider filterProvider, int filterIndex)
        {
            if (inner is FlateFilter && InflatedLengthExceeds(input.Span, MaxStreamBytes))
                throw new DocumentReadException(DocumentErrors.CorruptPdf());
            var output = inner.Decode(input, streamDictionary, filterProvider, filterIndex);
            owner._decoded += output.Length;
            if (output.Length > MaxStreamBytes || owner._decoded > MaxDocumentBytes)
                throw new DocumentReadException(DocumentErrors.CorruptPdf());
            return output;
        }
    }

    /// <summary>Inflates (zlib header skipped, as PdfPig does) into a small reused buffer, stopping past the limit.</summary>
    internal static bool InflatedLengthExceeds(ReadOnlySpan<byte> zlib, long limit)
    {
        if (zlib.Length < 3) return false;
        using var source = new MemoryStream(zlib[2..].ToArray(), writable: false);
        using var inflate = new DeflateStream(source, CompressionMode.Decompress);
        var buffer = new byte[81920];
        long total = 0;
        try
        {
            int n;
            while ((n = inflate.Read(buffer)) > 0)
            {
                total += n;
                if (total > limit) return true;
            }
        }
        catch (InvalidDataException)
        {
            // Damaged data: PdfPig decides what to make of it; what came out so far was within the limit.
        }
        return false;
    }
}
