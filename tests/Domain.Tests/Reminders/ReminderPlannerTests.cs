using NhacHan.Domain.Plans;
using NhacHan.Domain.Reminders;
using NhacHan.Domain.Storage;
using static NhacHan.Domain.Tests.Reminders.ReminderTestData;

namespace NhacHan.Domain.Tests.Reminders;

public sealed class ReminderPlannerTests
{
    private static IReadOnlyList<PlannedReminder> January(StoredPlan plan, params ChatProfile[] chats) =>
        Planner().Schedule([plan], chats, Local(2024, 1, 1), Local(2024, 3, 1));

    [Fact]
    public void Before_counts_down_to_the_day_before_with_the_default_leads_at_0730_local()
    {
        var plan = WithDeadlines("b1", Deadline(new DateOnly(2024, 1, 27), DeadlineKind.Before));
        var rs = January(plan, Cell());
        // Last day to act is 26/01: leads 7, 3, 1, 0 days before it.
        Assert.Equal(["19/01 07:30 7", "23/01 07:30 3", "25/01 07:30 1", "26/01 07:30 0"], Times(rs));
        Assert.Equal(new DateTimeOffset(2024, 1, 19, 0, 30, 0, TimeSpan.Zero), rs[0].SendAt);
        Assert.Equal(new DateTimeOffset(2024, 1, 26, 17, 0, 0, TimeSpan.Zero), rs[0].Target.DueAt);
    }

    [Fact]
    public void On_includes_the_day_itself()
    {
        var plan = WithDeadlines("o1", Deadline(new DateOnly(2024, 2, 15), DeadlineKind.On));
        Assert.Equal(["08/02 07:30 7", "12/02 07:30 3", "14/02 07:30 1", "15/02 07:30 0"], Times(January(plan, Cell())));
    }

    [Fact]
    public void Send_time_is_local_to_Ho_Chi_Minh_city_whatever_the_configured_hour()
    {
        var plan = WithDeadlines("t1", Deadline(new DateOnly(2024, 2, 15), DeadlineKind.On));
        var s = Settings with { SendAt = new TimeOnly(8, 15), LeadDays = [0] };
        var r = Assert.Single(Planner(s).Schedule([plan], [Cell()], Local(2024, 2, 1), Local(2024, 3, 1)));
        Assert.Equal(new DateTimeOffset(2024, 2, 15, 1, 15, 0, TimeSpan.Zero), r.SendAt);
    }

    [Fact]
    public void By_month_and_quarter_count_down_to_the_period_last_day()
    {
        var month = Deadline(new DateOnly(2024, 8, 31), DeadlineKind.ByMonth) with { Granularity = DateGranularity.Month };
        var quarter = Deadline(new DateOnly(2026, 9, 30), DeadlineKind.ByMonth, what: "Sơ kết quý") with { Granularity = DateGranularity.Quarter };
        var plan = WithDeadlines("m1", month, quarter);
        var rs = Planner().Schedule([plan], [Cell()], Local(2024, 8, 1), Local(2026, 10, 1));
        Assert.Equal(
            ["24/08 07:30 7", "28/08 07:30 3", "30/08 07:30 1", "31/08 07:30 0",
             "23/09 07:30 7", "27/09 07:30 3", "29/09 07:30 1", "30/09 07:30 0"],
            Times(rs));
        Assert.Equal(2026, rs[^1].SendAt.Year);
    }

    [Fact]
    public void Schedule_items_are_announced_when_their_period_begins_and_counted_down_to_its_end()
    {
        var item = new ScheduleItem("Quý III/2024", new DateOnly(2024, 7, 1), new DateOnly(2024, 9, 30), "Cấp huyện và tương đương",
            "Ban thường vụ cấp ủy", "Chỉ đạo đại hội điểm", "Chỉ đạo đại hội điểm");
        var rs = Planner().Schedule([WithSchedule("s1", item)], [District()], Local(2024, 6, 1), Local(2024, 10, 1));
        Assert.Equal(["01/07 07:30 a", "23/09 07:30 7", "27/09 07:30 3", "29/09 07:30 1", "30/09 07:30 0"], Times(rs));
        // A cell is not concerned by a district-level item.
        Assert.Empty(Planner().Schedule([WithSchedule("s1", item)], [Cell()], Local(2024, 6, 1), Local(2024, 10, 1)));
    }

