using System.Text;
using Microsoft.Extensions.DependencyInjection;
using NhacHan.Bot.Telegram.Calendar;
using NhacHan.Bot.Tests.Emulator;
using NhacHan.Domain.Plans;
using NhacHan.Domain.Storage;

namespace NhacHan.Bot.Tests.Telegram;

/// <summary>/sapden, /kehoach, /donvi, /lich and /xoa over the emulator (today is 20/01/2024 in these tests).</summary>
[Collection(TelegramCollection.Name)]
public sealed class CommandTests(EmulatorFixture emulator) : BotOverEmulatorTest(emulator)
{

    [Fact]
    public async Task Sapden_lists_the_next_14_days_for_the_chats_level_and_a_wider_window_on_request()
    {
        using var user = User(45_001);
        await user.SendText("/start coso");
        await user.Expect("Đã lưu hồ sơ");
        await user.SendText("/sapden");
        var list = await user.Expect("Sắp đến hạn");
        Assert.Contains("(20/01 – 03/02/2024): 1 mốc", list.Text());
        Assert.Contains("Trước ngày 27/01/2024 (còn 7 ngày) — Cấp cơ sở: tổng hợp số liệu <không tổ chức hội nghị> & báo cáo", list.Text());
        Assert.Contains("mục III.1", list.Text());

        using var everyone = User(45_002);
        await everyone.SendText("/sapden 30");
        var wide = await everyone.Expect("Sắp đến hạn");
        Assert.Contains("2 mốc", wide.Text());
        Assert.Contains("Trước ngày 15/02/2024 (còn 26 ngày) — Cấp huyện", wide.Text());
        Assert.DoesNotContain("10/03/2024", wide.Text());
    }

    [Fact]
    public async Task Long_lists_are_paginated_with_buttons_that_redraw_the_message()
    {
        var many = new Plan
        {
            Number = "99-KH/HU",
            Title = "Kế hoạch nhiều mốc",
            Deadlines = Enumerable.Range(0, 20).Select(i => new Deadline(new DateOnly(2024, 1, 21).AddDays(i % 10), DeadlineKind.Before,
                "Chi bộ", $"việc số {i + 1:00}", null, null, $"II.{i + 1}", $"trước ngày …", false)).ToArray(),
        };
        Setup.Plans.Save(many, "nhieu.docx", [9], "test");
        using var user = User(45_010);
        await user.SendText("/sapden");
        var first = await user.Expect("Sắp đến hạn");
        Assert.Contains("21 mốc — trang 1/3", first.Text());
        Assert.Equal(["Sau ▶ (2/3)"], first.Buttons().Select(b => b.Text));
        await user.PressButton("Sau ▶ (2/3)");
        var second = await user.Expect("trang 2/3");
        Assert.Equal(["◀ Trước", "Sau ▶ (3/3)"], second.Buttons().Select(b => b.Text));
        Assert.Equal(first.GetProperty("message_id").GetInt64(), second.GetProperty("message_id").GetInt64());
    }

    [Fact]
    public async Task Kehoach_opens_a_plan_card_and_its_sections()
    {
        using var user = User(45_020);
        await user.SendText("/kehoach");
        var list = await user.Expect("Các kế hoạch đang áp dụng");
        var planButton = Assert.Single(list.Buttons());
        Assert.Equal("kh:p:p1", planButton.Data);
        await user.PressData(planButton.Data);
        var card = await user.Expect("Kế hoạch tổng kết Chỉ thị số 35-CT/TW");
        Assert.Contains("Số: 21-KH/HU", card.Text());
        Assert.Contains("3 mốc thời hạn", card.Text());
        Assert.Contains("Mốc gần nhất: Trước ngày 27/01/2024 (còn 7 ngày)", card.Text());
        await user.PressButton("Các mốc (3)");
        var deadlines = await user.Expect("Các mốc thời hạn");
        Assert.Contains("Chậm nhất ngày 10/03/2024", deadlines.Text());
        await user.PressButton("« Kế hoạch");
        await user.Expect("Số: 21-KH/HU");
        await user.PressButton("Nội dung (3)");
        var contents = await user.Expect("Nội dung —");
        Assert.Contains("3. Kiến nghị, đề xuất", contents.Text());
    }

