using NhacHan.Domain.Plans;
using NhacHan.Domain.Storage;
using NhacHan.Domain.Text;

namespace NhacHan.Domain.Answers;

/// <summary>Writes the reply for one read question. One instance per question; holds the index's read lock via the caller.</summary>
internal sealed class Replies(SearchIndex index, PlanResolver resolver, DateOnly today, ChatProfile? profile)
{
    private const int MaxItems = 6;
    private const int MaxListed = 10;
    private const int MaxChoices = 5;

    public const string NotFoundText =
        "Chưa tìm thấy nội dung này trong các kế hoạch đã lưu. Bạn có thể hỏi về thời hạn, nội dung báo cáo, " +
        "đơn vị phụ trách, lịch họp — hoặc gõ /kehoach để xem danh sách kế hoạch.";

    private readonly List<AnswerFact> _facts = [];

    public Answer Answer(Question q, IReadOnlyCollection<PlanRow>? within)
    {
        switch (q.Intent)
        {
            case Intent.Help: return Help();
            case Intent.ListPlans: return ListPlans();
            case Intent.UnknownCommand: return UnknownCommand(q);
        }
        string? note = null;
        if (within is null && q.NumberKeys.Count > 0)
        {
            var match = resolver.ByNumbers(q);
            if (match.Active.Count == 0) return match.Inactive.Count > 0 ? Inactive(match) : NotFound(q);
            within = match.Active;
            if (match.OnlyCited.Count > 0) note = CitedOnlyNote(match);
        }
        var answer = AnswerWithin(q, within);
        return note is null ? answer : answer with { Text = new RichText([new TextRun(note + "\n", TextStyle.None), .. answer.Text.Runs]) };
    }

    /// <summary>"Kế hoạch số 294-KH/HU chưa được lưu; kế hoạch dưới đây thay thế / nhắc đến văn bản này."</summary>
    private string CitedOnlyNote(NumberMatch match)
    {
        var key = match.OnlyCited[0];
        var number = match.Active.SelectMany(r => index.Plan(r)!.Plan.References)
            .FirstOrDefault(r => NumberKeys.OfNumber(r.Number) == key)?.Number ?? KeyLabel(key);
        var replaces = match.Active.Any(r => r.SupersedesKeys.Contains(key));
        return replaces
            ? $"Văn bản số {number} chưa được lưu; kế hoạch dưới đây thay thế văn bản đó:"
            : $"Văn bản số {number} chưa được lưu; các kế hoạch dưới đây có nhắc đến văn bản đó:";
    }

    private Answer AnswerWithin(Question q, IReadOnlyCollection<PlanRow>? within)
    {
        var level = q.Level != LevelMask.None ? q.Level : LevelMask.None;
        var hits = index.Search(q.Terms);
        return q.Intent switch
        {
            Intent.Upcoming => Upcoming(q, hits, within, level),
            Intent.PlanSummary => Summary(q, hits, within),
            Intent.Contents => Contents(q, hits, within) ?? DueDates(q, hits, within, level) ?? NotFound(q),
            Intent.Responsibility => Responsibility(q, hits, within, level) ?? DueDates(q, hits, within, level) ?? NotFound(q),
            Intent.Meeting => Meeting(q, hits, within) ?? DueDates(q, hits, within, level) ?? NotFound(q),
            Intent.DueDate => DueDates(q, hits, within, level) ?? Meeting(q, hits, within) ?? NoDeadlineIn(within) ?? NotFound(q),
            _ => DueDates(q, hits, within, level) ?? Meeting(q, hits, within) ?? Responsibility(q, hits, within, level)
                ?? Contents(q, hits, within) ?? (within is not null ? Summary(q, hits, within) : NotFound(q)),
        };
    }

    // ---- due dates ---------------------------------------------------------------------------------------

