using NhacHan.Domain.Plans;

namespace NhacHan.Bot.Tests.Telegram;

/// <summary>Plans built in code for the bot tests (the parser has its own tests).</summary>
public static class TestPlans
{
    public static Plan Tongket() => new()
    {
        Number = "21-KH/HU",
        IssuedOn = new DateOnly(2024, 1, 5),
        Issuer = "Ban Thường vụ Huyện ủy",
        Title = "Kế hoạch tổng kết Chỉ thị số 35-CT/TW",
        Deadlines =
        [
            new Deadline(new DateOnly(2024, 1, 27), DeadlineKind.Before, "Cấp cơ sở", "tổng hợp số liệu <không tổ chức hội nghị> & báo cáo",
                "Ban Thường vụ Huyện ủy", "Ban Tổ chức Huyện ủy", "III.1",
                "Cấp cơ sở: Tổng hợp số liệu, báo cáo Ban Thường vụ Huyện ủy trước ngày 27/01/2024", false),
            new Deadline(new DateOnly(2024, 2, 15), DeadlineKind.Before, "Cấp huyện", "xây dựng báo cáo tổng kết",
                null, null, "III.2", "Cấp huyện: hoàn thành trước ngày 15/02/2024", false),
            new Deadline(new DateOnly(2024, 3, 10), DeadlineKind.On, "Chi bộ Thôn 1", "gửi báo cáo",
                null, null, "III.3", "Chi bộ Thôn 1 gửi báo cáo chậm nhất ngày 10/3/2024", false),
        ],
        Contents = ["Đánh giá công tác lãnh đạo", "Kết quả thực hiện Chỉ thị", "Kiến nghị, đề xuất"],
        Units =
        [
            new UnitDuties("Ban Tổ chức Huyện ủy", ["đôn đốc, theo dõi việc tổng kết"]),
            new UnitDuties("Chi bộ Thôn 1", ["tổng hợp số liệu"]),
        ],
    };
}
