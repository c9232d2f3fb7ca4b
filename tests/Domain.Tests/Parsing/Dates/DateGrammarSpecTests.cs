using NhacHan.Domain.Parsing.Dates;

namespace NhacHan.Domain.Tests.Parsing.Dates;

/// <summary>
/// Spec examples: input → every mention with type, kind, date, range start, granularity, flags and span text.
/// The reference (document) date is 2025-05-09 unless a row says otherwise.
/// </summary>
public class DateGrammarSpecTests
{
    private static readonly DateOnly Reference = new(2025, 5, 9);

    [Theory]
    // Days with a cue: before / on.
    [InlineData("Báo cáo trước ngày 27/01/2024.", "Day Before 2024-01-27 Day «trước ngày 27/01/2024»")]
    [InlineData("hoàn thành trước 25/5/2025", "Day Before 2025-05-25 Day «trước 25/5/2025»")]
    [InlineData("chậm nhất ngày 10 tháng 9 năm 2026", "Day On 2026-09-10 Day «chậm nhất ngày 10 tháng 9 năm 2026»")]
    [InlineData("báo cáo về Ban Thường vụ Tỉnh ủy, chậm nhất ngày 01/5/2025.", "Day On 2025-05-01 Day «chậm nhất ngày 01/5/2025»")]
    [InlineData("chậm nhất là ngày 15/6/2025", "Day On 2025-06-15 Day «chậm nhất là ngày 15/6/2025»")]
    [InlineData("muộn nhất vào ngày 15/6/2025", "Day On 2025-06-15 Day «muộn nhất vào ngày 15/6/2025»")]
    [InlineData("ngày 15 tháng 02 năm 2024", "Day On 2024-02-15 Day «ngày 15 tháng 02 năm 2024»")]
    [InlineData("Ngày 20/10/2026: hoàn thành dự thảo", "Day On 2026-10-20 Day «Ngày 20/10/2026»")]
    [InlineData("hoàn thành xong trước ngày 20/4/2025.", "Day Before 2025-04-20 Day «trước ngày 20/4/2025»")]
    [InlineData("Thời gian hoàn thành trước ngày 08/5/2025.", "Day Before 2025-05-08 Day «trước ngày 08/5/2025»")]
    [InlineData("đến hết ngày 30/6/2025", "Day On 2025-06-30 Day «đến hết ngày 30/6/2025»")]
    [InlineData("27/01/2024", "Day On 2024-01-27 Day «27/01/2024»")]
    // Separators and decorations.
    [InlineData("ngày 07-10-2026", "Day On 2026-10-07 Day «ngày 07-10-2026»")]
    [InlineData("ngày 07–10–2026", "Day On 2026-10-07 Day «ngày 07–10–2026»")]
    [InlineData("ngày 07—10—2026", "Day On 2026-10-07 Day «ngày 07—10—2026»")]
    [InlineData("Hạn: 15/10", "Day On 2025-10-15 Day inferred «Hạn: 15/10»")]
    [InlineData("Thời hạn: 30/9/2025", "Day On 2025-09-30 Day «Thời hạn: 30/9/2025»")]
    [InlineData("hạn chót ngày 30/6/2025", "Day On 2025-06-30 Day «hạn chót ngày 30/6/2025»")]
    [InlineData("Thời gian hoàn thành: 15/10", "Day On 2025-10-15 Day inferred «Thời gian hoàn thành: 15/10»")]
    [InlineData("Thời gian: tháng 9/2025", "Period ByMonth 2025-09-30 from=2025-09-01 Month «Thời gian: tháng 9/2025»")]
    [InlineData("Điều 3.2.2024 của quy chế", "")]
    [InlineData("ngày 3.2.2024", "Day On 2024-02-03 Day «ngày 3.2.2024»")]
    [InlineData("nộp 27.01.2024", "Day On 2024-01-27 Day «27.01.2024»")]
    [InlineData("ngày 2026-10-07", "Day On 2026-10-07 Day «ngày 2026-10-07»")]
    [InlineData("trước ngày **27/01/2024**.", "Day Before 2024-01-27 Day «trước ngày **27/01/2024»")]
    [InlineData("(**hoàn thành trước ngày 25/5/2025**)", "Day Before 2025-05-25 Day «trước ngày 25/5/2025»")]
    [InlineData("(*Hoàn thành trước 25/5/2025*)", "Day Before 2025-05-25 Day «trước 25/5/2025»")]
    [InlineData("trước\u00a0ngày\u00a027/01/2024", "Day Before 2024-01-27 Day «trước\u00a0ngày\u00a027/01/2024»")]
    [InlineData("tru\u031Bo\u031B\u0301c nga\u0300y 27/01/2024", "Day Before 2024-01-27 Day «tru\u031Bo\u031B\u0301c nga\u0300y 27/01/2024»")]
    [InlineData("TRƯỚC NGÀY 27/01/2024", "Day Before 2024-01-27 Day «TRƯỚC NGÀY 27/01/2024»")]
    [InlineData("ngày27/01/2024", "Day On 2024-01-27 Day «ngày27/01/2024»")]
    [InlineData("ngày 03/8 năm 2026", "Day On 2026-08-03 Day «ngày 03/8 năm 2026»")]
    // Header date line.
    [InlineData("Hà Nội, ngày 15 tháng 01 năm 2024", "Day On 2024-01-15 Day «ngày 15 tháng 01 năm 2024»")]
    [InlineData("Tam Đường, ngày 09 tháng 5 năm 2025", "Day On 2025-05-09 Day «ngày 09 tháng 5 năm 2025»")]
    [InlineData("Thừa Thiên Huế, ngày      tháng 8 năm 2024", "BlankDay On - from=2024-08-01 Month «ngày      tháng 8 năm 2024»")]
    [InlineData("ngày ....... tháng 8 năm 2024", "BlankDay On - from=2024-08-01 Month «ngày ....... tháng 8 năm 2024»")]
    [InlineData("ngày …… tháng 12 năm 2025", "BlankDay On - from=2025-12-01 Month «ngày …… tháng 12 năm 2025»")]
    [InlineData("ngày …/8/2024", "BlankDay On - from=2024-08-01 Month «ngày …/8/2024»")]
    // Months.
    [InlineData("hoàn thành trong tháng 8/2024.", "Period ByMonth 2024-08-31 from=2024-08-01 Month «trong tháng 8/2024»")]
    [InlineData("trong tháng 02/2024", "Period ByMonth 2024-02-29 from=2024-02-01 Month «trong tháng 02/2024»")]
    [InlineData("Tháng 10, 11/2024", "Period ByMonth 2024-11-30 from=2024-10-01 Month «Tháng 10, 11/2024»")]
    [InlineData("tháng 10 và 11 năm 2024", "Period ByMonth 2024-11-30 from=2024-10-01 Month «tháng 10 và 11 năm 2024»")]
    [InlineData("tháng 8 năm 2024", "Period ByMonth 2024-08-31 from=2024-08-01 Month «tháng 8 năm 2024»")]
    [InlineData("Cho ý kiến dự thảo lần 1 (tháng 10/2024), lần 2 (tháng 11/2024) Văn kiện",
        "Period ByMonth 2024-10-31 from=2024-10-01 Month «tháng 10/2024» ; Period ByMonth 2024-11-30 from=2024-11-01 Month «tháng 11/2024»")]
    [InlineData("Cuối tháng 10/2025, tiến hành tổng kết", "Period ByMonth 2025-10-31 from=2025-10-01 Month «Cuối tháng 10/2025»")]
    [InlineData("tiến hành đại hội đại biểu vào đầu tháng 7/2025;", "Period ByMonth 2025-07-31 from=2025-07-01 Month «vào đầu tháng 7/2025»")]
    [InlineData("giữa tháng 9/2025", "Period ByMonth 2025-09-30 from=2025-09-01 Month «giữa tháng 9/2025»")]
    [InlineData("tuần 2 tháng 5/2025", "Period ByMonth 2025-05-31 from=2025-05-01 Month «tuần 2 tháng 5/2025»")]
    [InlineData("trong tuần thứ 2 của tháng 5/2025", "Period ByMonth 2025-05-31 from=2025-05-01 Month «trong tuần thứ 2 của tháng 5/2025»")]
    [InlineData("nửa đầu tháng 8/2025", "Period ByMonth 2025-08-31 from=2025-08-01 Month «nửa đầu tháng 8/2025»")]
    [InlineData("tuần đầu tháng 9/2025", "Period ByMonth 2025-09-30 from=2025-09-01 Month «tuần đầu tháng 9/2025»")]
    [InlineData("vào đầu tuần đến trung tuần tháng 10/2025.", "Period ByMonth 2025-10-31 from=2025-10-01 Month «vào đầu tuần đến trung tuần tháng 10/2025»")]
    [InlineData("bắt đầu từ tháng 01/2025, hoàn thành trước ngày 31/3/2025",
        "Period Start 2025-01-01 from=2025-01-01 Month «bắt đầu từ tháng 01/2025» ; Day Before 2025-03-31 Day «trước ngày 31/3/2025»")]
    [InlineData("từ tháng 3/2025", "Period Start 2025-03-01 from=2025-03-01 Month «từ tháng 3/2025»")]
    [InlineData("đến 8/2025", "Period ByMonth 2025-08-31 from=2025-08-01 Month «đến 8/2025»")]
    // Quarters, half-years, years.
    [InlineData("quý III/2025", "Period ByMonth 2025-09-30 from=2025-07-01 Quarter «quý III/2025»")]
    [InlineData("Quý III/2024", "Period ByMonth 2024-09-30 from=2024-07-01 Quarter «Quý III/2024»")]
    [InlineData("trong quý 3/2025", "Period ByMonth 2025-09-30 from=2025-07-01 Quarter «trong quý 3/2025»")]
    [InlineData("quý IV năm 2024", "Period ByMonth 2024-12-31 from=2024-10-01 Quarter «quý IV năm 2024»")]
    [InlineData("quý I, II/2026", "Period ByMonth 2026-06-30 from=2026-01-01 Quarter «quý I, II/2026»")]
    [InlineData("6 tháng đầu năm 2027", "Period ByMonth 2027-06-30 from=2027-01-01 HalfYear «6 tháng đầu năm 2027»")]
    [InlineData("trong 6 tháng cuối năm 2026", "Period ByMonth 2026-12-31 from=2026-07-01 HalfYear «trong 6 tháng cuối năm 2026»")]
    [InlineData("nửa đầu năm 2026", "Period ByMonth 2026-06-30 from=2026-01-01 HalfYear «nửa đầu năm 2026»")]
    [InlineData("9 tháng đầu năm 2025", "Period ByMonth 2025-09-30 from=2025-01-01 Quarter «9 tháng đầu năm 2025»")]
    [InlineData("trong năm 2025", "Period ByMonth 2025-12-31 from=2025-01-01 Year «trong năm 2025»")]
    [InlineData("kỷ niệm các ngày lễ lớn trong năm 2025.", "Period ByMonth 2025-12-31 from=2025-01-01 Year «trong năm 2025»")]
    [InlineData("trong năm 2020-2025", "")]
    [InlineData("cuối năm 2025", "Period ByMonth 2025-12-31 from=2025-01-01 Year «cuối năm 2025»")]
    [InlineData("Năm 2025 là năm tổ chức đại hội", "")]
    // Ranges.
    [InlineData("Đầu tháng 7/2025 đến 15/7/2025, các đảng bộ", "Range RangeEnd 2025-07-15 from=2025-07-01 Day «Đầu tháng 7/2025 đến 15/7/2025»")]
    [InlineData("từ ngày 03/8 đến ngày 20/8/2026", "Range RangeEnd 2026-08-20 from=2026-08-03 Day «từ ngày 03/8 đến ngày 20/8/2026»")]
    [InlineData("từ ngày 15/12 đến ngày 15/01/2026", "Range RangeEnd 2026-01-15 from=2025-12-15 Day «từ ngày 15/12 đến ngày 15/01/2026»")]
    [InlineData("từ ngày 01/4 - 15/4/2026", "Range RangeEnd 2026-04-15 from=2026-04-01 Day «từ ngày 01/4 - 15/4/2026»")]
    [InlineData("từ tháng 3 đến tháng 5/2025", "Range RangeEnd 2025-05-31 from=2025-03-01 Month «từ tháng 3 đến tháng 5/2025»")]
    [InlineData("từ tháng 3/2025 đến hết tháng 5/2025", "Range RangeEnd 2025-05-31 from=2025-03-01 Month «từ tháng 3/2025 đến hết tháng 5/2025»")]
    [InlineData("từ 01/7/2025 đến 15/7", "Range RangeEnd 2025-07-15 from=2025-07-01 Day «từ 01/7/2025 đến 15/7»")]
    [InlineData("từ ngày 01 đến ngày 15/7/2025", "Range RangeEnd 2025-07-15 from=2025-07-01 Day «từ ngày 01 đến ngày 15/7/2025»")]
    [InlineData("từ 20 - 25/7/2025", "Range RangeEnd 2025-07-25 from=2025-07-20 Day «từ 20 - 25/7/2025»")]
    [InlineData("từ ngày 25 đến ngày 05/01/2026", "Range RangeEnd 2026-01-05 from=2025-12-25 Day «từ ngày 25 đến ngày 05/01/2026»")]
    [InlineData("tháng 7 và tháng 8/2025", "Period ByMonth 2025-08-31 from=2025-07-01 Month «tháng 7 và tháng 8/2025»")]
    [InlineData("quý III và quý IV năm 2025", "Period ByMonth 2025-12-31 from=2025-07-01 Quarter «quý III và quý IV năm 2025»")]
    [InlineData("tháng 12/2024 và tháng 01/2025", "Period ByMonth 2024-12-31 from=2024-12-01 Month «tháng 12/2024» ; Period ByMonth 2025-01-31 from=2025-01-01 Month «tháng 01/2025»")]
    [InlineData("tháng 12 và tháng 01/2026", "Period ByMonth 2025-12-31 from=2025-12-01 Month inferred «tháng 12» ; Period ByMonth 2026-01-31 from=2026-01-01 Month «tháng 01/2026»")]
    [InlineData("tháng 8 và quý IV/2025", "Period ByMonth 2025-08-31 from=2025-08-01 Month inferred «tháng 8» ; Period ByMonth 2025-12-31 from=2025-10-01 Quarter «quý IV/2025»")]
    [InlineData("tổ chức ngày 01-02/10/2025", "Range RangeEnd 2025-10-02 from=2025-10-01 Day «ngày 01-02/10/2025»")]
    [InlineData("ngày 20 - 21/10/2025", "Range RangeEnd 2025-10-21 from=2025-10-20 Day «ngày 20 - 21/10/2025»")]
    [InlineData("tháng 12/2024 - tháng 01/2025", "Range RangeEnd 2025-01-31 from=2024-12-01 Month «tháng 12/2024 - tháng 01/2025»")]
    [InlineData("tổ chức vào ngày 15 và 16/8/2024", "Range RangeEnd 2024-08-16 from=2024-08-15 Day «vào ngày 15 và 16/8/2024»")]
    [InlineData("các ngày 15, 16/8/2024", "Range RangeEnd 2024-08-16 from=2024-08-15 Day «ngày 15, 16/8/2024»")]
    [InlineData("từ tháng 3 - 5/2025", "Period ByMonth 2025-05-31 from=2025-03-01 Month «từ tháng 3 - 5/2025»")]
    [InlineData("từ nay đến cuối năm 2025", "Period ByMonth 2025-12-31 from=2025-01-01 Year «đến cuối năm 2025»")]
    [InlineData("trong quí IV/2025", "Period ByMonth 2025-12-31 from=2025-10-01 Quarter «trong quí IV/2025»")]
    [InlineData("Qúy III/2025", "Period ByMonth 2025-09-30 from=2025-07-01 Quarter «Qúy III/2025»")]
    [InlineData("*ngày 15/02/2024*", "Day On 2024-02-15 Day «ngày 15/02/2024»")]
    // Times.
    [InlineData("Thời gian: ½ ngày, 14h00 phút, ngày 27/02/2024 (Thứ Ba).", "Day On 2024-02-27 Day at=14:00 «14h00 phút, ngày 27/02/2024 (Thứ Ba)»")]
    [InlineData("ngày 27/02/2024, lúc 08 giờ 30", "Day On 2024-02-27 Day at=08:30 «ngày 27/02/2024, lúc 08 giờ 30»")]
    [InlineData("vào lúc 07 giờ 30, ngày 05/6/2026 tại Hội trường", "Day On 2026-06-05 Day at=07:30 «vào lúc 07 giờ 30, ngày 05/6/2026»")]
    [InlineData("Thời gian: 08 giờ 00, ngày 20/3/2026.", "Day On 2026-03-20 Day at=08:00 «Thời gian: 08 giờ 00, ngày 20/3/2026»")]
    [InlineData("07 giờ 30 phút, thứ Năm, ngày 05/6/2025: Đại hội", "Day On 2025-06-05 Day at=07:30 «07 giờ 30 phút, thứ Năm, ngày 05/6/2025»")]
    [InlineData("14h00, Chủ nhật, ngày 08/6/2025", "Day On 2025-06-08 Day at=14:00 «14h00, Chủ nhật, ngày 08/6/2025»")]
    [InlineData("08 giờ 30 phút ngày 05/3/2025", "Day On 2025-03-05 Day at=08:30 «08 giờ 30 phút ngày 05/3/2025»")]
    [InlineData("vào lúc 7h30 ngày 05/3/2025", "Day On 2025-03-05 Day at=07:30 «vào lúc 7h30 ngày 05/3/2025»")]
    [InlineData("2 giờ chiều ngày 05/3/2025", "Day On 2025-03-05 Day at=14:00 «2 giờ chiều ngày 05/3/2025»")]
    [InlineData("14:00 ngày 05/3/2025", "Day On 2025-03-05 Day at=14:00 «14:00 ngày 05/3/2025»")]
    [InlineData("họp lúc 08 giờ 30", "")]
    [InlineData("từ 8h00 đến 11h30 ngày 27/02/2024", "Day On 2024-02-27 Day at=08:00 «từ 8h00 đến 11h30 ngày 27/02/2024»")]
    [InlineData("lúc 7 giờ 30 phút, ngày 20/5/2025, tại Hội trường", "Day On 2025-05-20 Day at=07:30 «7 giờ 30 phút, ngày 20/5/2025»")]
    [InlineData("thứ Hai (ngày 03/3/2025)", "Day On 2025-03-03 Day «ngày 03/3/2025»")]
    // Recurring.
    [InlineData("trước ngày 25 hằng tháng", "RecurringMonthly RecurringMonthly 2025-05-25 Day day=25 «trước ngày 25 hằng tháng»")]
    [InlineData("ngày 05 hàng tháng", "RecurringMonthly RecurringMonthly 2025-06-05 Day day=5 «ngày 05 hàng tháng»")]
    [InlineData("định kỳ hằng tháng, trước ngày 20", "RecurringMonthly RecurringMonthly 2025-05-20 Day day=20 «định kỳ hằng tháng, trước ngày 20»")]
    [InlineData("trước ngày 9 hằng tháng", "RecurringMonthly RecurringMonthly 2025-05-09 Day day=9 «trước ngày 9 hằng tháng»")]
    [InlineData("trước ngày 31 hằng tháng", "RecurringMonthly RecurringMonthly 2025-05-31 Day day=31 «trước ngày 31 hằng tháng»")]
    // Year left out → the document's year, flagged.
    [InlineData("trước 30/6", "Day Before 2025-06-30 Day inferred «trước 30/6»")]
    [InlineData("trước ngày 30/6.", "Day Before 2025-06-30 Day inferred «trước ngày 30/6»")]
    [InlineData("ngày 10 tháng 9", "Day On 2025-09-10 Day inferred «ngày 10 tháng 9»")]
    [InlineData("trong tháng 8", "Period ByMonth 2025-08-31 from=2025-08-01 Month inferred «trong tháng 8»")]
    [InlineData("quý IV", "Period ByMonth 2025-12-31 from=2025-10-01 Quarter inferred «quý IV»")]
    // Spaces around separators, two-digit years (only after "ngày" or a cue).
    [InlineData("trước ngày 27 / 01 / 2024", "Day Before 2024-01-27 Day «trước ngày 27 / 01 / 2024»")]
    [InlineData("trước ngày 27- 01-2024", "Day Before 2024-01-27 Day «trước ngày 27- 01-2024»")]
    [InlineData("hạn 27/01/24", "Day On 2024-01-27 Day «hạn 27/01/24»")]
    [InlineData("ngày 05-3-25", "Day On 2025-03-05 Day «ngày 05-3-25»")]
    [InlineData("tổ 12 / 3 / 2024 người", "")]
    [InlineData("trước 1.2.24", "")]
    [InlineData("có 27/01/24 chi bộ", "")]
    // Yearly: the next occurrence on or after the document's date, flagged inferred.
    [InlineData("trước ngày 15/12 hằng năm", "Day Before 2025-12-15 Day inferred «trước ngày 15/12 hằng năm»")]
    [InlineData("trước ngày 15/3 hằng năm", "Day Before 2026-03-15 Day inferred «trước ngày 15/3 hằng năm»")]
    [InlineData("ngày 15 tháng 12 hàng năm", "Day On 2025-12-15 Day inferred «ngày 15 tháng 12 hàng năm»")]
    // A line break inside an expression (Shift+Enter, a wrapped PDF line).
    [InlineData("Báo cáo trước ngày\n27/01/2024.", "Day Before 2024-01-27 Day «trước ngày\n27/01/2024»")]
    [InlineData("ngày 15 tháng 02\nnăm 2024", "Day On 2024-02-15 Day «ngày 15 tháng 02\nnăm 2024»")]
    [InlineData("chậm nhất\nngày 10/9/2026", "Day On 2026-09-10 Day «chậm nhất\nngày 10/9/2026»")]
    [InlineData("Hội nghị\n27/01/2024", "Day On 2024-01-27 Day «27/01/2024»")]
    // Months written as words (lunar "Giêng", "Chạp"; "Mười Hai") are reported, never converted.
    [InlineData("trong tháng Giêng năm 2025", "Unplaced ByMonth - Month «trong tháng Giêng năm 2025»")]
    [InlineData("hoàn thành trong tháng Mười Hai năm 2025", "Unplaced ByMonth - Month «trong tháng Mười Hai năm 2025»")]
    [InlineData("từ tháng Chạp đến 15/02/2025", "Unplaced RangeEnd - Day «từ tháng Chạp đến 15/02/2025»")]
    [InlineData("trước tháng Chạp", "")]
    // Lists: the cue carries over "và"; a year-less date takes the year of the next date in the list.
    [InlineData("trước 15/10/2025 và 15/4/2026", "Day Before 2025-10-15 Day «trước 15/10/2025» ; Day Before 2026-04-15 Day «15/4/2026»")]
    [InlineData("ngày 30/4 và 01/5", "Day On 2025-04-30 Day inferred «ngày 30/4» ; Day On 2025-05-01 Day inferred «01/5»")]
    [InlineData("trước 15/3 và 2/3 số đảng viên", "Day Before 2025-03-15 Day inferred «trước 15/3»")]
    [InlineData("ngày 14 và 15 tháng 3 năm 2025", "Range RangeEnd 2025-03-15 from=2025-03-14 Day «ngày 14 và 15 tháng 3 năm 2025»")]
    [InlineData("từ ngày 14 đến 16 tháng 3 năm 2025", "Range RangeEnd 2025-03-16 from=2025-03-14 Day «từ ngày 14 đến 16 tháng 3 năm 2025»")]
    [InlineData("báo cáo quý trước ngày 15/3, 15/6, 15/9 và 15/12.", "Day Before 2025-03-15 Day inferred «trước ngày 15/3» ; Day Before 2025-06-15 Day inferred «15/6» ; Day Before 2025-09-15 Day inferred «15/9» ; Day Before 2025-12-15 Day inferred «15/12»")]
    [InlineData("chậm nhất ngày 10/10/2025, 3/4 đơn vị hoàn thành", "Day On 2025-10-10 Day «chậm nhất ngày 10/10/2025»")]
    [InlineData("trước 15/10, năm 2024 đã làm", "Day Before 2025-10-15 Day inferred «trước 15/10»")]
    [InlineData("trước 15/10, 15/4/2026", "Day Before 2025-10-15 Day inferred «trước 15/10» ; Day Before 2026-04-15 Day «15/4/2026»")]
    // A frequency is no month.
    [InlineData("định kỳ 3 tháng 1 lần", "")]
    [InlineData("mỗi tháng 1 lần", "")]
    [InlineData("ngày 15 tháng 1", "Day On 2025-01-15 Day inferred «ngày 15 tháng 1»")]
    // Impossible dates are never guessed.
    [InlineData("trước ngày 31/02/2024", "Unplaced Before - Day «trước ngày 31/02/2024»")]
    [InlineData("ngày 29/02/2025", "Unplaced On - Day «ngày 29/02/2025»")]
    [InlineData("ngày 29/02/2024", "Day On 2024-02-29 Day «ngày 29/02/2024»")]
    [InlineData("trong tháng 13/2024", "Unplaced ByMonth - Month «trong tháng 13/2024»")]
    [InlineData("ngày 15 tháng 13 năm 2024", "Unplaced On - Day «ngày 15 tháng 13 năm 2024»")]
    [InlineData("quý V/2025", "Unplaced ByMonth - Quarter «quý V/2025»")]
    [InlineData("từ ngày 20/8/2026 đến ngày 03/8/2026", "Unplaced RangeEnd - Day «từ ngày 20/8/2026 đến ngày 03/8/2026»")]
    public void Finds(string text, string expected) =>
        Assert.Equal(expected, MentionFormat.Render(text, DateGrammar.Find(text, Reference)));

