using NhacHan.Domain.Answers;
using NhacHan.Domain.Storage;

namespace NhacHan.Domain.Tests.Answers;

/// <summary>Choices, follow-ups, index updates on import, and the parts of the engine on their own.</summary>
public sealed class ConversationFlowTests
{
    private static readonly DateOnly Nov10 = new(2024, 11, 10);

    [Fact]
    public void Same_numbered_plans_are_offered_as_choices_and_a_choice_answers_for_that_plan()
    {
        using var h = new EngineHarness(PlanFixtures.Own());
        var engine = h.At(Nov10);
        var ask = engine.Ask("han bao cao cua kh 146", new ChatProfile(7));
        Assert.Equal(2, ask.Choices.Count);
        var newer = ask.Choices.Single(c => c.Label.Contains("(2024)", StringComparison.Ordinal));
        Assert.Equal($"p:{h.Ids["kh146-2024-tu"]}:due", newer.Action);

        var chosen = engine.Choose(newer.Action, new ChatProfile(7));
        var text = chosen.Text.ToString();
        Assert.Contains("15/04/2025", text);
        Assert.DoesNotContain("15/06/2021", text);
        Assert.All(chosen.Facts, f => Assert.Equal(h.Ids["kh146-2024-tu"], f.PlanId));
    }

    [Fact]
    public void A_summary_button_leads_to_contents_and_duties()
    {
        using var h = new EngineHarness(PlanFixtures.Own());
        var engine = h.At(new DateOnly(2024, 10, 1));
        var summary = engine.Ask("kh 12", null);
        Assert.Contains("4 mốc thời hạn", summary.Text.ToString());
        var contents = engine.Choose(summary.Choices.Single(c => c.Label == "Nội dung").Action, null);
        Assert.Contains("Bầu chi ủy, bí thư, phó bí thư chi bộ", contents.Text.ToString());
        var duties = engine.Choose(summary.Choices.Single(c => c.Label == "Đơn vị phụ trách").Action, null);
        Assert.Contains("Văn phòng Đảng ủy", duties.Text.ToString());
        Assert.Contains("Tổng hợp lịch đại hội các chi bộ", duties.Text.ToString());
    }

    [Fact]
    public void Facts_carry_the_plan_section_quote_and_date()
    {
        using var h = new EngineHarness(PlanFixtures.Own());
        var answer = h.Ask("chi uy gui du thao bao cao chinh tri cham nhat ngay nao", new DateOnly(2024, 10, 15));
        var fact = Assert.Single(answer.Facts);
        Assert.Equal(h.Ids["kh12-2024-du"], fact.PlanId);
        Assert.Equal("II.2", fact.Section);
        Assert.Equal(new DateOnly(2024, 10, 20), fact.Date);
        Assert.Contains("chậm nhất ngày 20/10/2024", fact.Quote);
    }

    [Fact]
    public void A_plan_stored_after_start_is_answered_and_the_plan_it_replaces_is_not()
    {
        using var h = new EngineHarness(PlanFixtures.Own().Where(p => p.Name != "kh95-2023-hu"));
        var before = h.Ask("ket nap dang vien dot 1 han khi nao", new DateOnly(2023, 6, 1)).Text.ToString();
        Assert.Contains("30/06/2023", before);

        var replacement = PlanFixtures.OwnPlan("kh95-2023-hu");
        h.Store.Save(replacement, "95.docx", PlanFixtures.Bytes(replacement), "test");

        var after = h.Ask("ket nap dang vien dot 1 han khi nao", new DateOnly(2023, 6, 2)).Text.ToString();
        Assert.Contains("15/07/2023", after);
        Assert.DoesNotContain("30/06/2023", after);
    }

    [Fact]
    public void An_archived_plan_is_no_longer_answered()
    {
        using var h = new EngineHarness(PlanFixtures.Own());
        var day = new DateOnly(2024, 10, 15);
        Assert.Contains("20/10/2024", h.Ask("tuần này có hạn gì không", day).Text.ToString());
        h.Store.Archive(h.Ids["kh12-2024-du"], "test");
        var text = h.Ask("tuan nay co han gi khong", day).Text.ToString();
        Assert.DoesNotContain("20/10/2024", text);
        Assert.Contains("không có mốc thời hạn nào", text);
    }

    [Fact]
    public void A_new_version_replaces_the_old_dates_in_answers()
    {
        using var h = new EngineHarness(PlanFixtures.Own());
        var v1 = PlanFixtures.OwnPlan("kh12-2024-du");
        var v2 = v1 with { Deadlines = [.. v1.Deadlines.Select(d => d.Section == "II.2" ? d with { Date = new DateOnly(2024, 10, 25), Quote = d.Quote.Replace("20/10/2024", "25/10/2024", StringComparison.Ordinal) } : d)] };
        h.Store.Save(v2, "v2.docx", PlanFixtures.Bytes(v2), "test");
        var text = h.Ask("chi uy gui du thao bao cao chinh tri cham nhat ngay nao", new DateOnly(2024, 10, 15)).Text.ToString();
        Assert.Contains("25/10/2024", text);
        Assert.DoesNotContain("20/10/2024", text);
    }

    [Fact]
    public void Sample_plans_are_labelled_as_samples()
    {
        using var h = new EngineHarness([]);
        var plan = PlanFixtures.OwnPlan("kh12-2024-du");
        h.Store.Save(plan, "mau.md", PlanFixtures.Bytes(plan), "sample", isSample: true);
        var text = h.Ask("/kehoach", new DateOnly(2024, 10, 1)).Text.ToString();
        Assert.Contains("kế hoạch mẫu", text);
        Assert.Contains("kế hoạch mẫu", h.Ask("kh 12", new DateOnly(2024, 10, 1)).Text.ToString());
    }

    [Fact]
    public void An_empty_store_says_so()
    {
        using var h = new EngineHarness([]);
        Assert.Contains("Chưa có kế hoạch nào được lưu", h.Ask("/kehoach", Nov10).Text.ToString());
        Assert.Contains("Chưa tìm thấy nội dung này", h.Ask("han nop bao cao", Nov10).Text.ToString());
        Assert.Contains("không có mốc thời hạn nào", h.Ask("/sapden", Nov10).Text.ToString());
    }

    [Theory]
    [InlineData("p:nosuchplan:due")]
    [InlineData("garbage")]
    [InlineData("")]
    public void Unknown_actions_get_a_plain_answer(string action)
    {
        using var h = new EngineHarness(PlanFixtures.Own());
        var answer = h.At(Nov10).Choose(action, null);
        Assert.False(string.IsNullOrWhiteSpace(answer.Text.ToString()));
    }

    [Fact]
    public void A_chat_level_narrows_what_is_coming_up()
    {
        using var h = new EngineHarness(PlanFixtures.Own());
        var day = new DateOnly(2024, 9, 20);
        var everyone = h.Ask("thang 10/2024 co han gi", day).Text.ToString();
        Assert.Contains("20/10/2024", everyone); // Chi ủy các chi bộ: grassroots
        Assert.Contains("01/10/2024", everyone);
        var province = h.Ask("thang 10/2024 co han gi", day, new ChatProfile(5) { Level = UnitLevel.Province }).Text.ToString();
        Assert.DoesNotContain("20/10/2024", province);
        Assert.DoesNotContain("01/10/2024", province);
        var grassroots = h.Ask("thang 10/2024 co han gi", day, new ChatProfile(6) { Level = UnitLevel.Grassroots }).Text.ToString();
        Assert.Contains("20/10/2024", grassroots);
    }
}