    [Fact]
    public void Recurring_monthly_deadlines_recur_every_month_with_their_own_keys()
    {
        var d = Deadline(new DateOnly(2024, 1, 25), DeadlineKind.RecurringMonthly) with { DayOfMonth = 25 };
        var s = Settings with { LeadDays = [1] };
        var rs = Planner(s).Schedule([WithDeadlines("r1", d)], [Cell()], Local(2024, 1, 1), Local(2024, 4, 1));
        // "trước ngày 25 hằng tháng": last day the 24th, one day lead → the 23rd.
        Assert.Equal(["23/01 07:30 1", "23/02 07:30 1", "23/03 07:30 1"], Times(rs));
        Assert.Equal(["r1:", "@2401", "@2402", "@2403"], [rs[0].Target.Key[..3], rs[0].Target.Key[^5..], rs[1].Target.Key[^5..], rs[2].Target.Key[^5..]]);
        Assert.Equal(new DateOnly(2024, 3, 25), rs[2].Target.Date);
    }

    [Fact]
    public void Recurring_day_31_falls_on_the_last_day_of_short_months()
    {
        var d = Deadline(new DateOnly(2024, 1, 31), DeadlineKind.RecurringMonthly) with { DayOfMonth = 31 };
        var rs = Planner(Settings with { LeadDays = [0] }).Schedule([WithDeadlines("r2", d)], [Cell()], Local(2024, 2, 1), Local(2024, 3, 1));
        Assert.Equal(new DateOnly(2024, 2, 29), Assert.Single(rs).Target.Date);
    }

    [Fact]
    public void Quiet_hours_postpone_to_their_end_and_never_drop()
    {
        var plan = WithDeadlines("q1", Deadline(new DateOnly(2024, 2, 15), DeadlineKind.On));
        var s = Settings with { SendAt = new TimeOnly(22, 0), LeadDays = [1] };
        var r = Assert.Single(Planner(s).Schedule([plan], [Cell()], Local(2024, 2, 1), Local(2024, 3, 1)));
        // 14/02 22:00 is quiet → 15/02 06:30, still before the due moment (16/02 00:00).
        Assert.Equal(Local(2024, 2, 15, 6, 30), r.SendAt);

        var state = new MemoryState();
        Assert.Empty(Planner(s).Due([plan], [Cell()], Local(2024, 2, 14, 23, 0), state));
        Assert.Empty(Planner(s).Due([plan], [Cell()], Local(2024, 2, 15, 6, 29), state));
        Assert.Single(Planner(s).Due([plan], [Cell()], Local(2024, 2, 15, 6, 30), state));
    }

    [Fact]
    public void Quiet_hours_hold_catch_up_as_well()
    {
        var plan = WithDeadlines("q2", Deadline(new DateOnly(2024, 2, 15), DeadlineKind.On));
        Assert.Empty(Planner().Due([plan], [Cell()], Local(2024, 2, 13, 21, 30), new MemoryState()));
        var batch = Assert.Single(Planner().Due([plan], [Cell()], Local(2024, 2, 14, 6, 30), new MemoryState()));
        Assert.True(batch.Items[0].Late);
    }

    [Fact]
    public void Catch_up_after_downtime_sends_one_late_item_per_deadline_and_logs_every_missed_lead()
    {
        var plan = WithDeadlines("c1", Deadline(new DateOnly(2024, 1, 27), DeadlineKind.Before));
        var state = new MemoryState();
        var now = Local(2024, 1, 25, 10, 0);
        var batch = Assert.Single(Planner().Due([plan], [Cell()], now, state));
        var item = Assert.Single(batch.Items);
        Assert.Equal(1, item.Lead);
        Assert.True(item.Late);
        Assert.Equal(["3", "7"], item.Covers.Select(c => c.Tag).Order().ToArray());

        state.MarkSent(item);
        Assert.Empty(Planner().Due([plan], [Cell()], now.AddMinutes(1), state));
        // The next lead comes at its own time, on time.
        var next = Assert.Single(Assert.Single(Planner().Due([plan], [Cell()], Local(2024, 1, 26, 7, 30), state)).Items);
        Assert.Equal(0, next.Lead);
        Assert.False(next.Late);
    }

