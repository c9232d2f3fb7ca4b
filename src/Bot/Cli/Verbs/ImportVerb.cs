using Microsoft.Extensions.DependencyInjection;
using NhacHan.Domain.Parsing;
using NhacHan.Domain.Storage;

namespace NhacHan.Bot.Cli.Verbs;

/// <summary>`import FILE...`: parse and store each file; one summary line per file.</summary>
public sealed class ImportVerb : VerbBase
{
    public override string Name => "import";

    public override string Summary => "đọc và lưu một hoặc nhiều tệp kế hoạch vào kho";

    public override string Help => """
        Cách dùng: nhachan import FILE... [--db PATH]

        Đọc và lưu từng tệp, in một dòng tóm tắt cho mỗi tệp. Tệp lỗi không làm dừng các tệp còn lại;
        mã thoát khác 0 nếu có tệp lỗi. Cùng một tệp gửi lại → "đã có"; phiên bản mới của một kế hoạch → thay thế.
        """;

    public override async Task<int> Run(CliArguments args, CliContext context)
    {
        if (args.Positional.Count == 0) throw new CliUsageException("Cần ít nhất một tệp.");
        using var host = BuildHost(args, context);
        var store = host.Services.GetRequiredService<IPlanStore>();
        var failed = 0;
        foreach (var path in args.Positional)
        {
            if (!File.Exists(path))
            {
                failed++;
                await context.Error.WriteLineAsync($"✗ {path}: không tìm thấy tệp").ConfigureAwait(false);
                continue;
            }
            var bytes = await File.ReadAllBytesAsync(path).ConfigureAwait(false);
            var parsed = PlanFileParser.Parse(Path.GetFileName(path), bytes);
            if (parsed.Plan is null)
            {
                failed++;
                await context.Error.WriteLineAsync($"✗ {path}: {parsed.Error?.Message}").ConfigureAwait(false);
                continue;
            }
            var outcome = store.Save(parsed.Plan, Path.GetFileName(path), bytes, "cli");
            await context.Out.WriteLineAsync($"✓ {path}: {outcome.Stored.Id} {parsed.Plan.Number ?? parsed.Plan.Title}").ConfigureAwait(false);
        }
        return failed == 0 ? 0 : 1;
    }
}
