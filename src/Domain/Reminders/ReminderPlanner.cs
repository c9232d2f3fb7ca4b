using NhacHan.Domain.Storage;
using NhacHan.Domain.Text;

namespace NhacHan.Domain.Reminders;

/// <summary>
/// Pure reminder planning: given plans, chats, the settings and a time, which reminders are planned or due.
/// Eligible: active, non-sample plans; not-done deadlines; subscribed chats with reminders on; a deadline the
/// chat's level or unit matches (<see cref="Relevance"/>) or a plan the chat follows.
/// </summary>
/// <remarks>
/// Work is done once per deadline and once per "audience" (chats sharing level, unit and lead days), not per
/// (chat, deadline) pair, so 10,000 chats × 10,000 plans stay well under a second.
/// </remarks>
public sealed class ReminderPlanner(ReminderSettings settings)
{
    public ReminderSettings Settings => settings;

    /// <summary>Every reminder planned to go out in [from, to), whether sent or not (done deadlines excluded).</summary>
    public IReadOnlyList<PlannedReminder> Schedule(
        IReadOnlyList<StoredPlan> plans, IReadOnlyList<ChatProfile> chats, DateTimeOffset from, DateTimeOffset to, IReminderState? state = null)
    {
        state ??= EmptyReminderState.Instance;
        var result = new List<PlannedReminder>();
        var maxLead = MaxLead(chats);
        Enumerate(plans, chats, maxLead,
            minLastDay: settings.LocalDate(from).AddDays(-1),
            maxSendDay: settings.LocalDate(to).AddDays(1),
            slot: (sendAt, target) => sendAt >= from && sendAt < to,
            emit: (chats, target, lead, at) =>
            {
                var done = state.DoneBy(target.Key);
                foreach (var c in chats)
                {
                    if (!done.Contains(c.ChatId)) result.Add(new PlannedReminder(c.ChatId, target, lead, at));
                }
            });
        result.Sort(static (a, b) => a.SendAt != b.SendAt ? a.SendAt.CompareTo(b.SendAt) : a.ChatId.CompareTo(b.ChatId));
        return result;
    }

    /// <summary>
    /// What to send at <paramref name="now"/>: every planned reminder whose time has come, whose deadline is still
    /// ahead and that was not sent (missed ones after downtime included, marked late), plus ended snoozes.
    /// Several reminders of one deadline collapse into one item; everything for one chat is one batch.
    /// Inside quiet hours nothing is due (it waits for their end).
    /// </summary>
    public IReadOnlyList<ChatReminderBatch> Due(
        IReadOnlyList<StoredPlan> plans, IReadOnlyList<ChatProfile> chats, DateTimeOffset now, IReminderState state)
    {
        if (settings.IsQuiet(now)) return [];
        var today = settings.LocalDate(now);
        var maxLead = MaxLead(chats);
        var perChat = new Dictionary<long, List<PlannedReminder>>();
        var targets = new Dictionary<string, ReminderTarget>(StringComparer.Ordinal);

        void Add(PlannedReminder r)
        {
            if (!perChat.TryGetValue(r.ChatId, out var list)) perChat[r.ChatId] = list = [];
            list.Add(r);
        }

        Enumerate(plans, chats, maxLead, today.AddDays(-1), today.AddDays(1),
            slot: (sendAt, target) => sendAt <= now && target.DueAt > now,
            emit: (chats, target, lead, at) =>
            {
                // One lookup per deadline and lead, then a cheap check per chat: most are sent already.
                var sent = state.SentTo(target.Key, PlannedReminder.TagOf(lead, at));
                var done = state.DoneBy(target.Key);
                var snoozed = state.SnoozedBy(target.Key);
                foreach (var c in chats)
                {
                    if (sent.Contains(c.ChatId) || done.Contains(c.ChatId)) continue;
                    // Held back while snoozed; after the snooze it folds into the snooze's reminder.
                    if (snoozed.Count > 0 && snoozed.TryGetValue(c.ChatId, out var until) && until > now) continue;
                    Add(new PlannedReminder(c.ChatId, target, lead, at));
                }
            },
            seen: t => targets[t.Key] = t);

        var eligible = chats.Where(Eligible).Select(c => c.ChatId).ToHashSet();
        foreach (var (chatId, key, until) in state.Snoozes())
        {
            var at = settings.OutOfQuiet(until);
            if (at > now || !eligible.Contains(chatId) || !targets.TryGetValue(key, out var target) || target.DueAt <= now) continue;
            var r = new PlannedReminder(chatId, target, PlannedReminder.Snoozed, until);
            if (state.IsDone(chatId, key) || state.WasSent(chatId, key, r.Tag)) continue;
            Add(r);
        }

        var batches = new List<ChatReminderBatch>(perChat.Count);
        foreach (var (chatId, list) in perChat)
        {
            // Soonest deadline first; a deadline's reminders side by side, latest lead last.
            list.Sort(static (a, b) =>
            {
                var c = a.Target.DueAt.CompareTo(b.Target.DueAt);
                if (c == 0) c = string.CompareOrdinal(a.Target.Key, b.Target.Key);
                return c != 0 ? c : a.SendAt.CompareTo(b.SendAt);
            });
            var items = new List<PlannedReminder>(list.Count);
            for (var i = 0; i < list.Count;)
            {
                var j = i + 1;
                while (j < list.Count && ReferenceEquals(list[j].Target, list[i].Target)) j++;
                items.Add(Collapse(list, i, j, now));
                i = j;
            }
            batches.Add(new ChatReminderBatch(chatId, items));
        }
        batches.Sort(static (a, b) => a.ChatId.CompareTo(b.ChatId));
        return batches;
    }

