using NhacHan.Domain.Plans;
using NhacHan.Domain.Storage;

namespace NhacHan.Domain.Answers;

/// <summary>Replies that list plans or commands, say nothing was found, or point from an inactive plan to its successor.</summary>
internal sealed partial class Replies
{
    /// <summary>How many plans are answerable, and the newest few of them — one pass, without sorting all of them.</summary>
    private (int Count, List<PlanRow> Newest) NewestAnswerable(int take)
    {
        var newest = new List<PlanRow>(take + 1);
        var count = 0;
        foreach (var row in index.Rows)
        {
            if (!row.Answerable) continue;
            count++;
            if (newest.Count == take && !Newer(row, newest[^1])) continue;
            var at = newest.Count;
            while (at > 0 && Newer(row, newest[at - 1])) at--;
            newest.Insert(at, row);
            if (newest.Count > take) newest.RemoveAt(take);
        }
        return (count, newest);

        static bool Newer(PlanRow a, PlanRow b)
        {
            var (da, db) = (a.Date ?? DateOnly.MinValue, b.Date ?? DateOnly.MinValue);
            return da != db ? da > db : a.Row < b.Row;
        }
    }

    private Answer ListPlans()
    {
        var (count, newest) = NewestAnswerable(MaxListed);
        var b = new RichTextBuilder();
        if (count == 0)
        {
            b.Line("Chưa có kế hoạch nào được lưu. Quản trị viên gửi tệp kế hoạch (.docx, .pdf, .txt, .md) để bot đọc và lưu.");
            return new Answer(b.Build(), [], []);
        }
        b.Line($"Có {count} kế hoạch đang theo dõi:");
        var choices = new List<AnswerChoice>();
        foreach (var row in newest)
        {
            var stored = index.Plan(row)!;
            b.Line($"• {AnswerWriter.PlanLabel(stored)}");
            if (choices.Count < 8) choices.Add(new AnswerChoice(AnswerWriter.ButtonLabel(stored), $"p:{row.Id}:sum"));
        }
        if (count > MaxListed) b.Line($"… và {count - MaxListed} kế hoạch khác — hỏi theo số hoặc tên kế hoạch.");
        var inactive = index.PlanCount - count;
        if (inactive > 0) b.Line($"({inactive} kế hoạch đã bị thay thế hoặc lưu trữ không được tính.)");
        return new Answer(b.Build(), [], choices);
    }

    public static Answer Help()
    {
        var b = new RichTextBuilder();
        b.Bold("Nhắc Hạn").Line(" — hỏi về thời hạn trong các kế hoạch đã lưu, có thể gõ không dấu.");
        b.Line("Ví dụ:");
        b.Line("• han nop bao cao tong ket ct 35 cua cap co so la khi nao");
        b.Line("• báo cáo tổng kết gồm những nội dung gì?");
        b.Line("• btc huyen uy phai lam gi");
        b.Line("• tuần này có hạn gì không · 7 ngày tới · tháng 12");
        b.Line("• hội nghị tổng kết họp ở đâu, mấy giờ");
        b.Line("• kế hoạch 146 · chỉ thị 35");
        b.Line("Lệnh:");
        CommandLines(b);
        return new Answer(b.Build(), [], []);
    }

    /// <summary>"/xyz" is not a command: say so (it must not read as "nothing found in the plans") and list the commands.</summary>
    public static Answer UnknownCommand(Question q)
    {
        var b = new RichTextBuilder();
        var name = q.Text.Split(' ', 2)[0];
        b.Line($"Không có lệnh {name}. Các lệnh của Nhắc Hạn:");
        CommandLines(b);
        b.Line("Hoặc gõ câu hỏi, ví dụ: han nop bao cao tong ket la khi nao");
        return new Answer(b.Build(), [], []);
    }

    private static void CommandLines(RichTextBuilder b)
    {
        foreach (var c in EngineCommands.All) b.Line($"/{c.Name} — {c.Description}");
    }

    private static Answer NotFound(Question q)
    {
        var b = new RichTextBuilder();
        if (q.NumberKeys.Count > 0)
            b.Line($"Chưa có kế hoạch nào liên quan đến văn bản số {string.Join(", ", q.NumberKeys.Select(KeyLabel))} trong các kế hoạch đã lưu.");
        b.Line(NotFoundText);
        return new Answer(b.Build(), [], []);
    }

    private Answer Inactive(NumberMatch match)
    {
        var b = new RichTextBuilder();
        var choices = new List<AnswerChoice>();
        foreach (var row in match.Inactive.Take(MaxChoices))
        {
            var stored = index.Plan(row)!;
            if (row.Status == PlanStatus.Archived || !row.Alive)
            {
                b.Line($"{AnswerWriter.PlanLabel(stored)} đã được lưu trữ, không còn dùng để trả lời.");
                continue;
            }
            var by = index.Rows.FirstOrDefault(r => r.Answerable && row.OwnKeys.Any(k => r.SupersedesKeys.Contains(k)));
            if (by is not null)
            {
                var newer = index.Plan(by)!;
                b.Line($"{AnswerWriter.PlanLabel(stored)} đã được thay thế bởi {AnswerWriter.PlanLabel(newer)}.");
                choices.Add(new AnswerChoice(AnswerWriter.ButtonLabel(newer), $"p:{by.Id}:sum"));
            }
            else
            {
                b.Line($"{AnswerWriter.PlanLabel(stored)} đã bị thay thế, không còn dùng để trả lời.");
            }
        }
        return new Answer(b.Build(), [], choices);
    }
}
