using Microsoft.Extensions.Hosting;
using NhacHan.Bot.Hosting;

namespace NhacHan.Bot.Cli.Verbs;

/// <summary>No verb: run the bot (Telegram with a token, else the console chat).</summary>
public sealed class RunVerb : ICliVerb
{
    public string Name => "run";

    public string Summary => "chạy bot (mặc định)";

    public string Help => """
        Cách dùng: nhachan [--db PATH] [--no-sample]

        Chạy bot. Có Bot:Token (cấu hình, biến môi trường Bot__Token hoặc user-secrets) thì chạy bot Telegram;
        không có thì mở trò chuyện trên máy: gõ câu hỏi, nhận câu trả lời từ cùng bộ trả lời với Telegram.
        Lần đầu chạy với kho rỗng sẽ nạp một kế hoạch mẫu có các mốc thời hạn tính từ hôm nay.

          --db PATH     tệp LiteDB (mặc định Storage:DbPath = data/nhachan.db)
          --no-sample   không nạp kế hoạch mẫu
        """;

    public IReadOnlySet<string> ValueOptions { get; } = new HashSet<string>(StringComparer.Ordinal);

    public async Task<int> Run(CliArguments args, CliContext context)
    {
        var settings = new HostSettings
        {
            DbPath = args.Value("--db"),
            NoSample = args.Has("--no-sample"),
            Overrides = context.ConfigOverrides,
            ConfigureServices = context.ConfigureServices,
            Input = context.In == Console.In ? null : context.In,
            Output = context.Out == Console.Out ? null : context.Out,
        };
        return await RunHost(settings).ConfigureAwait(false);
    }

    public static async Task<int> RunHost(HostSettings settings, CancellationToken ct = default)
    {
        using var host = NhacHanHost.Build(settings, HostRole.Run);
        NhacHanHost.ValidateOptions(host.Services);
        await host.RunAsync(ct).ConfigureAwait(false);
        return Environment.ExitCode;
    }
}
