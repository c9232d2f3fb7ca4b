namespace NhacHan.Bot.Cli;

/// <summary>
/// The parsed command line: an optional verb, positional arguments, and options ("--db PATH", "--json").
/// Options that take a value are declared per verb; the rest are flags.
/// </summary>
public sealed class CliArguments
{
    private readonly Dictionary<string, string?> _options;

    private CliArguments(string? verb, IReadOnlyList<string> positional, Dictionary<string, string?> options)
    {
        Verb = verb;
        Positional = positional;
        _options = options;
    }

    public string? Verb { get; }

    public IReadOnlyList<string> Positional { get; }

    public bool Has(string option) => _options.ContainsKey(option);

    public string? Value(string option) => _options.TryGetValue(option, out var v) ? v : null;

    public IEnumerable<string> OptionNames => _options.Keys;

    /// <summary>Options every verb accepts that take a value.</summary>
    public static readonly IReadOnlySet<string> GlobalValueOptions = new HashSet<string>(StringComparer.Ordinal) { "--db" };

    /// <summary>Splits args. The first non-option token is the verb when it names one.</summary>
    public static CliArguments Parse(string[] args, IReadOnlySet<string> knownVerbs, IReadOnlySet<string> valueOptions)
    {
        string? verb = null;
        var positional = new List<string>();
        var options = new Dictionary<string, string?>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
        {
            var a = args[i];
            if (a.StartsWith("--", StringComparison.Ordinal) && a.Length > 2)
            {
                var eq = a.IndexOf('=', StringComparison.Ordinal);
                if (eq > 0)
                {
                    options[a[..eq]] = a[(eq + 1)..];
                }
                else if (valueOptions.Contains(a) || GlobalValueOptions.Contains(a))
                {
                    if (i + 1 >= args.Length) throw new CliUsageException($"Thiếu giá trị cho {a}.");
                    options[a] = args[++i];
                }
                else
                {
                    options[a] = null;
                }
            }
            else if (a is "-h")
            {
                options["--help"] = null;
            }
            else if (verb is null && positional.Count == 0 && knownVerbs.Contains(a))
            {
                verb = a;
            }
            else
            {
                positional.Add(a);
            }
        }
        return new CliArguments(verb, positional, options);
    }
}

/// <summary>Bad usage: the message is shown with the verb's help, exit code 2.</summary>
public sealed class CliUsageException(string message) : Exception(message);