    /// <summary>Several due reminders of one deadline for one chat become one: the snooze if any, else the latest
    /// (most urgent) lead, standing for all of them (all are logged with it).</summary>
    private PlannedReminder Collapse(List<PlannedReminder> list, int from, int to, DateTimeOffset now)
    {
        var main = list[to - 1];
        for (var k = from; k < to; k++)
        {
            if (list[k].Lead == PlannedReminder.Snoozed) main = list[k];
        }
        var late = now - main.SendAt > settings.LateAfter;
        if (to - from == 1 && !late) return main;
        var covers = new List<PlannedReminder>(to - from - 1);
        for (var k = from; k < to; k++)
        {
            if (!ReferenceEquals(list[k], main)) covers.Add(list[k]);
        }
        return main with { Late = late, Covers = covers };
    }

    /// <summary>The first planned send time after <paramref name="now"/> within <paramref name="horizon"/>, or null.</summary>
    public DateTimeOffset? NextAfter(
        IReadOnlyList<StoredPlan> plans, IReadOnlyList<ChatProfile> chats, DateTimeOffset now, TimeSpan horizon, IReminderState state)
    {
        DateTimeOffset? next = null;
        foreach (var r in Schedule(plans, chats, now.AddTicks(1), now + horizon, state))
        {
            next = r.SendAt;
            break;
        }
        foreach (var (_, _, until) in state.Snoozes())
        {
            var at = settings.OutOfQuiet(until);
            if (at > now && at <= now + horizon && (next is null || at < next)) next = at;
        }
        if (settings.IsQuiet(now))
        {
            var end = settings.OutOfQuiet(now);
            if (end <= now + horizon && (next is null || end < next)) next = end;
        }
        return next;
    }

    public static bool Eligible(ChatProfile c) => c.Subscribed && c.RemindersOn;

    public static bool Eligible(StoredPlan p) => p.Status == PlanStatus.Active && !p.Source.IsSample;

    private int MaxLead(IReadOnlyList<ChatProfile> chats)
    {
        var max = settings.LeadDays.Count > 0 ? settings.LeadDays.Max() : 0;
        foreach (var c in chats)
        {
            if (c.LeadDays is { Count: > 0 } l) max = Math.Max(max, l.Max());
        }
        return max;
    }