    [Theory]
    [InlineData("trước 30/6", "Unplaced Before - Day «trước 30/6»")]
    [InlineData("trong tháng 8", "Unplaced ByMonth - Month «trong tháng 8»")]
    [InlineData("trước ngày 25 hằng tháng", "RecurringMonthly RecurringMonthly - Day day=25 «trước ngày 25 hằng tháng»")]
    [InlineData("trước ngày 27/01/2024", "Day Before 2024-01-27 Day «trước ngày 27/01/2024»")]
    [InlineData("từ ngày 03/8 đến ngày 20/8/2026", "Range RangeEnd 2026-08-20 from=2026-08-03 Day «từ ngày 03/8 đến ngày 20/8/2026»")]
    public void Without_a_document_date(string text, string expected) =>
        Assert.Equal(expected, MentionFormat.Render(text, DateGrammar.Find(text, null)));

    [Theory]
    // The document is dated January 2026: a list's year comes from the list, not from the document.
    [InlineData("tháng 12 và tháng 01/2026", "Period ByMonth 2025-12-31 from=2025-12-01 Month inferred «tháng 12» ; Period ByMonth 2026-01-31 from=2026-01-01 Month «tháng 01/2026»")]
    [InlineData("từ 20/12 đến 10/01/2026", "Range RangeEnd 2026-01-10 from=2025-12-20 Day «từ 20/12 đến 10/01/2026»")]
    [InlineData("trước ngày 15/12 hằng năm", "Day Before 2026-12-15 Day inferred «trước ngày 15/12 hằng năm»")]
    [InlineData("trước ngày 05/01 hằng năm", "Day Before 2026-01-05 Day inferred «trước ngày 05/01 hằng năm»")]
    [InlineData("trước ngày 04/01 hằng năm", "Day Before 2027-01-04 Day inferred «trước ngày 04/01 hằng năm»")]
    public void Years_early_in_the_year(string text, string expected) =>
        Assert.Equal(expected, MentionFormat.Render(text, DateGrammar.Find(text, new DateOnly(2026, 1, 5))));

