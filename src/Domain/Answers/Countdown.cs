using System.Globalization;
using Humanizer;

namespace NhacHan.Domain.Answers;

/// <summary>"còn 5 ngày", "hôm nay", "đã quá hạn 2 ngày" — the distance from today, in days (Humanizer, vi).</summary>
public static class Countdown
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi");

    public static string Days(int days) =>
        TimeSpan.FromDays(days).Humanize(precision: 1, culture: Vietnamese, maxUnit: TimeUnit.Day, minUnit: TimeUnit.Day);

    public static string To(DateOnly date, DateOnly today)
    {
        var days = date.DayNumber - today.DayNumber;
        return days switch
        {
            0 => "hôm nay",
            1 => "còn 1 ngày (ngày mai)",
            > 0 => $"còn {Days(days)}",
            _ => $"đã quá hạn {Days(-days)}",
        };
    }

    /// <summary>For a start date: "còn 5 ngày nữa bắt đầu" or "đã bắt đầu".</summary>
    public static string ToStart(DateOnly date, DateOnly today)
    {
        var days = date.DayNumber - today.DayNumber;
        return days switch
        {
            0 => "bắt đầu hôm nay",
            > 0 => $"còn {Days(days)} nữa bắt đầu",
            _ => "đã bắt đầu",
        };
    }
}