    private Answer? DueDates(Question q, SearchIndex.Hits hits, IReadOnlyCollection<PlanRow>? within, LevelMask level)
    {
        var ranked = resolver.Rank(q, hits, [EntryKind.Deadline, EntryKind.Relative], within, level);
        var groups = resolver.Decide(hits, PlanResolver.Best(index, ranked));
        if (groups.Count == 0) return null;
        if (groups.Count > 1) return Choose(groups.Select(g => g.Row), "due", "hạn");
        var (row, items) = groups[0];
        var stored = index.Plan(row)!;
        var deadlines = items.Where(r => index.Entry(r.Entry).Kind == EntryKind.Deadline)
            .Select(r => stored.Plan.Deadlines[index.Entry(r.Entry).Index]).ToList();
        var relative = items.Where(r => index.Entry(r.Entry).Kind == EntryKind.Relative)
            .Select(r => stored.Plan.RelativeDeadlines[index.Entry(r.Entry).Index]).Take(3).ToList();
        // Finished items only when nothing else is left.
        if (deadlines.Any(d => !d.Done)) deadlines.RemoveAll(d => d.Done);
        var shown = deadlines.Take(MaxItems).OrderBy(d => d.Date).ToList();

        var b = new RichTextBuilder();
        if (shown.Count + relative.Count == 1)
        {
            if (shown.Count == 1)
            {
                var d = shown[0];
                b.Bold(AnswerWriter.When(d, today)).Line($" — {AnswerWriter.CountdownOf(d, today)}");
                b.Line(AnswerWriter.WhoWhat(d) + ".");
                YearNote(b, d);
                AnswerWriter.Source(b, stored, d.Section, d.Quote);
            }
            else
            {
                var r = relative[0];
                b.Bold($"Thời hạn tính theo: {r.Anchor}").Line(" (văn bản không ghi ngày cụ thể)");
                b.Line($"{AnswerWriter.Capital(r.Who)}: {r.What}.");
                AnswerWriter.Source(b, stored, r.Section, r.Quote);
                _facts.Add(new AnswerFact(row.Id, r.Section, r.Quote, null));
            }
        }
        else
        {
            b.Line($"{shown.Count + relative.Count} mốc thời hạn:");
            foreach (var d in shown)
            {
                b.Text("• ").Bold(AnswerWriter.When(d, today)).Line($" — {AnswerWriter.CountdownOf(d, today)}");
                b.Line($"  {AnswerWriter.WhoWhat(d)} — {AnswerWriter.Section(d.Section)}");
                b.Text("  ").Quote(AnswerWriter.Quote(d.Quote)).Line();
                YearNote(b, d);
            }
            foreach (var r in relative)
            {
                b.Text("• ").Bold($"Tính theo: {r.Anchor}").Line(" (không có ngày cụ thể)");
                b.Line($"  {AnswerWriter.Capital(r.Who)}: {r.What} — {AnswerWriter.Section(r.Section)}");
                b.Text("  ").Quote(AnswerWriter.Quote(r.Quote)).Line();
                _facts.Add(new AnswerFact(row.Id, r.Section, r.Quote, null));
            }
            if (deadlines.Count > shown.Count) b.Line($"… và {deadlines.Count - shown.Count} mốc khác.");
            AnswerWriter.Source(b, stored, null, null);
        }
        foreach (var d in shown) Fact(row, d);
        return new Answer(b.Build(), _facts, [new AnswerChoice("Tóm tắt kế hoạch", $"p:{row.Id}:sum")]);
    }

    private static void YearNote(RichTextBuilder b, Deadline d)
    {
        if (d.YearInferred) b.Line("  ⚠️ Văn bản không ghi năm; năm được lấy theo ngày ban hành kế hoạch.");
    }

    private Answer? NoDeadlineIn(IReadOnlyCollection<PlanRow>? within)
    {
        if (within is not { Count: 1 }) return null;
        var stored = index.Plan(within.First())!;
        var b = new RichTextBuilder();
        b.Line("Kế hoạch này không ghi mốc thời hạn theo ngày cụ thể cho nội dung bạn hỏi.");
        foreach (var r in stored.Plan.RelativeDeadlines.Take(3))
        {
            b.Line($"• {AnswerWriter.Capital(r.Who)}: {r.What} — thời hạn tính theo: {r.Anchor} ({AnswerWriter.Section(r.Section)})");
            b.Quote(AnswerWriter.Quote(r.Quote)).Line();
        }
        AnswerWriter.Source(b, stored, null, null);
        return new Answer(b.Build(), _facts, [new AnswerChoice("Tóm tắt kế hoạch", $"p:{stored.Id}:sum")]);
    }