    /// <summary>The send time of a lead for a target, or null when it would not be before the due moment.</summary>
    private DateTimeOffset? SendTime(ReminderTarget t, int lead)
    {
        DateOnly day;
        if (lead == PlannedReminder.Announce)
        {
            if (t.AnnounceOn is not { } start) return null;
            day = start;
        }
        else
        {
            day = t.LastDay.AddDays(-lead);
            // Before its period begins a schedule item is not counted down (the announcement comes first).
            if (t.AnnounceOn is { } start && day < start) return null;
        }
        var at = settings.OutOfQuiet(settings.FromLocal(day, settings.SendAt));
        return at < t.DueAt ? at : null;
    }

    private sealed class Audience(UnitLevel? level, string? foldedUnit, IReadOnlyList<int> leads)
    {
        public UnitLevel? Level { get; } = level;
        public string? FoldedUnit { get; } = foldedUnit;
        public IReadOnlyList<int> Leads { get; } = leads;
        public List<ChatProfile> Chats { get; } = [];
    }

    private void Enumerate(
        IReadOnlyList<StoredPlan> plans,
        IReadOnlyList<ChatProfile> chats,
        int maxLead,
        DateOnly minLastDay,
        DateOnly maxSendDay,
        Func<DateTimeOffset, ReminderTarget, bool> slot,
        Action<IReadOnlyList<ChatProfile>, ReminderTarget, int, DateTimeOffset> emit,
        Action<ReminderTarget>? seen = null)
    {
        // Audiences: chats that share level, unit and lead days get the same reminders.
        var audiences = new Dictionary<(UnitLevel?, string?, string), Audience>();
        var followers = new Dictionary<string, List<(ChatProfile Chat, Audience Audience)>>(StringComparer.Ordinal);
        var allLeads = new SortedSet<int>(settings.LeadDays);
        foreach (var c in chats)
        {
            if (!Eligible(c)) continue;
            var leads = c.LeadDays ?? settings.LeadDays;
            var unit = string.IsNullOrWhiteSpace(c.Unit) ? null : VietnameseText.Fold(c.Unit);
            var k = (c.Level, unit, string.Join(',', leads));
            if (!audiences.TryGetValue(k, out var a)) audiences[k] = a = new Audience(c.Level, unit, leads.Distinct().ToArray());
            a.Chats.Add(c);
            allLeads.UnionWith(leads);
            foreach (var planId in c.FollowedPlanIds)
            {
                if (!followers.TryGetValue(planId, out var f)) followers[planId] = f = [];
                f.Add((c, a));
            }
        }
        if (audiences.Count == 0) return;
        var audienceList = audiences.Values.ToArray();
        var leadList = allLeads.Append(PlannedReminder.Announce).ToArray();
        var slots = new List<(int Lead, DateTimeOffset At)>();

        foreach (var plan in plans)
        {
            if (!Eligible(plan)) continue;
            followers.TryGetValue(plan.Id, out var planFollowers);
            foreach (var target in ReminderTarget.Of(plan, minLastDay, maxSendDay, maxLead, settings))
            {
                seen?.Invoke(target);
                slots.Clear();
                foreach (var lead in leadList)
                {
                    if (SendTime(target, lead) is { } at && slot(at, target)) slots.Add((lead, at));
                }
                if (slots.Count == 0) continue;
                foreach (var a in audienceList)
                {
                    if (!Relevance.Concerns(target.FoldedWho, target.Level, a.FoldedUnit, a.Level)) continue;
                    EmitFor(a.Chats, a.Leads, target, slots, emit);
                }
                if (planFollowers is null) continue;
                foreach (var (chat, a) in planFollowers)
                {
                    // Already reminded through its audience when the deadline concerns it anyway.
                    if (Relevance.Concerns(target.FoldedWho, target.Level, a.FoldedUnit, a.Level)) continue;
                    EmitFor([chat], a.Leads, target, slots, emit);
                }
            }
        }
    }

    private static void EmitFor(
        IReadOnlyList<ChatProfile> chats, IReadOnlyList<int> leads, ReminderTarget target, List<(int Lead, DateTimeOffset At)> slots,
        Action<IReadOnlyList<ChatProfile>, ReminderTarget, int, DateTimeOffset> emit)
    {
        foreach (var (lead, at) in slots)
        {
            if (lead != PlannedReminder.Announce && !leads.Contains(lead)) continue;
            emit(chats, target, lead, at);
        }
    }
}
