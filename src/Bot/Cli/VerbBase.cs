using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NhacHan.Bot.Hosting;

namespace NhacHan.Bot.Cli;

/// <summary>Shared plumbing for verbs that work on the store: build the host (no background services).</summary>
public abstract class VerbBase : ICliVerb
{
    public abstract string Name { get; }

    public abstract string Summary { get; }

    public abstract string Help { get; }

    public virtual IReadOnlySet<string> ValueOptions { get; } = new HashSet<string>(StringComparer.Ordinal);

    public abstract Task<int> Run(CliArguments args, CliContext context);

    protected static IHost BuildHost(CliArguments args, CliContext context, Action<IServiceCollection>? configure = null)
    {
        var settings = new HostSettings
        {
            DbPath = args.Value("--db"),
            Overrides = context.ConfigOverrides,
            ConfigureServices = services =>
            {
                configure?.Invoke(services);
                context.ConfigureServices?.Invoke(services);
            },
        };
        var host = NhacHanHost.Build(settings, HostRole.Verb);
        NhacHanHost.ValidateOptions(host.Services);
        return host;
    }

    /// <summary>Accepts "2024-01-20", "20/01/2024" or an ISO date-time; a date means 08:00 local time.</summary>
    public static DateTimeOffset ParseMoment(string value, TimeZoneInfo zone, string option)
    {
        string[] dateFormats = ["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy"];
        if (DateOnly.TryParseExact(value, dateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            var local = d.ToDateTime(new TimeOnly(8, 0));
            return new DateTimeOffset(local, zone.GetUtcOffset(local));
        }
        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var dto)) return dto;
        throw new CliUsageException($"{option} \"{value}\": ngày không hợp lệ (dùng yyyy-MM-dd hoặc dd/MM/yyyy).");
    }

    public static DateOnly ParseDate(string value, string option)
    {
        string[] dateFormats = ["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy"];
        return DateOnly.TryParseExact(value, dateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : throw new CliUsageException($"{option} \"{value}\": ngày không hợp lệ (dùng yyyy-MM-dd hoặc dd/MM/yyyy).");
    }
}
