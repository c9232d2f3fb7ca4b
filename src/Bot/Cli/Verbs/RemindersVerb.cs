using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NhacHan.Bot.Options;
using NhacHan.Domain.Reminders;
using NhacHan.Domain.Storage;

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
        DATE: yyyy-MM-dd hoặc dd/MM/yyyy; cả hai ngày đều được tính (giờ Việt Nam).
        Ví dụ: nhachan reminders --from 2024-01-15 --to 2024-02-15 --chat 123456
        """;

    public override IReadOnlySet<string> ValueOptions { get; } = new HashSet<string>(StringComparer.Ordinal) { "--from", "--to", "--chat" };

    public override async Task<int> Run(CliArguments args, CliContext context)
    {
        var from = ParseDate(args.Value("--from") ?? throw new CliUsageException("Cần --from DATE."), "--from");
        var to = ParseDate(args.Value("--to") ?? throw new CliUsageException("Cần --to DATE."), "--to");
        if (to < from) throw new CliUsageException("--to phải không sớm hơn --from.");
        long? chatId = null;
        if (args.Value("--chat") is { } c)
        {
            chatId = long.TryParse(c, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var id)
                ? id
                : throw new CliUsageException($"--chat \"{c}\": mã cuộc trò chuyện phải là số.");
        }

        using var host = BuildHost(args, context);
        var settings = host.Services.GetRequiredService<IOptions<ReminderOptions>>().Value.ToSettings();
        var plans = host.Services.GetRequiredService<IPlanStore>().All();
        ChatProfile? chat = null;
        if (chatId is { } cid)
        {
            chat = host.Services.GetRequiredService<IChatStore>().Get(cid);
            if (chat is null)
            {
                await context.Error.WriteLineAsync($"Không có cuộc trò chuyện {cid} trong kho; in như một cuộc trò chuyện chưa chọn cấp/đơn vị.").ConfigureAwait(false);
                chat = new ChatProfile(cid);
            }
            else if (!chat.Subscribed || !chat.RemindersOn)
            {
                await context.Error.WriteLineAsync($"Lưu ý: cuộc trò chuyện {cid} đang {(chat.Subscribed ? "tắt nhắc hạn" : "hủy đăng ký")}; lịch dưới đây sẽ không được gửi.").ConfigureAwait(false);
            }
        }
        var lines = ReminderScheduleReport.Build(new ReminderPlanner(settings), plans, chat,
            settings.FromLocal(from, TimeOnly.MinValue), settings.FromLocal(to.AddDays(1), TimeOnly.MinValue));
        if (lines.Count == 0)
        {
            await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Không có lời nhắc nào từ {from:dd/MM/yyyy} đến {to:dd/MM/yyyy}.")).ConfigureAwait(false);
            return 0;
        }
        foreach (var line in lines) await context.Out.WriteLineAsync(line).ConfigureAwait(false);
        return 0;
    }
}
