namespace NhacHan.Domain.Documents.Pdf;

internal static class PdfReader
{
    public static SourceDocument Read(string fileName, ReadOnlyMemory<byte> bytes) =>
        throw new DocumentReadException(DocumentErrors.CorruptPdf());
}
