namespace NhacHan.Domain.Tests.Documents.Support;

/// <summary>Paths of committed fixtures: as copied to the test output, and in the repository (for the generator).</summary>
public static class FixtureFiles
{
    public static string Output(params string[] parts) => Path.Combine([AppContext.BaseDirectory, "fixtures", .. parts]);

    /// <summary>tests/fixtures in the source tree, found from the test output directory.</summary>
    public static string Repository(params string[] parts)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NhacHan.slnx"))) return Path.Combine([dir.FullName, "tests", "fixtures", .. parts]);
        }
        throw new DirectoryNotFoundException("NhacHan.slnx not found above " + AppContext.BaseDirectory);
    }

    /// <summary>Set NHACHAN_WRITE_FIXTURES=1 to (re)write the generated fixtures into the source tree.</summary>
    public static bool WriteRequested => Environment.GetEnvironmentVariable("NHACHAN_WRITE_FIXTURES") == "1";
}
