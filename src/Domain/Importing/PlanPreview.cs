using System.Globalization;
using NhacHan.Domain.Answers;
using NhacHan.Domain.Plans;
using NhacHan.Domain.Storage;

namespace NhacHan.Domain.Importing;

/// <summary>
/// The Vietnamese summary an admin sees before storing a plan: the same text for the Telegram upload preview
/// and `parse FILE` without --json. It states what was read (number, title, issuer, every deadline with its
/// date and who, counts), what the parser was unsure of, and what storing will do.
/// </summary>
public static class PlanPreview
{
    public static RichText Render(Plan plan, ImportCheck? check = null)
    {
        var b = new RichTextBuilder();
        var name = plan.Number is { Length: > 0 } n ? $"Kế hoạch số {n}" : "Kế hoạch";
        b.Text("📄 Đã đọc: ").Bold(name).Line(plan.Title.Length > 0 ? " " + plan.Title : "");
        var origin = new List<string>();
        if (plan.Issuer is { Length: > 0 } issuer) origin.Add(issuer);
        if (plan.Place is { Length: > 0 } place) origin.Add(place);
        if (plan.IssuedOn is { } on) origin.Add(Date(on));
        else if (plan.IssuedMonth is { } month) origin.Add("tháng " + month.ToString("MM/yyyy", CultureInfo.InvariantCulture));
        if (origin.Count > 0) b.Line("Ban hành: " + string.Join(", ", origin));

        var done = plan.Deadlines.Count(d => d.Done);
        b.Line($"• {plan.Deadlines.Count} mốc thời hạn{(done > 0 ? $" ({done} đã hoàn thành)" : "")}"
            + (plan.Deadlines.Count > 0 ? $"; từ {Date(plan.Deadlines.Min(d => d.Date))} đến {Date(plan.Deadlines.Max(d => d.Date))}:" : ""));
        foreach (var d in plan.Deadlines.OrderBy(d => d.Date))
        {
            var marks = (d.Done ? " (đã hoàn thành)" : "") + (d.YearInferred ? " (năm suy ra)" : "");
            // A deadline whose responsible unit was not found is shown as such, never with a dangling colon.
            var who = string.IsNullOrWhiteSpace(d.Who) ? "(chưa rõ đơn vị)" : d.Who;
            b.Line($"   – {Date(d.Date)} — {who}: {d.What}{marks}");
        }
        var counts = new List<string>
        {
            $"{plan.Units.Count} đơn vị có nhiệm vụ",
            $"{plan.Contents.Count} nội dung",
            $"{plan.Events.Count} cuộc họp",
            $"{plan.Schedule.Count} việc theo lịch",
            $"{plan.References.Count} văn bản được viện dẫn",
        };
        b.Line("• " + string.Join(" · ", counts));
        if (plan.RelativeDeadlines.Count > 0)
            b.Line($"• {plan.RelativeDeadlines.Count} thời hạn tính theo sự kiện (không có ngày cụ thể)");
        if (plan.Supersedes.Count > 0) b.Line("• Thay thế Kế hoạch số " + string.Join(", ", plan.Supersedes));

        if (plan.Number is not { Length: > 0 })
            b.Line("⚠️ Không có số văn bản: kế hoạch sẽ được nhận diện theo tên và cơ quan ban hành.");
        if (plan.IssuedOn is null && plan.IssuedMonth is null) b.Line("⚠️ Không đọc được ngày ban hành.");
        var inferred = plan.Deadlines.Count(d => d.YearInferred);
        if (inferred > 0)
            b.Line($"⚠️ {inferred} mốc không ghi năm; năm được lấy theo ngày ban hành — hãy kiểm tra.");
        foreach (var w in plan.Warnings) b.Line($"⚠️ {w}");

        switch (check?.Disposition)
        {
            case ImportDisposition.Duplicate:
                b.Line($"ℹ️ Tệp này đã có trong kho (mã {check.Existing?.Id}) — không cần lưu lại.");
                break;
            case ImportDisposition.NewVersion:
                b.Line($"ℹ️ Đây là phiên bản mới của kế hoạch đã lưu (mã {check.Existing?.Id}): lưu sẽ thay thế bản cũ.");
                break;
        }
        if (check is { Disposition: not ImportDisposition.Duplicate, WillSupersede.Count: > 0 })
            foreach (var old in check.WillSupersede)
                b.Line($"ℹ️ Khi lưu, {AnswerWriter.PlanLabel(old)} (mã {old.Id}) sẽ chuyển sang «đã bị thay thế».");
        return b.Build();
    }

    private static string Date(DateOnly d) => d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
