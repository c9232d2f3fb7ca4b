using NhacHan.Domain.Plans;
using NhacHan.Domain.Storage;

namespace NhacHan.Domain.Answers;

/// <summary>Replies about what falls due in a time window ("tuần này", "/sapden", "tháng 12").</summary>
internal sealed partial class Replies
{
    private Answer Upcoming(Question q, SearchIndex.Hits hits, IReadOnlyCollection<PlanRow>? within, LevelMask level)
    {
        var w = q.Window ?? new DateWindow(today, today.AddDays(14), "14 ngày tới", false);
        var withinRows = within?.Select(r => r.Row).ToHashSet();
        var topicBits = PlanResolver.TopicBits(q);
        var needed = Math.Max(1, (int)Math.Ceiling(Math.Min(q.Terms.Count, SearchIndex.PairBit) * 0.6));
        if (level == LevelMask.None) level = LevelWords.Of(profile?.Level);

        bool Keep(int e)
        {
            var entry = index.Entry(e);
            var row = index.Row(entry.Plan);
            if (!row.Answerable) return false;
            if (withinRows is not null && !withinRows.Contains(row.Row)) return false;
            if (level != LevelMask.None && entry.Level != LevelMask.None && (entry.Level & level) == 0) return false;
            if (q.Level != LevelMask.None && (entry.Level & q.Level) == 0) return false;
            if (topicBits != 0 && !PlanResolver.Covers(q, (hits.Matched(e) | hits.Matched(row.FirstEntry)) & topicBits, needed))
                return false;
            return true;
        }

        var deadlines = new List<(PlanRow Row, StoredPlan Plan, Deadline D, DateOnly Date)>();
        var total = 0;
        var listed = new HashSet<int>();
        foreach (var e in index.DeadlinesBetween(w.From, w.To))
        {
            if (!Keep(e)) continue;
            var entry = index.Entry(e);
            var row = index.Row(entry.Plan);
            if (entry.Done) continue;
            // Reading the plan only for the items shown keeps a busy window cheap.
            if (deadlines.Count >= MaxListed) { total++; continue; }
            var stored = index.Plan(row)!;
            var d = stored.Plan.Deadlines[entry.Index];
            deadlines.Add((row, stored, d, d.Date));
            listed.Add(e);
            total++;
        }
        // A monthly deadline falls in every window after its first date.
        foreach (var (e, firstDay, dayOfMonth) in index.RecurringDeadlines)
        {
            if (listed.Contains(e) || index.Entry(e).Done) continue;
            var first = DateOnly.FromDayNumber(firstDay);
            var from = first > w.From ? first : w.From;
            var occurrence = AnswerWriter.NextMonthly(dayOfMonth, from);
            if (occurrence > w.To || !Keep(e)) continue;
            total++;
            if (deadlines.Count >= MaxListed) continue;
            var row = index.Row(index.Entry(e).Plan);
            var stored = index.Plan(row)!;
            deadlines.Add((row, stored, stored.Plan.Deadlines[index.Entry(e).Index], occurrence));
        }
        deadlines.Sort((a, b) => a.Date.CompareTo(b.Date));
        var schedule = new List<(PlanRow Row, StoredPlan Plan, ScheduleItem S)>();
        var scheduleTotal = 0;
        if (w.Coarse)
        {
            foreach (var e in index.ScheduleOverlapping(w.From, w.To))
            {
                if (!Keep(e)) continue;
                scheduleTotal++;
                if (schedule.Count >= MaxListed) continue;
                var entry = index.Entry(e);
                var row = index.Row(entry.Plan);
                var stored = index.Plan(row)!;
                schedule.Add((row, stored, stored.Plan.Schedule[entry.Index]));
            }
        }

        var b = new RichTextBuilder();
        var range = w.From == w.To
            ? AnswerWriter.Date(w.From)
            : $"{w.From:dd/MM} đến {AnswerWriter.Date(w.To)}";
        var about = level != LevelMask.None ? $" ({LevelWords.Label(level)})" : "";
        if (total == 0 && scheduleTotal == 0)
        {
            b.Line(q.Terms.Count > 0
                ? $"Từ {range} ({w.Label}) chưa tìm thấy mốc thời hạn nào{about} khớp câu hỏi trong các kế hoạch đã lưu."
                : $"Từ {range} ({w.Label}) không có mốc thời hạn nào{about} trong các kế hoạch đã lưu.");
            // The next one after the window (looking at a bounded number of later deadlines).
            var next = index.DeadlinesBetween(w.To.AddDays(1), w.To.AddYears(2)).Take(1_000).FirstOrDefault(e => Keep(e) && !IsDone(e), -1);
            if (next >= 0)
            {
                var entry = index.Entry(next);
                var row = index.Row(entry.Plan);
                var stored = index.Plan(row)!;
                var d = stored.Plan.Deadlines[entry.Index];
                b.Text("Mốc gần nhất sau đó: ").Bold(AnswerWriter.When(d, today)).Line($" — {AnswerWriter.CountdownOf(d, today)}");
                b.Line(AnswerWriter.WhoWhat(d) + ".");
                AnswerWriter.Source(b, stored, d.Section, d.Quote);
                Fact(row, d);
            }
            else if (q.Terms.Count > 0)
            {
                b.Line("Bạn có thể hỏi về thời hạn, nội dung báo cáo, đơn vị phụ trách, lịch họp — hoặc gõ /kehoach để xem danh sách kế hoạch.");
            }
            return new Answer(b.Build(), _facts, []);
        }
        if (total > 0)
        {
            b.Line($"Từ {range} ({w.Label}){about} có {total} mốc:");
            foreach (var group in deadlines.GroupBy(x => x.Row))
            {
                foreach (var (row, _, d, due) in group)
                {
                    var countdown = d.Kind == DeadlineKind.Start ? Countdown.ToStart(due, today) : Countdown.To(due, today);
                    var monthly = d.Kind == DeadlineKind.RecurringMonthly ? " (hằng tháng)" : "";
                    b.Text("• ").Bold(AnswerWriter.Date(due)).Line($"{monthly} ({countdown}) — {AnswerWriter.WhoWhat(d)} — {AnswerWriter.Section(d.Section)}");
                    _facts.Add(new AnswerFact(row.Id, d.Section, d.Quote, due));
                }
                b.Line($"📄 {AnswerWriter.PlanLabel(group.First().Plan)}");
            }
            if (total > deadlines.Count) b.Line($"… và {total - deadlines.Count} mốc khác — hỏi cụ thể hơn (theo kế hoạch, đơn vị) để xem.");
        }
        if (scheduleTotal > 0)
        {
            b.Line($"Việc theo lịch trong {w.Label}{about}: {scheduleTotal} việc");
            foreach (var group in schedule.GroupBy(x => x.Row))
            {
                foreach (var (row, _, s) in group)
                {
                    b.Line($"• {s.Period} — {s.Level} — {s.Who}: {Ellipsis(s.What)}");
                    _facts.Add(new AnswerFact(row.Id, $"PHỤ LỤC.{s.Period}.{s.Level}", s.Quote, null));
                }
                b.Line($"📄 {AnswerWriter.PlanLabel(group.First().Plan)} — phụ lục");
            }
            if (scheduleTotal > schedule.Count) b.Line($"… và {scheduleTotal - schedule.Count} việc khác.");
        }
        return new Answer(b.Build(), _facts, []);
    }
}
