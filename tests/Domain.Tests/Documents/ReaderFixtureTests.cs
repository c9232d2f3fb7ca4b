using NhacHan.Domain.Documents;
using NhacHan.Domain.Tests.Documents.Support;

namespace NhacHan.Domain.Tests.Documents;

/// <summary>The committed small files in tests/fixtures/documents, each with the error an admin would see.</summary>
public class ReaderFixtureTests
{
    [Theory]
    [InlineData("tcvn3_abc.txt", ParseErrorCode.LegacyVietnameseFont, "TCVN3")]
    [InlineData("tcvn3_8bit.txt", ParseErrorCode.LegacyVietnameseFont, "TCVN3")]
    [InlineData("vni_times.txt", ParseErrorCode.LegacyVietnameseFont, "VNI")]
    [InlineData("word97.doc", ParseErrorCode.LegacyWordDoc, ".doc (Word cũ)")]
    [InlineData("scan_image_only.pdf", ParseErrorCode.ScannedPdf, "bản scan")]
    [InlineData("truncated.docx", ParseErrorCode.Corrupt, "bị hỏng")]
    public void Fixture_gives_its_error(string file, ParseErrorCode code, string inMessage)
    {
        var error = DocumentReader.Read(file, File.ReadAllBytes(FixtureFiles.Output("documents", file))).Error;
        Assert.NotNull(error);
        Assert.Equal(code, error.Code);
        Assert.Contains(inMessage, error.Message, StringComparison.Ordinal);
    }
}
