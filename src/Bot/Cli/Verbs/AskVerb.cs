using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NhacHan.Bot.ConsoleChat;
using NhacHan.Bot.Options;
using NhacHan.Domain.Answers;

namespace NhacHan.Bot.Cli.Verbs;

/// <summary>`ask "question" [--now DATE]`: one answer from the conversation engine.</summary>
public sealed class AskVerb : VerbBase
{
    public override string Name => "ask";

    public override string Summary => "hỏi một câu, in câu trả lời (--now DATE để giả định hôm nay)";

    public override string Help => """
        Cách dùng: nhachan ask "câu hỏi" [--now DATE] [--db PATH]

        Trả lời bằng đúng bộ trả lời của bot. --now đặt "bây giờ" (yyyy-MM-dd hoặc dd/MM/yyyy, 08:00 giờ Việt Nam)
        để xem đếm ngược như vào ngày đó. Ví dụ: nhachan ask "han nop bao cao tong ket ct 35" --now 2024-01-20
        """;

    public override IReadOnlySet<string> ValueOptions { get; } = new HashSet<string>(StringComparer.Ordinal) { "--now" };

    public override async Task<int> Run(CliArguments args, CliContext context)
    {
        if (args.Positional.Count == 0) throw new CliUsageException("Cần một câu hỏi.");
        var question = string.Join(' ', args.Positional);
        var now = args.Value("--now");
        using var host = BuildHost(args, context, services =>
        {
            if (now is null) return;
            services.AddSingleton<TimeProvider>(sp =>
            {
                var zone = TimeZoneInfo.FindSystemTimeZoneById(sp.GetRequiredService<IOptions<ReminderOptions>>().Value.TimeZone);
                return new FixedTimeProvider(ParseMoment(now, zone, "--now"));
            });
        });
        var engine = host.Services.GetRequiredService<IConversationEngine>();
        var answer = engine.Ask(question, profile: null);
        await context.Out.WriteLineAsync(ConsoleRenderer.Render(answer)).ConfigureAwait(false);
        return 0;
    }
}

/// <summary>A clock stopped at one moment (the `--now` option).</summary>
public sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
}
