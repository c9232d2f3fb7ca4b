namespace NhacHan.Bot.Cli;

/// <summary>One verb of the executable: `nhachan &lt;verb&gt; [options]`.</summary>
public interface ICliVerb
{
    string Name { get; }

    /// <summary>One line for the verb list.</summary>
    string Summary { get; }

    /// <summary>The full --help text (usage, options, examples).</summary>
    string Help { get; }

    /// <summary>Options of this verb that take a value (besides --db).</summary>
    IReadOnlySet<string> ValueOptions { get; }

    Task<int> Run(CliArguments args, CliContext context);
}

/// <summary>What a verb needs from its surroundings: output streams and input, so tests can drive verbs.</summary>
public sealed record CliContext(TextReader In, TextWriter Out, TextWriter Error)
{
    /// <summary>Configuration that wins over files and environment (tests).</summary>
    public IReadOnlyDictionary<string, string?>? ConfigOverrides { get; init; }

    /// <summary>Service changes applied last (tests: a fake clock, a log capture).</summary>
    public Action<Microsoft.Extensions.DependencyInjection.IServiceCollection>? ConfigureServices { get; init; }

    public static CliContext FromConsole() => new(Console.In, Console.Out, Console.Error);
}