    [Theory]
    [InlineData("Nghị định 30/2020/NĐ-CP về công tác văn thư")]
    [InlineData("Kế hoạch số 146-KH/TU")]
    [InlineData("Chỉ thị 35-CT/TW")]
    [InlineData("Nghị quyết 21-NQ/TW")]
    [InlineData("Quyết định 1234/QĐ-UBND")]
    [InlineData("Thông tư số 01/2011/TT-BNV")]
    [InlineData("Kế hoạch số 15–KH/TU")]
    [InlineData("có 15/20 chi bộ hoàn thành")]
    [InlineData("đạt 3/4 chỉ tiêu, trang 12/30")]
    [InlineData("trước 15/20 chi bộ")]
    [InlineData("nhiệm kỳ 2020-2025 và 2025 - 2030")]
    [InlineData("tăng đến 2/3 số đảng viên, từ 1/2 trở lên, đạt 3/4 tổng số, trước 1/2 đại biểu")]
    [InlineData("ĐT: 0213.3876.123, 1.500.000 đồng")]
    [InlineData("Luật số 12/2017/QH14")]
    [InlineData("1.1. Cấp huyện; 2.2.2. Cấp cơ sở; 1.234.567 đồng")]
    [InlineData("không quá 01 ngày, ½ ngày")]
    [InlineData("50% và 100/100 đảng viên")]
    [InlineData("Đại hội lần thứ 14, tổ 3 tháng trước")]
    [InlineData("ngày. Tháng này")]
    public void Never_dates(string text) => Assert.Empty(DateGrammar.Find(text, Reference));

