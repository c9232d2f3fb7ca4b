using System.Globalization;
using NhacHan.Domain.Answers;
using NhacHan.Domain.Plans;
using NhacHan.Domain.Storage;

namespace NhacHan.Domain.Importing;

/// <summary>
/// The Vietnamese summary an admin sees before storing a plan: the same text for the Telegram upload preview
/// and `parse FILE` without --json.
/// </summary>
public static class PlanPreview
{
    public static RichText Render(Plan plan, ImportCheck? check = null)
    {
        var b = new RichTextBuilder();
        b.Bold(string.IsNullOrWhiteSpace(plan.Number) ? "Kế hoạch (không rõ số)" : $"Kế hoạch số {plan.Number}").Line();
        if (plan.Title.Length > 0) b.Line(plan.Title);
        if (plan.Issuer is not null) b.Line($"Cơ quan ban hành: {plan.Issuer}");
        if (plan.IssuedOn is { } on) b.Line($"Ngày ban hành: {on.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}");
        b.Line($"Hạn ({plan.Deadlines.Count}):");
        foreach (var d in plan.Deadlines)
            b.Line($"• {d.Date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)} — {d.Who}: {d.What}");
        b.Line($"Lịch theo giai đoạn: {plan.Schedule.Count}; đơn vị: {plan.Units.Count}; nội dung: {plan.Contents.Count}; cuộc họp: {plan.Events.Count}");
        foreach (var w in plan.Warnings) b.Line($"⚠ {w}");
        if (check?.Disposition == ImportDisposition.Duplicate) b.Line("Tệp này đã có trong hệ thống.");
        return b.Build();
    }
}
