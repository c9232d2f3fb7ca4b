using System.Globalization;
using NhacHan.Domain.Storage;

namespace NhacHan.Bot.Telegram.Chat;

/// <summary>Small Vietnamese wordings shared by the handlers.</summary>
public static class Texts
{
    public static string Date(DateOnly d) => d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    public static string LevelName(UnitLevel level) => level switch
    {
        UnitLevel.Province => "Cấp tỉnh",
        UnitLevel.District => "Cấp huyện",
        UnitLevel.Grassroots => "Cơ sở",
        _ => level.ToString(),
    };

    /// <summary>The same countdown the answers use ("còn 7 ngày", "hôm nay", "đã quá hạn 2 ngày").</summary>
    public static string Countdown(DateOnly date, DateOnly today) => NhacHan.Domain.Answers.Countdown.To(date, today);

    public static string PlanName(NhacHan.Domain.Plans.Plan plan)
    {
        var title = plan.Title.Length > 0 ? plan.Title : "Kế hoạch";
        return plan.Number is { Length: > 0 } n ? $"{title} ({n})" : title;
    }
}
