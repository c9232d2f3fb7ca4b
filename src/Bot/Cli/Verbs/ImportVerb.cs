using Microsoft.Extensions.DependencyInjection;
using NhacHan.Domain.Importing;
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
        var importer = host.Services.GetRequiredService<PlanImporter>();
        var failed = 0;
        foreach (var path in args.Positional)
        {
            if (!File.Exists(path))
            {
                failed++;
                await context.Error.WriteLineAsync($"✗ {path}: không tìm thấy tệp").ConfigureAwait(false);
                continue;
            }
            try
            {
                var bytes = await File.ReadAllBytesAsync(path).ConfigureAwait(false);
                var (outcome, error) = importer.Import(Path.GetFileName(path), bytes, "cli");
                if (outcome is null)
                {
                    failed++;
                    await context.Error.WriteLineAsync($"✗ {path}: {error}").ConfigureAwait(false);
                    continue;
                }
                await context.Out.WriteLineAsync($"✓ {path}: {Describe(outcome)}").ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidOperationException or LiteDB.LiteException)
            {
                failed++;
                await context.Error.WriteLineAsync($"✗ {path}: {ex.Message}").ConfigureAwait(false);
            }
        }
        return failed == 0 ? 0 : 1;
    }

    private static string Describe(ImportOutcome o)
    {
        var p = o.Stored.Plan;
        var name = p.Number is { Length: > 0 } n ? $"Kế hoạch số {n}" : $"Kế hoạch {NhacHan.Domain.Answers.AnswerWriter.ShortTitle(p.Title)}";
        var what = o.Disposition switch
        {
            ImportDisposition.Duplicate => "đã có",
            ImportDisposition.NewVersion => "đã thay thế bản cũ",
            _ => "đã lưu",
        };
        var superseded = o.Superseded.Count > 0 ? $"; thay thế {string.Join(", ", o.Superseded.Select(s => s.Plan.Number ?? s.Id))}" : "";
        return $"{what} [{o.Stored.Id}] {name} — {p.Deadlines.Count} mốc{superseded}";
    }
}