    [Fact]
    public void Nothing_is_sent_once_the_deadline_has_passed()
    {
        var plan = WithDeadlines("c2", Deadline(new DateOnly(2024, 1, 27), DeadlineKind.Before));
        Assert.Empty(Planner().Due([plan], [Cell()], Local(2024, 1, 27, 0, 0), new MemoryState()));
        Assert.Single(Planner().Due([plan], [Cell()], Local(2024, 1, 26, 23, 59).AddHours(-3), new MemoryState()));
    }

    [Fact]
    public void On_time_reminder_is_not_late()
    {
        var plan = WithDeadlines("c3", Deadline(new DateOnly(2024, 1, 27), DeadlineKind.Before));
        var state = new MemoryState();
        foreach (var r in Planner().Due([plan], [Cell()], Local(2024, 1, 19, 7, 29), state)) state.MarkSent(r.Items);
        var item = Assert.Single(Assert.Single(Planner().Due([plan], [Cell()], Local(2024, 1, 19, 7, 31), state)).Items);
        Assert.Equal(7, item.Lead);
        Assert.False(item.Late);
    }

    [Fact]
    public void Snooze_holds_the_deadline_for_a_day_then_reminds_once()
    {
        var plan = WithDeadlines("z1", Deadline(new DateOnly(2024, 1, 27), DeadlineKind.Before));
        var state = new MemoryState();
        var first = Assert.Single(Assert.Single(Planner().Due([plan], [Cell()], Local(2024, 1, 23, 7, 30), state)).Items);
        state.MarkSent(first);
        state.Snooze(1, first.Target.Key, Local(2024, 1, 24, 9, 0));

        Assert.Empty(Planner().Due([plan], [Cell()], Local(2024, 1, 24, 8, 59), state));
        var again = Assert.Single(Assert.Single(Planner().Due([plan], [Cell()], Local(2024, 1, 24, 9, 0), state)).Items);
        Assert.Equal(PlannedReminder.Snoozed, again.Lead);
        Assert.False(again.Late);
        state.MarkSent(again);
        Assert.Empty(Planner().Due([plan], [Cell()], Local(2024, 1, 24, 12, 0), state));
    }

    [Fact]
    public void Snooze_over_a_lead_folds_that_lead_into_the_snoozed_reminder()
    {
        var plan = WithDeadlines("z2", Deadline(new DateOnly(2024, 1, 27), DeadlineKind.Before));
        var state = new MemoryState();
        var key = Planner().Schedule([plan], [Cell()], Local(2024, 1, 1), Local(2024, 2, 1))[0].Target.Key;
        state.Snooze(1, key, Local(2024, 1, 25, 12, 0));
        foreach (var r in Planner().Schedule([plan], [Cell()], Local(2024, 1, 1), Local(2024, 1, 24))) state.MarkSent(r);

        Assert.Empty(Planner().Due([plan], [Cell()], Local(2024, 1, 25, 7, 30), state));
        var item = Assert.Single(Assert.Single(Planner().Due([plan], [Cell()], Local(2024, 1, 25, 12, 0), state)).Items);
        Assert.Equal(PlannedReminder.Snoozed, item.Lead);
        Assert.Equal("1", Assert.Single(item.Covers).Tag);
    }

    [Fact]
    public void Done_stops_every_further_reminder_of_that_deadline_for_that_chat_only()
    {
        var plan = WithDeadlines("d1", Deadline(new DateOnly(2024, 1, 27), DeadlineKind.Before));
        var state = new MemoryState();
        var key = Planner().Schedule([plan], [Cell()], Local(2024, 1, 1), Local(2024, 2, 1))[0].Target.Key;
        state.Done(1, key);
        Assert.Empty(Planner().Due([plan], [Cell(1)], Local(2024, 1, 26, 8, 0), state));
        Assert.Empty(Planner().Schedule([plan], [Cell(1)], Local(2024, 1, 1), Local(2024, 2, 1), state));
        Assert.Equal(3L, Assert.Single(Planner().Due([plan], [Cell(3)], Local(2024, 1, 26, 8, 0), state)).ChatId);
    }