    // ---- contents -----------------------------------------------------------------------------------------

    private Answer? Contents(Question q, SearchIndex.Hits hits, IReadOnlyCollection<PlanRow>? within)
    {
        var ranked = resolver.Rank(q, hits, [EntryKind.Contents], within, LevelMask.None);
        var groups = resolver.Decide(hits, PlanResolver.Best(index, ranked));
        if (groups.Count == 0) return null;
        if (groups.Count > 1) return Choose(groups.Select(g => g.Row), "cnt", "nội dung");
        var row = groups[0].Row;
        var stored = index.Plan(row)!;
        var contents = stored.Plan.Contents;
        var b = new RichTextBuilder();
        b.Line($"Nội dung cần có gồm {contents.Count} mục:");
        for (var i = 0; i < contents.Count; i++) b.Line($"{i + 1}. {Ellipsis(contents[i])}");
        b.Line($"📄 {AnswerWriter.PlanLabel(stored)} — phần nội dung");
        _facts.Add(new AnswerFact(row.Id, "nội dung", string.Join(" | ", contents), null));
        return new Answer(b.Build(), _facts,
        [
            new AnswerChoice("Xem hạn", $"p:{row.Id}:due"),
            new AnswerChoice("Tóm tắt kế hoạch", $"p:{row.Id}:sum"),
        ]);
    }

    private static string Ellipsis(string item) =>
        item.EndsWith('.') || item.EndsWith(';') ? item.TrimEnd('.', ';') : item + " …";

    // ---- responsibility ----------------------------------------------------------------------------------

    private Answer? Responsibility(Question q, SearchIndex.Hits hits, IReadOnlyCollection<PlanRow>? within, LevelMask level)
    {
        if (q.Terms.Count == 0 && within is null) return null;
        var ranked = resolver.Rank(q, hits, [EntryKind.Unit], within, level);
        ranked = ByUnitName(q, ranked);
        var groups = PlanResolver.Best(index, ranked, keep: 0.85);
        if (groups.Count == 0) return null;
        var b = new RichTextBuilder();
        var units = groups.Take(MaxChoices)
            .SelectMany(g => g.Items.Take(2).Select(r => (g.Row, Plan: index.Plan(g.Row)!, Unit: index.Plan(g.Row)!.Plan.Units[index.Entry(r.Entry).Index])))
            .ToList();
        var names = units.Select(u => VietnameseText.Fold(u.Unit.Unit)).Distinct().Count();
        if (names == 1 && groups.Count > 1)
            b.Bold(units[0].Unit.Unit).Line($" có nhiệm vụ trong {groups.Count} kế hoạch:");
        else if (names == 1)
            b.Bold(units[0].Unit.Unit).Line(" có nhiệm vụ:");
        foreach (var (row, plan, unit) in units)
        {
            var where = unit.Section is { } s ? " — " + AnswerWriter.Section(s) : "";
            if (names == 1 && groups.Count == 1)
                b.Line($"📄 {AnswerWriter.PlanLabel(plan)}{where}");
            else if (names == 1)
                b.Line($"• {AnswerWriter.PlanLabel(plan)}{where}:");
            else
                b.Text("• ").Bold(unit.Unit).Line($" ({AnswerWriter.PlanLabel(plan)}{where}):");
            foreach (var duty in unit.Duties) b.Line($"   – {Ellipsis(duty)}");
            _facts.Add(new AnswerFact(row.Id, unit.Section ?? "", unit.Unit + ": " + string.Join(" | ", unit.Duties), null));
        }
        var choices = groups.Count == 1
            ? new[] { new AnswerChoice("Xem hạn", $"p:{groups[0].Row.Id}:due") }
            : [];
        return new Answer(b.Build(), _facts, choices);
    }

