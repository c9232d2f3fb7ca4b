using NhacHan.Bot.Hosting;

namespace NhacHan.Bot.Cli.Verbs;

/// <summary>`health`: exit 0 when the running bot's heartbeat is fresh (the Docker HEALTHCHECK).</summary>
public sealed class HealthVerb : VerbBase
{
    public override string Name => "health";

    public override string Summary => "kiểm tra bot đang chạy có còn hoạt động (dùng cho Docker HEALTHCHECK)";

    public override string Help => """
        Cách dùng: nhachan health

        Mã thoát 0 khi nhịp tim của bot đang chạy còn mới (ghi mỗi 30 giây vào NHACHAN_HEARTBEAT_FILE,
        mặc định /tmp/nhachan-heartbeat), 1 khi không.
        """;

    public override async Task<int> Run(CliArguments args, CliContext context)
    {
        var healthy = Heartbeat.IsHealthy(TimeProvider.System.GetUtcNow(), out var detail);
        await (healthy ? context.Out : context.Error).WriteLineAsync((healthy ? "OK: " : "LỖI: ") + detail).ConfigureAwait(false);
        return healthy ? 0 : 1;
    }
}
