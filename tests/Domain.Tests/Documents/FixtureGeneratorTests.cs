using System.Text;
using NhacHan.Domain.Documents;
using NhacHan.Domain.Tests.Documents.Support;

namespace NhacHan.Domain.Tests.Documents;

/// <summary>
/// Builds the generated fixtures and checks that the committed files read the same as freshly built ones (so
/// the generator and the files cannot drift apart). With NHACHAN_WRITE_FIXTURES=1 it first rewrites them.
/// </summary>
public class FixtureGeneratorTests
{
    public static TheoryData<string> Generated => [FixturePlans.Docx01 + ".docx", FixturePlans.Docx02 + ".docx", FixturePlans.Pdf01 + ".pdf"];

    private static byte[]? Build(string name) => name switch
    {
        FixturePlans.Docx01 + ".docx" => FixturePlans.BuildDocx01(),
        FixturePlans.Docx02 + ".docx" => FixturePlans.BuildDocx02(),
        FixturePlans.Pdf01 + ".pdf" => PdfFactory.VietnameseFontPath is { } font ? FixturePlans.BuildPdf01(File.ReadAllBytes(font)) : null,
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    [Theory]
    [MemberData(nameof(Generated))]
    public void Committed_plan_fixture_matches_the_generator(string name)
    {
        var built = Build(name);
        if (built is null) return; // No Vietnamese TrueType font on this machine: the committed PDF is used as is.
        if (FixtureFiles.WriteRequested) File.WriteAllBytes(FixtureFiles.Repository("plans", name), built);
        var fresh = DocumentReader.Read(name, built);
        var committed = DocumentReader.Read(name, File.ReadAllBytes(Committed("plans", name)));
        Assert.Null(fresh.Error);
        Assert.Null(committed.Error);
        Assert.Equal(fresh.Document!.Text, committed.Document!.Text);
    }

    [Fact]
    public void Small_reader_fixtures_are_up_to_date()
    {
        var files = SmallFixtures();
        foreach (var (name, bytes, exact) in files)
        {
            if (FixtureFiles.WriteRequested) File.WriteAllBytes(FixtureFiles.Repository("documents", name), bytes);
            var committed = File.ReadAllBytes(Committed("documents", name));
            if (exact) Assert.Equal(bytes, committed);
            else Assert.Equal(DocumentReader.Read(name, bytes).Error?.Code, DocumentReader.Read(name, committed).Error?.Code);
        }
    }

    /// <summary>Where the committed file is read from: the source tree right after writing, else the test output copy.</summary>
    private static string Committed(string folder, string name) =>
        FixtureFiles.WriteRequested ? FixtureFiles.Repository(folder, name) : FixtureFiles.Output(folder, name);

    /// <summary>Deterministic small files for the reader tests (no zip timestamps involved except the truncated docx, cut from a fixed build).</summary>
    internal static IReadOnlyList<(string Name, byte[] Bytes, bool Exact)> SmallFixtures()
    {
        var ole2 = new byte[1024];
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(ole2, 0);
        return
        [
            ("tcvn3_abc.txt", Encoding.UTF8.GetBytes(LegacyFontDetectorTests.Tcvn3Sample + "\n"), true),
            ("tcvn3_8bit.txt", Encoding.Latin1.GetBytes(LegacyFontDetectorTests.Tcvn3Sample + "\n"), true),
            ("vni_times.txt", Encoding.UTF8.GetBytes(LegacyFontDetectorTests.VniSample + "\n"), true),
            ("word97.doc", ole2, true),
            ("scan_image_only.pdf", PdfFactory.ImageOnlyPdf(), false),
            ("truncated.docx", FixturePlans.BuildDocx01()[..2500], false),
        ];
    }
}
