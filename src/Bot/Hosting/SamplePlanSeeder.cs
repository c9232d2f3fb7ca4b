using System.Text;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NhacHan.Bot.Options;
using NhacHan.Domain.Parsing;
using NhacHan.Domain.Plans;
using NhacHan.Domain.Storage;

namespace NhacHan.Bot.Hosting;

/// <summary>
/// On first start with an empty store, loads samples/ke-hoach-mau.md with dates placed relative to today,
/// stored as a sample (listed as such, never reminded to Telegram chats). `--no-sample` skips it.
/// </summary>
public sealed partial class SamplePlanSeeder(
    IPlanStore store,
    HostSettings settings,
    TimeProvider time,
    IOptions<ReminderOptions> reminders,
    ILogger<SamplePlanSeeder> log) : IHostedService
{
    public const string FileName = "ke-hoach-mau.md";

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (settings.NoSample || store.All().Count > 0) return Task.CompletedTask;
        var path = Path.Combine(AppContext.BaseDirectory, "samples", FileName);
        if (!File.Exists(path))
        {
            LogMissing(path);
            return Task.CompletedTask;
        }
        var zone = TimeZoneInfo.FindSystemTimeZoneById(reminders.Value.TimeZone);
        var today = LocalCalendar.Today(time, zone);
        var bytes = Encoding.UTF8.GetBytes(SampleTemplate.Render(File.ReadAllText(path), today));
        var parsed = PlanFileParser.Parse(FileName, bytes);
        if (parsed.Plan is null)
        {
            LogUnparsed(parsed.Error?.Message ?? "?");
            return Task.CompletedTask;
        }
        var outcome = store.Save(parsed.Plan, FileName, bytes, "sample", isSample: true);
        LogLoaded(outcome.Stored.Id, parsed.Plan.Deadlines.Count);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sample plan not found at {Path}")]
    private partial void LogMissing(string path);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sample plan could not be parsed: {Reason}")]
    private partial void LogUnparsed(string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded the sample plan {PlanId} with {Count} deadlines")]
    private partial void LogLoaded(string planId, int count);
}