    [Fact]
    public void Several_deadlines_due_together_are_one_batch_per_chat()
    {
        var plan = WithDeadlines("k1",
            Deadline(new DateOnly(2024, 1, 27), DeadlineKind.Before, what: "Báo cáo số liệu"),
            Deadline(new DateOnly(2024, 1, 26), DeadlineKind.On, what: "Gửi danh sách"),
            Deadline(new DateOnly(2024, 1, 26), DeadlineKind.On, who: "Cấp huyện", what: "Họp Ban Thường vụ"));
        var batches = Planner().Due([plan], [Cell(1), Cell(5), District(2)], Local(2024, 1, 19, 7, 30), new MemoryState());
        Assert.Equal([1L, 2L, 5L], batches.Select(b => b.ChatId).ToArray());
        Assert.Equal(["Báo cáo số liệu", "Gửi danh sách"], batches[0].Items.Select(i => i.Target.What).Order().ToArray());
        Assert.Equal("Họp Ban Thường vụ", Assert.Single(batches[1].Items).Target.What);
    }

    [Fact]
    public void Sample_archived_superseded_plans_and_done_deadlines_are_never_reminded()
    {
        var plan = Plan35();
        var chats = new[] { new ChatProfile(9) { FollowedPlanIds = ["x1", "x2", "x3", "x4"] } };
        var from = Local(2024, 1, 1);
        var to = Local(2024, 4, 1);
        Assert.Empty(Planner().Schedule([Stored(plan, "x1", sample: true)], chats, from, to));
        Assert.Empty(Planner().Schedule([Stored(plan, "x2", PlanStatus.Archived)], chats, from, to));
        Assert.Empty(Planner().Schedule([Stored(plan, "x3", PlanStatus.Superseded)], chats, from, to));
        var active = Planner().Schedule([Stored(plan, "x4")], chats, from, to);
        // Two open deadlines × 4 leads + the schedule item (announce + 4); the done one (III.3) never.
        Assert.Equal(13, active.Count);
        Assert.DoesNotContain(active, r => r.Target.Section == "III.3");
    }

    [Fact]
    public void Relevance_by_level_unit_and_followed_plan()
    {
        var plan = Stored(Plan35());
        var from = Local(2024, 1, 1);
        var to = Local(2024, 4, 1);
        string[] Sections(ChatProfile c) => Planner().Schedule([plan], [c], from, to).Select(r => r.Target.Section).Distinct().ToArray();

        Assert.Equal(["III.1"], Sections(Cell()));
        Assert.Equal(["III.2", "PHỤ LỤC.Quý I/2024"], Sections(District()).Order(StringComparer.Ordinal).ToArray());
        Assert.Equal(["III.2", "PHỤ LỤC.Quý I/2024"], Sections(new ChatProfile(4) { Unit = "huyện" }).Order(StringComparer.Ordinal).ToArray());
        Assert.Empty(Sections(new ChatProfile(5) { Level = UnitLevel.Province }));
        Assert.Equal(3, Sections(new ChatProfile(6) { Level = UnitLevel.Province, FollowedPlanIds = ["p35"] }).Length);
        // Following a plan that also concerns the chat does not double its reminders.
        Assert.Equal(4, Planner().Schedule([plan], [new ChatProfile(7) { Level = UnitLevel.Grassroots, FollowedPlanIds = ["p35"] }], from, to)
            .Count(r => r.Target.Section == "III.1"));
    }

    [Fact]
    public void A_chat_lead_days_replace_the_defaults_and_off_or_unsubscribed_chats_get_nothing()
    {
        var plan = WithDeadlines("l1", Deadline(new DateOnly(2024, 2, 15), DeadlineKind.On));
        Assert.Equal(["13/02 07:30 2"], Times(January(plan, Cell() with { LeadDays = [2] })));
        Assert.Empty(January(plan, Cell() with { RemindersOn = false }));
        Assert.Empty(January(plan, Cell() with { Subscribed = false }));
    }

    [Fact]
    public void Next_after_finds_the_next_send_time_or_the_end_of_quiet_hours()
    {
        var plan = WithDeadlines("n1", Deadline(new DateOnly(2024, 2, 15), DeadlineKind.On));
        var state = new MemoryState();
        Assert.Equal(Local(2024, 2, 8, 7, 30), Planner().NextAfter([plan], [Cell()], Local(2024, 2, 8, 7, 0), TimeSpan.FromHours(1), state));
        Assert.Null(Planner().NextAfter([plan], [Cell()], Local(2024, 2, 8, 8, 0), TimeSpan.FromHours(1), state));
        Assert.Equal(Local(2024, 2, 9, 6, 30), Planner().NextAfter([plan], [Cell()], Local(2024, 2, 9, 6, 0), TimeSpan.FromHours(1), state));
    }
}