    [Theory]
    [InlineData("Chỉ thị số 35-CT/TW, ngày 30/5/2019 của Bộ Chính trị", "Day On 2019-05-30 Day citation «ngày 30/5/2019»")]
    [InlineData("Kế hoạch số 146-KH/TU ngày 12/6/2024", "Day On 2024-06-12 Day citation «ngày 12/6/2024»")]
    [InlineData("Quyết định 1234/QĐ-UBND ngày 15 tháng 3 năm 2024", "Day On 2024-03-15 Day citation «ngày 15 tháng 3 năm 2024»")]
    [InlineData("theo Hướng dẫn số 12-HD/BTCTW (ngày 03/4/2024)", "Day On 2024-04-03 Day citation «ngày 03/4/2024»")]
    [InlineData("Thực hiện Chỉ thị 35, ngày 14/6/2024 của Bộ Chính trị", "Day On 2024-06-14 Day citation «ngày 14/6/2024»")]
    [InlineData("Kế hoạch số 339-KH/HU, ngày 14/02/2025 thực hiện thí điểm", "Day On 2025-02-14 Day citation «ngày 14/02/2025»")]
    [InlineData("Kế hoạch số 146-KH/TU, báo cáo trước ngày 12/6/2024", "Day Before 2024-06-12 Day «trước ngày 12/6/2024»")]
    [InlineData("Công văn số 1234 ngày 05/3/2025 về việc", "Day On 2025-03-05 Day citation «ngày 05/3/2025»")]
    [InlineData("Kế hoạch này được ban hành ngày 18/01/2024", "Day On 2024-01-18 Day citation «ngày 18/01/2024»")]
    [InlineData("báo cáo kết quả ngày 20/5/2025 tại hội nghị", "Day On 2025-05-20 Day «ngày 20/5/2025»")]
    public void Cited_document_dates_are_marked(string text, string expected) =>
        Assert.Equal(expected, MentionFormat.Render(text, DateGrammar.Find(text, Reference)));

