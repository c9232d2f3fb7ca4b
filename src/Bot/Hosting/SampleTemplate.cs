using System.Globalization;
using System.Text.RegularExpressions;

namespace NhacHan.Bot.Hosting;

/// <summary>
/// Fills the sample plan's placeholders with dates relative to today, so a newcomer sees real upcoming
/// deadlines: {{d+7}} → "dd/MM/yyyy" seven days on, {{m+2}} → "MM/yyyy" two months on, {{issued-day}} etc. →
/// the parts of the issue date (three days ago), {{number}} → a number unique to that date.
/// </summary>
public static partial class SampleTemplate
{
    public static string Render(string template, DateOnly today)
    {
        var issued = today.AddDays(-3);
        return Placeholder().Replace(template, m => m.Groups["name"].Value switch
        {
            "d" => today.AddDays(int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture)).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
            "m" => today.AddMonths(int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture)).ToString("MM/yyyy", CultureInfo.InvariantCulture),
            "issued-day" => issued.Day.ToString("00", CultureInfo.InvariantCulture),
            "issued-month" => issued.Month.ToString("00", CultureInfo.InvariantCulture),
            "issued-year" => issued.Year.ToString(CultureInfo.InvariantCulture),
            "number" => (issued.DayOfYear + 100).ToString(CultureInfo.InvariantCulture),
            _ => m.Value,
        });
    }

    [GeneratedRegex(@"\{\{(?<name>d|m|issued-day|issued-month|issued-year|number)(?:\+(?<n>\d{1,3}))?\}\}")]
    private static partial Regex Placeholder();
}
