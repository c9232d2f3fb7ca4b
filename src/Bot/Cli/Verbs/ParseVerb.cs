using NhacHan.Domain.Importing;
using NhacHan.Domain.Parsing;
using NhacHan.Domain.Plans;

namespace NhacHan.Bot.Cli.Verbs;

/// <summary>`parse FILE [--json]`: what the parser understood, as the admin's preview or as schema JSON.</summary>
public sealed class ParseVerb : VerbBase
{
    public override string Name => "parse";

    public override string Summary => "đọc một tệp kế hoạch và in những gì hiểu được (--json: theo lược đồ)";

    public override string Help => """
        Cách dùng: nhachan parse FILE [--json]

        Đọc tệp kế hoạch (.docx, .pdf, .txt, .md) và in bản xem trước bằng tiếng Việt — đúng nội dung quản trị viên
        thấy khi gửi tệp cho bot. Không lưu gì.

          --json   in kết quả theo lược đồ JSON của shared/plans/expected (để so sánh từng trường)
        """;

    public override async Task<int> Run(CliArguments args, CliContext context)
    {
        if (args.Positional.Count != 1) throw new CliUsageException("Cần đúng một tệp.");
        var path = args.Positional[0];
        if (!File.Exists(path))
        {
            await context.Error.WriteLineAsync($"Không tìm thấy tệp: {path}").ConfigureAwait(false);
            return 1;
        }
        var bytes = await File.ReadAllBytesAsync(path).ConfigureAwait(false);
        var result = PlanFileParser.Parse(Path.GetFileName(path), bytes);
        if (result.Plan is null)
        {
            await context.Error.WriteLineAsync($"Không đọc được {Path.GetFileName(path)}: {result.Error?.Message}").ConfigureAwait(false);
            return 1;
        }
        var text = args.Has("--json")
            ? PlanJson.Serialize(result.Plan)
            : PlanPreview.Render(result.Plan).ToString();
        await context.Out.WriteLineAsync(text).ConfigureAwait(false);
        return 0;
    }
}
