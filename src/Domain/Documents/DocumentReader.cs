using NhacHan.Domain.Documents.Docx;
using NhacHan.Domain.Documents.Pdf;

namespace NhacHan.Domain.Documents;

/// <summary>Result of reading a file: a document, or a Vietnamese error.</summary>
public sealed record ReadResult(SourceDocument? Document, ParseError? Error)
{
    public static ReadResult Ok(SourceDocument d) => new(d, null);

    public static ReadResult Fail(ParseError e) => new(null, e);
}

/// <summary>
/// Turns file bytes into a <see cref="SourceDocument"/>. The reader is picked by content first (a renamed file
/// is still read correctly), by extension second (to word the error when content and name disagree).
/// </summary>
public static class DocumentReader
{
    /// <summary>Larger than the bot's 20 MB download limit, so the cap only bites on other paths (CLI, tests).</summary>
    public const long MaxBytes = 25L * 1024 * 1024;

    /// <summary>Never throws, whatever the bytes: every failure becomes a <see cref="ParseError"/>.</summary>
    public static ReadResult Read(string fileName, ReadOnlyMemory<byte> bytes)
    {
        fileName ??= "";
        if (bytes.Length == 0) return ReadResult.Fail(DocumentErrors.Empty());
        if (bytes.Length > MaxBytes) return ReadResult.Fail(DocumentErrors.TooLarge(bytes.Length, MaxBytes));
        try
        {
            var document = ReadByKind(fileName, bytes);
            if (!document.Blocks.Any(HasText)) return ReadResult.Fail(DocumentErrors.Empty());
            switch (LegacyFontDetector.Scan(document.Text))
            {
                case { Dominant: true } legacy:
                    return ReadResult.Fail(DocumentErrors.LegacyFont(legacy.Family, legacy.Sample));
                case { } partial:
                    document = document with { Warnings = [.. document.Warnings, DocumentErrors.PartialLegacyFont(partial.Family, partial.Sample)] };
                    break;
            }
            return ReadResult.Ok(document);
        }
        catch (DocumentReadException e)
        {
            return ReadResult.Fail(e.Error);
        }
#pragma warning disable CA1031 // The boundary: third-party readers throw anything on hostile input.
        catch (Exception)
        {
            return ReadResult.Fail(DocumentErrors.Corrupt(Path.GetFileName(fileName)));
        }
#pragma warning restore CA1031
    }

    private static SourceDocument ReadByKind(string fileName, ReadOnlyMemory<byte> bytes)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        switch (FileSniffer.Sniff(bytes.Span))
        {
            case FileKind.Zip:
                return DocxReader.Read(fileName, bytes);
            case FileKind.Pdf:
                return PdfReader.Read(fileName, bytes);
            case FileKind.Ole2:
                // A password-protected .docx is also an OLE2 container; say which problem it is.
                throw new DocumentReadException(extension is ".docx" or ".docm"
                    ? DocumentErrors.EncryptedOffice()
                    : DocumentErrors.LegacyWordDoc());
            case FileKind.Rtf:
                throw new DocumentReadException(DocumentErrors.Rtf());
            default:
                if (extension is ".docx" or ".pdf") throw new DocumentReadException(DocumentErrors.ExtensionMismatch(extension));
                if (extension is ".doc") throw new DocumentReadException(DocumentErrors.LegacyWordDoc());
                return ReadText(fileName, bytes.Span);
        }
    }

    private static SourceDocument ReadText(string fileName, ReadOnlySpan<byte> bytes)
    {
        var text = TextDecoder.TryDecode(bytes);
        if (text is null)
        {
            // An 8-bit TCVN3/VNI file is not UTF-8; read as Latin-1 it shows the legacy pattern.
            var latin1 = System.Text.Encoding.Latin1.GetString(bytes);
            if (LegacyFontDetector.Detect(latin1) is { } legacy)
                throw new DocumentReadException(DocumentErrors.LegacyFont(legacy.Family, legacy.Sample));
            throw new DocumentReadException(DocumentErrors.Unsupported());
        }
        // PlainTextReader normalises too; Normalize is idempotent, so this only guarantees it for every path.
        return PlainTextReader.Read(fileName, TextNormalizer.Normalize(text));
    }

    private static bool HasText(Block block) => block switch
    {
        ParagraphBlock p => !string.IsNullOrWhiteSpace(p.Text),
        TableBlock t => t.Rows.Any(r => r.Cells.Any(c => c.Paragraphs.Any(HasText))),
        _ => false,
    };
}