    /// <summary>
    /// When the question names a unit ("btc huyện ủy", "chi bộ, đảng bộ cơ sở"), units whose own name covers
    /// the question best come first; a unit merely mentioned in another unit's duties does not.
    /// </summary>
    private List<Ranked> ByUnitName(Question q, List<Ranked> ranked)
    {
        if (q.Terms.Count == 0 || ranked.Count == 0) return ranked;
        var terms = q.Terms.ToHashSet(StringComparer.Ordinal);
        var scored = ranked.Take(200).Select(r =>
        {
            var name = index.UnitName(r.Entry);
            return (Ranked: r, Coverage: terms.Count(t => name.Contains(t)) / (double)terms.Count);
        }).ToList();
        var best = scored.Max(x => x.Coverage);
        if (best < 0.5) return ranked;
        return scored.Where(x => x.Coverage >= best - 1e-9).Select(x => x.Ranked).ToList();
    }

    // ---- meetings ----------------------------------------------------------------------------------------

    private Answer? Meeting(Question q, SearchIndex.Hits hits, IReadOnlyCollection<PlanRow>? within)
    {
        var ranked = resolver.Rank(q, hits, [EntryKind.Event], within, LevelMask.None);
        var groups = resolver.Decide(hits, PlanResolver.Best(index, ranked));
        if (groups.Count == 0) return null;
        if (groups.Count > 1) return Choose(groups.Select(g => g.Row), "mtg", "cuộc họp");
        var (row, items) = groups[0];
        var stored = index.Plan(row)!;
        var b = new RichTextBuilder();
        foreach (var r in items.Take(3))
        {
            var ev = stored.Plan.Events[index.Entry(r.Entry).Index];
            var date = DateOnly.FromDateTime(ev.Start);
            b.Text($"{AnswerWriter.Capital(ev.What)}: ").Bold(AnswerWriter.EventTime(ev.Start)).Line($" — {Countdown.To(date, today)}");
            if (ev.Place is { } place) b.Line($"Tại: {place}.");
            if (ev.Participants.Count > 0) b.Line($"Thành phần: {string.Join("; ", ev.Participants)}.");
            AnswerWriter.Source(b, stored, ev.Section, ev.Quote);
            _facts.Add(new AnswerFact(row.Id, ev.Section ?? "", ev.Quote ?? ev.What, date));
        }
        return new Answer(b.Build(), _facts, [new AnswerChoice("Tóm tắt kế hoạch", $"p:{row.Id}:sum")]);
    }

    // ---- a plan's summary ---------------------------------------------------------------------------------

