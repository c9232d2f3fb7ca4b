namespace NhacHan.Bot.Cli.Verbs;

/// <summary>`reminders --from DATE --to DATE [--chat ID]`: the schedule, without sending anything.</summary>
public sealed class RemindersVerb : VerbBase
{
    public override string Name => "reminders";

    public override string Summary => "in lịch nhắc hạn trong một khoảng ngày (không gửi gì)";

    public override string Help => """
        Cách dùng: nhachan reminders --from DATE --to DATE [--chat ID] [--db PATH]

        In mỗi lời nhắc một dòng: giờ gửi, ngày hạn (dd/MM/yyyy), kế hoạch và cuộc trò chuyện.
        Không có --chat: như một cuộc trò chuyện theo dõi mọi kế hoạch sẽ nhận.
        """;

    public override IReadOnlySet<string> ValueOptions { get; } = new HashSet<string>(StringComparer.Ordinal) { "--from", "--to", "--chat" };

    public override async Task<int> Run(CliArguments args, CliContext context)
    {
        await context.Error.WriteLineAsync("Lệnh reminders chưa được xây dựng trong bản này.").ConfigureAwait(false);
        return 4;
    }
}
