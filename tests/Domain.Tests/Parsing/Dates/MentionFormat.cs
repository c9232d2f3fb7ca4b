using System.Globalization;
using NhacHan.Domain.Parsing.Dates;

namespace NhacHan.Domain.Tests.Parsing.Dates;

/// <summary>One line per mention with every field, so a spec row asserts all of them at once.</summary>
internal static class MentionFormat
{
    public static string Render(string text, IReadOnlyList<DateMention> mentions) =>
        string.Join(" ; ", mentions.Select(m => Render(text, m)));

    public static string Render(string text, DateMention m)
    {
        var parts = new List<string> { m.Type.ToString(), m.Kind.ToString(), Day(m.Date) };
        if (m.RangeStart is { } start) parts.Add("from=" + Day(start));
        parts.Add(m.Granularity.ToString());
        if (m.YearInferred) parts.Add("inferred");
        if (m.DayOfMonth is { } d) parts.Add("day=" + d.ToString(CultureInfo.InvariantCulture));
        if (m.Time is { } t) parts.Add("at=" + t.ToString("HH:mm", CultureInfo.InvariantCulture));
        if (m.IsCitation) parts.Add("citation");
        parts.Add("«" + text.Substring(m.Span.Start, m.Span.Length) + "»");
        return string.Join(' ', parts);
    }

    private static string Day(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-";
}