    [Fact]
    public async Task Donvi_lists_units_with_their_duties()
    {
        using var user = User(45_030);
        await user.SendText("/donvi ban to chuc");
        var units = await user.Expect("Đơn vị và nhiệm vụ");
        Assert.Contains("Ban Tổ chức Huyện ủy", units.Text());
        Assert.Contains("đôn đốc, theo dõi việc tổng kết", units.Text());
        Assert.DoesNotContain("Chi bộ Thôn 1", units.Text());
    }

    [Fact]
    public async Task Lich_sends_an_ics_that_parses_back_with_all_day_events_alarms_and_stable_uids()
    {
        using var user = User(45_040);
        await user.SendText("/start coso-" + Convert.ToBase64String(Encoding.UTF8.GetBytes("Chi bộ Thôn 1")).TrimEnd('=').Replace('+', '-').Replace('/', '_'));
        await user.Expect("Đã lưu hồ sơ");
        await user.SendText("/lich");
        var message = await user.Expect("Lịch 2 mốc");
        var fileId = message.GetProperty("document").GetProperty("file_id").GetString()!;
        Assert.Equal(DeadlineCalendar.FileName, message.GetProperty("document").GetProperty("file_name").GetString());
        var ics = Encoding.UTF8.GetString(await user.DownloadBotFile(fileId));

        var calendar = Ical.Net.Calendar.Load(ics)!;
        var events = calendar.Events.OrderBy(e => e.DtStart!.Date).ToArray();
        Assert.Equal([new DateOnly(2024, 1, 27), new DateOnly(2024, 3, 10)], events.Select(e => e.DtStart!.Date));
        Assert.All(events, e => Assert.False(e.DtStart!.HasTime));
        Assert.All(events, e => Assert.Equal(e.DtStart!.Date.AddDays(1), e.DtEnd!.Date));
        Assert.All(events, e => Assert.Equal(2, e.Alarms.Count));
        Assert.Contains("Chi bộ Thôn 1", events[1].Summary);

        // The same deadline in a re-imported plan (a new date) keeps its UID, so calendars update it in place.
        var plan = Bot.Plans.Get("p1")!;
        var d = plan.Plan.Deadlines[0];
        Assert.Equal(events[0].Uid, DeadlineCalendar.Uid(plan.Id, d.Section, d.Who, d.What));
        var moved = DeadlineCalendar.Build([new NhacHan.Bot.Telegram.Chat.DeadlineRow(plan, 0, d with { Date = new DateOnly(2024, 1, 29) })]);
        Assert.Equal(events[0].Uid, Ical.Net.Calendar.Load(moved)!.Events.Single().Uid);
    }

    [Fact]
    public async Task Xoa_archives_a_plan_after_confirmation_and_only_for_admins()
    {
        using var user = User(45_050);
        await user.SendText("/xoa");
        await user.Expect("Chỉ quản trị viên");

        using var admin = User(TestBotSetup.AdminId);
        await admin.SendText("/xoa");
        var pick = await admin.Expect("Chọn kế hoạch cần lưu trữ");
        await admin.PressData(pick.Buttons().First(b => b.Data.StartsWith("xoa:p:", StringComparison.Ordinal)).Data);
        await admin.Expect("Lưu trữ kế hoạch");
        Assert.Equal(PlanStatus.Active, Bot.Plans.Get("p1")!.Status);
        await admin.PressButton("Lưu trữ");
        await admin.Expect("Đã lưu trữ kế hoạch");
        Assert.Equal(PlanStatus.Archived, Bot.Plans.Get("p1")!.Status);
        Assert.Contains(Bot.Services.GetRequiredService<IAuditLog>().Recent(5), a => a.Action == "plan.archived" && a.Subject == "p1");

        await user.SendText("/kehoach");
        await user.Expect("Chưa có kế hoạch nào");
    }
}
