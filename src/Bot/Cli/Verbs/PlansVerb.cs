using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using NhacHan.Domain.Storage;

namespace NhacHan.Bot.Cli.Verbs;

/// <summary>`plans`: the stored plans, one line each.</summary>
public sealed class PlansVerb : VerbBase
{
    public override string Name => "plans";

    public override string Summary => "liệt kê các kế hoạch đã lưu";

    public override string Help => """
        Cách dùng: nhachan plans [--db PATH]

        Mỗi kế hoạch một dòng: mã, trạng thái, số hiệu, ngày ban hành, cơ quan ban hành, trích yếu, số mốc thời hạn.
        """;

    public override async Task<int> Run(CliArguments args, CliContext context)
    {
        using var host = BuildHost(args, context);
        var plans = host.Services.GetRequiredService<IPlanStore>().All();
        if (plans.Count == 0)
        {
            await context.Out.WriteLineAsync("Kho chưa có kế hoạch nào. Dùng: nhachan import FILE").ConfigureAwait(false);
            return 0;
        }
        foreach (var p in plans)
        {
            var status = p.Status switch
            {
                PlanStatus.Active => "hiệu lực",
                PlanStatus.Superseded => "đã bị thay thế",
                PlanStatus.Archived => "lưu trữ",
                _ => "?",
            } + (p.Source.IsSample ? " · mẫu" : "");
            var date = p.Plan.IssuedOn?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)
                ?? p.Plan.IssuedMonth?.ToString("MM/yyyy", CultureInfo.InvariantCulture) ?? "—";
            await context.Out.WriteLineAsync(
                $"{p.Id}  [{status}]  {p.Plan.Number ?? "(không số)"}  {date}  {p.Plan.Issuer ?? "?"}  — {p.Plan.Title}  ({p.Plan.Deadlines.Count} mốc)")
                .ConfigureAwait(false);
        }
        return 0;
    }
}
