using System.Globalization;
using Microsoft.Extensions.Hosting;

namespace NhacHan.Bot.Hosting;

/// <summary>
/// Writes the time to a file every 30 s while the bot runs; `nhachan health` (the Docker HEALTHCHECK)
/// reports unhealthy when the file is missing or stale, i.e. the process hung or died.
/// </summary>
public sealed class Heartbeat(TimeProvider time) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(30);

    public static string FilePath =>
        Environment.GetEnvironmentVariable("NHACHAN_HEARTBEAT_FILE") is { Length: > 0 } p
            ? p
            : Path.Combine(Path.GetTempPath(), "nhachan-heartbeat");

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        do
        {
            await File.WriteAllTextAsync(FilePath, time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture), stoppingToken)
                .ConfigureAwait(false);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    /// <summary>Healthy when the last beat is at most three intervals old.</summary>
    public static bool IsHealthy(DateTimeOffset now, out string detail)
    {
        if (!File.Exists(FilePath))
        {
            detail = "chưa có nhịp tim (bot chưa chạy?)";
            return false;
        }
        if (!DateTimeOffset.TryParse(File.ReadAllText(FilePath), CultureInfo.InvariantCulture, DateTimeStyles.None, out var last))
        {
            detail = "tệp nhịp tim hỏng";
            return false;
        }
        var age = now - last;
        detail = $"nhịp tim cách đây {age.TotalSeconds:0} giây";
        return age <= Interval * 3;
    }
}
