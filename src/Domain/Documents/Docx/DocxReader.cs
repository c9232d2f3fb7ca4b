using System.Xml;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;

namespace NhacHan.Domain.Documents.Docx;

/// <summary>
/// .docx → <see cref="SourceDocument"/>: <see cref="ZipGuard"/> first, then the OpenXML SDK resolves the package
/// (main, numbering and styles parts); numbering and styles are small and loaded whole, the main part is streamed
/// by <see cref="DocxBodyReader"/>. See <see cref="DocumentTextBuilder"/> for how the text is rendered.
/// </summary>
internal static class DocxReader
{
    public static SourceDocument Read(string fileName, ReadOnlyMemory<byte> bytes)
    {
        ZipGuard.Check(bytes);
        using var stream = ReadOnlyMemoryStreamFactory.Create(bytes);
        WordprocessingDocument package;
        try
        {
            package = WordprocessingDocument.Open(stream, false, new OpenSettings { AutoSave = false });
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or IOException or FileFormatException or XmlException)
        {
            throw new DocumentReadException(DocumentErrors.CorruptDocx());
        }
        using (package)
        {
            var main = package.MainDocumentPart ?? throw new DocumentReadException(DocumentErrors.NotAWordDocument());
            try
            {
                var numbering = new DocxNumbering(Load(main.NumberingDefinitionsPart), Load(main.StyleDefinitionsPart));
                using var xml = new CountingStream(main.GetStream(FileMode.Open, FileAccess.Read), ZipGuard.MaxEntryUncompressed);
                var (text, blocks) = DocxBodyReader.Read(xml, numbering);
                return new SourceDocument(fileName, text, blocks);
            }
            catch (Exception e) when (e is XmlException or InvalidDataException or IOException)
            {
                throw new DocumentReadException(DocumentErrors.CorruptDocx());
            }
        }
    }

    /// <summary>numbering.xml and styles.xml: small parts, loaded whole (size-bounded, no DTD).</summary>
    private static XDocument? Load(OpenXmlPart? part)
    {
        if (part is null) return null;
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true };
        using var s = new CountingStream(part.GetStream(FileMode.Open, FileAccess.Read), ZipGuard.MaxEntryUncompressed);
        using var reader = XmlReader.Create(s, settings);
        return XDocument.Load(reader, LoadOptions.None);
    }
}
