using Microsoft.Extensions.DependencyInjection;

namespace NhacHan.Bot.Hosting;

/// <summary>What the command line (or a test) tells the host besides configuration.</summary>
public sealed record HostSettings
{
    /// <summary>`--db PATH`; overrides Storage:DbPath.</summary>
    public string? DbPath { get; init; }

    /// <summary>`--no-sample`: do not load the sample plan into an empty store.</summary>
    public bool NoSample { get; init; }

    /// <summary>Extra configuration that wins over files and environment (tests).</summary>
    public IReadOnlyDictionary<string, string?>? Overrides { get; init; }

    /// <summary>Console chat input and output; default the process's console.</summary>
    public TextReader? Input { get; init; }

    public TextWriter? Output { get; init; }

    /// <summary>Last-word service changes (tests: a FakeTimeProvider, a log capture).</summary>
    public Action<IServiceCollection>? ConfigureServices { get; init; }
}