    [Fact]
    public void Cues_are_reported()
    {
        var found = DateGrammar.Find("trước ngày 1/6/2025, chậm nhất ngày 2/6/2025, trong tháng 6/2025, từ tháng 7/2025, đến 8/2025, sau ngày 9/9/2025", Reference);
        Assert.Equal(
            [DateCue.Before, DateCue.NoLaterThan, DateCue.Within, DateCue.From, DateCue.Until, DateCue.After],
            found.Select(m => m.Cue).ToArray());
        Assert.Equal(NhacHan.Domain.Plans.DeadlineKind.Start, found[^1].Kind);
    }

    [Theory]
    [InlineData("Báo cáo sơ kết 6 tháng đầu năm 2025 gửi trước ngày 15/6/2025", true)]
    [InlineData("đánh giá kết quả quý III/2025", true)]
    [InlineData("hoàn thành trong 6 tháng đầu năm 2025", false)]
    [InlineData("Quý III/2025", false)]
    public void Report_periods_are_flagged(string text, bool expected) =>
        Assert.Equal(expected, DateGrammar.Find(text, Reference)[0].NamesReportPeriod);

    [Fact]
    public void Due_cue_is_reported() =>
        Assert.Equal(DateCue.Due, Assert.Single(DateGrammar.Find("Hạn nộp: 15/10/2025", Reference)).Cue);

    [Fact]
    public void As_of_dates_are_told_apart()
    {
        var m = Assert.Single(DateGrammar.Find("tính đến ngày 31/12/2024, toàn đảng bộ có 1.234 đảng viên", Reference));
        Assert.Equal(DateCue.AsOf, m.Cue);
        Assert.Equal(new DateOnly(2024, 12, 31), m.Date);
    }

    [Fact]
    public void Unplaced_mentions_say_why_in_vietnamese()
    {
        Assert.StartsWith("Tháng ghi bằng chữ", Assert.Single(DateGrammar.Find("trong tháng Giêng năm 2025", Reference)).Problem, StringComparison.Ordinal);
        var impossible = Assert.Single(DateGrammar.Find("ngày 31/02/2024", Reference));
        Assert.Equal("Ngày không tồn tại.", impossible.Problem);
        var noYear = Assert.Single(DateGrammar.Find("trước 30/6", null));
        Assert.StartsWith("Không rõ năm", noYear.Problem, StringComparison.Ordinal);
        Assert.Null(Assert.Single(DateGrammar.Find("trước 30/6/2025", null)).Problem);
    }
}