    private Answer Summary(Question q, SearchIndex.Hits hits, IReadOnlyCollection<PlanRow>? within)
    {
        List<PlanRow> rows;
        if (within is not null) rows = within.ToList();
        else
        {
            var ranked = resolver.Rank(q, hits, [EntryKind.Plan], null, LevelMask.None);
            rows = PlanResolver.Best(index, ranked).Select(g => g.Row).ToList();
        }
        if (rows.Count == 0) return NotFound(q);
        if (rows.Count > 1) return Choose(rows, "sum", "kế hoạch", q);
        var row = rows[0];
        var stored = index.Plan(row)!;
        var p = stored.Plan;
        var b = new RichTextBuilder();
        b.Bold("📄 " + AnswerWriter.PlanLabel(stored)).Line();
        var open = p.Deadlines.Where(d => !d.Done).OrderBy(d => AnswerWriter.DueDate(d, today)).ToList();
        var done = p.Deadlines.Count - open.Count;
        b.Line($"{p.Deadlines.Count} mốc thời hạn{(done > 0 ? $" ({done} đã hoàn thành)" : "")}:");
        foreach (var d in open.Take(8))
        {
            b.Text("• ").Bold(AnswerWriter.When(d, today)).Line($" — {AnswerWriter.CountdownOf(d, today)} — {AnswerWriter.WhoWhat(d)} ({AnswerWriter.Section(d.Section)})");
            Fact(row, d);
        }
        if (open.Count > 8) b.Line($"… và {open.Count - 8} mốc khác.");
        foreach (var ev in p.Events.Take(2))
            b.Text("• Họp: ").Bold(AnswerWriter.EventTime(ev.Start)).Line($" — {ev.What}");
        var counts = new List<string>();
        if (p.Schedule.Count > 0) counts.Add($"{p.Schedule.Count} việc theo lịch");
        if (p.Units.Count > 0) counts.Add($"{p.Units.Count} đơn vị có nhiệm vụ");
        if (p.Contents.Count > 0) counts.Add($"{p.Contents.Count} nội dung");
        if (counts.Count > 0) b.Line(string.Join(" · ", counts));
        var choices = new List<AnswerChoice>();
        if (p.Contents.Count > 0) choices.Add(new AnswerChoice("Nội dung", $"p:{row.Id}:cnt"));
        if (p.Units.Count > 0) choices.Add(new AnswerChoice("Đơn vị phụ trách", $"p:{row.Id}:who"));
        if (p.Events.Count > 0) choices.Add(new AnswerChoice("Lịch họp", $"p:{row.Id}:mtg"));
        return new Answer(b.Build(), _facts, choices);
    }

    // ---- what is coming up --------------------------------------------------------------------------------

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

    private bool IsDone(int entry) => index.Entry(entry).Done;

    // ---- lists, help, nothing found -----------------------------------------------------------------------

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

    private Answer Choose(IEnumerable<PlanRow> rows, string code, string what, Question? q = null)
    {
        var list = rows.Take(MaxChoices).ToList();
        var b = new RichTextBuilder();
        b.Line(code == "sum"
            ? $"Có {list.Count} kế hoạch phù hợp — bạn muốn xem kế hoạch nào?"
            : $"Có {list.Count} kế hoạch phù hợp — bạn muốn xem {what} của kế hoạch nào?");
        if (q is not null) SameNumberNote(b, list, q);
        var choices = new List<AnswerChoice>();
        foreach (var row in list)
        {
            var stored = index.Plan(row)!;
            b.Line($"• {AnswerWriter.PlanLabel(stored)}");
            choices.Add(new AnswerChoice(AnswerWriter.ButtonLabel(stored), $"p:{row.Id}:{code}"));
        }
        return new Answer(b.Build(), [], choices);
    }

    /// <summary>
    /// "Lưu ý: có 2 văn bản cùng số 35-CT/TW (ban hành 30/05/2019 và 14/06/2024)": the same number names different
    /// documents in different terms. These are the cited documents' own dates, said as such — never as deadlines.
    /// </summary>
    private void SameNumberNote(RichTextBuilder b, List<PlanRow> rows, Question q)
    {
        foreach (var key in q.NumberKeys)
        {
            var refs = rows.SelectMany(r => index.Plan(r)!.Plan.References)
                .Where(r => r.Date is not null && NumberKeys.OfNumber(r.Number) == key)
                .GroupBy(r => r.Date).Select(g => g.First()).OrderBy(r => r.Date).ToList();
            if (refs.Count < 2) continue;
            var dates = string.Join(" và ", refs.Select(r => AnswerWriter.Date(r.Date!.Value)));
            b.Line($"Lưu ý: có {refs.Count} văn bản cùng số {refs[0].Number} (ban hành {dates}).");
        }
    }

    private static string KeyLabel(string key) => key[..2] switch
    {
        "kh" => "KH " + key[2..],
        "ct" => "CT " + key[2..],
        "nq" => "NQ " + key[2..],
        "kl" => "KL " + key[2..],
        "hd" => "HD " + key[2..],
        _ => key,
    };

    private void Fact(PlanRow row, Deadline d) =>
        _facts.Add(new AnswerFact(row.Id, d.Section, d.Quote, AnswerWriter.DueDate(d, today)));
}
