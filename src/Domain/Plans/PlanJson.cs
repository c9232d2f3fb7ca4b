using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace NhacHan.Domain.Plans;

/// <summary>
/// Reads and writes a <see cref="Plan"/> in the schema of shared/plans/expected/*.json (same keys, same order),
/// so parser output and gold labels compare field by field. Extra keys (relative_deadlines, warnings,
/// granularity, year_inferred, day, deputy_for) are written only when they carry information.
/// </summary>
public static class PlanJson
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Serialize(Plan plan)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, WriterOptions))
        {
            Write(w, plan);
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    public static Plan Deserialize(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return Read(doc.RootElement);
    }

    public static string KindToJson(DeadlineKind kind) => kind switch
    {
        DeadlineKind.Before => "before",
        DeadlineKind.On => "on",
        DeadlineKind.ByMonth => "by_month",
        DeadlineKind.Start => "start",
        DeadlineKind.RangeEnd => "range_end",
        DeadlineKind.RecurringMonthly => "recurring_monthly",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static DeadlineKind KindFromJson(string kind) => kind switch
    {
        "before" => DeadlineKind.Before,
        "on" => DeadlineKind.On,
        "by_month" => DeadlineKind.ByMonth,
        "start" => DeadlineKind.Start,
        "range_end" => DeadlineKind.RangeEnd,
        "recurring_monthly" => DeadlineKind.RecurringMonthly,
        _ => throw new FormatException($"unknown deadline kind '{kind}'"),
    };

    private static string GranularityToJson(DateGranularity g) => g switch
    {
        DateGranularity.Day => "day",
        DateGranularity.Month => "month",
        DateGranularity.Quarter => "quarter",
        DateGranularity.HalfYear => "half_year",
        DateGranularity.Year => "year",
        _ => throw new ArgumentOutOfRangeException(nameof(g)),
    };

    private static DateGranularity GranularityFromJson(string? g) => g switch
    {
        null or "day" => DateGranularity.Day,
        "month" => DateGranularity.Month,
        "quarter" => DateGranularity.Quarter,
        "half_year" => DateGranularity.HalfYear,
        "year" => DateGranularity.Year,
        _ => throw new FormatException($"unknown granularity '{g}'"),
    };

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static void Write(Utf8JsonWriter w, Plan p)
    {
        w.WriteStartObject();
        w.WriteString("number", p.Number);
        WriteDate(w, "issued_on", p.IssuedOn);
        if (p.IssuedMonth is { } m) w.WriteString("issued_month", m.ToString("yyyy-MM", CultureInfo.InvariantCulture));
        else w.WriteNull("issued_month");
        w.WriteString("place", p.Place);
        w.WriteString("issuer", p.Issuer);
        w.WriteString("title", p.Title);
        if (p.Signer is { } s)
        {
            w.WriteStartObject("signer");
            w.WriteString("on_behalf", s.OnBehalf);
            w.WriteString("role", s.Role);
            w.WriteString("name", s.Name);
            if (s.DeputyFor is not null) w.WriteString("deputy_for", s.DeputyFor);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("signer");
        }

        w.WriteStartArray("deadlines");
        foreach (var d in p.Deadlines)
        {
            w.WriteStartObject();
            w.WriteString("date", Iso(d.Date));
            w.WriteString("kind", KindToJson(d.Kind));
            w.WriteString("who", d.Who);
            w.WriteString("what", d.What);
            w.WriteString("report_to", d.ReportTo);
            w.WriteString("via", d.Via);
            w.WriteString("section", d.Section);
            w.WriteString("quote", d.Quote);
            w.WriteBoolean("done", d.Done);
            if (d.Granularity is DateGranularity.Quarter or DateGranularity.HalfYear or DateGranularity.Year)
                w.WriteString("granularity", GranularityToJson(d.Granularity));
            if (d.YearInferred) w.WriteBoolean("year_inferred", true);
            if (d.DayOfMonth is { } day) w.WriteNumber("day", day);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("schedule");
        foreach (var item in p.Schedule)
        {
            w.WriteStartObject();
            w.WriteString("period", item.Period);
            w.WriteString("start", Iso(item.Start));
            w.WriteString("end", Iso(item.End));
            w.WriteString("level", item.Level);
            w.WriteString("who", item.Who);
            w.WriteString("what", item.What);
            w.WriteString("quote", item.Quote);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("events");
        foreach (var e in p.Events)
        {
            w.WriteStartObject();
            w.WriteString("start", e.Start.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture));
            w.WriteString("place", e.Place);
            w.WriteString("what", e.What);
            WriteStrings(w, "participants", e.Participants);
            if (e.Quote is not null) w.WriteString("quote", e.Quote);
            if (e.Section is not null) w.WriteString("section", e.Section);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        WriteStrings(w, "contents", p.Contents);

        w.WriteStartArray("units");
        foreach (var u in p.Units)
        {
            w.WriteStartObject();
            w.WriteString("unit", u.Unit);
            WriteStrings(w, "duties", u.Duties);
            if (u.Section is not null) w.WriteString("section", u.Section);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("references");
        foreach (var r in p.References)
        {
            w.WriteStartObject();
            w.WriteString("kind", r.Kind);
            w.WriteString("number", r.Number);
            WriteDate(w, "date", r.Date);
            w.WriteString("issuer", r.Issuer);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        WriteStrings(w, "supersedes", p.Supersedes);
        WriteStrings(w, "recipients", p.Recipients);

        if (p.RelativeDeadlines.Count > 0)
        {
            w.WriteStartArray("relative_deadlines");
            foreach (var r in p.RelativeDeadlines)
            {
                w.WriteStartObject();
                w.WriteString("quote", r.Quote);
                w.WriteString("anchor", r.Anchor);
                w.WriteString("who", r.Who);
                w.WriteString("what", r.What);
                w.WriteString("section", r.Section);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        if (p.Warnings.Count > 0) WriteStrings(w, "warnings", p.Warnings);
        w.WriteEndObject();
    }

    private static void WriteDate(Utf8JsonWriter w, string name, DateOnly? d)
    {
        if (d is { } v) w.WriteString(name, Iso(v));
        else w.WriteNull(name);
    }

    private static void WriteStrings(Utf8JsonWriter w, string name, IEnumerable<string> items)
    {
        w.WriteStartArray(name);
        foreach (var i in items) w.WriteStringValue(i);
        w.WriteEndArray();
    }

    private static Plan Read(JsonElement r) => new()
    {
        Number = Str(r, "number"),
        IssuedOn = Date(r, "issued_on"),
        IssuedMonth = Str(r, "issued_month") is { } m
            ? DateOnly.ParseExact(m + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture)
            : null,
        Place = Str(r, "place"),
        Issuer = Str(r, "issuer"),
        Title = Str(r, "title") ?? "",
        Signer = r.TryGetProperty("signer", out var s) && s.ValueKind == JsonValueKind.Object
            ? new Signer(Str(s, "on_behalf"), Str(s, "role"), Str(s, "name")) { DeputyFor = Str(s, "deputy_for") }
            : null,
        Deadlines = Array(r, "deadlines", d => new Deadline(
            Date(d, "date") ?? throw new FormatException("deadline without date"),
            KindFromJson(Str(d, "kind") ?? ""),
            Str(d, "who") ?? "",
            Str(d, "what") ?? "",
            Str(d, "report_to"),
            Str(d, "via"),
            Str(d, "section") ?? "",
            Str(d, "quote") ?? "",
            d.TryGetProperty("done", out var done) && done.ValueKind == JsonValueKind.True)
        {
            Granularity = GranularityFromJson(Str(d, "granularity")),
            YearInferred = d.TryGetProperty("year_inferred", out var yi) && yi.ValueKind == JsonValueKind.True,
            DayOfMonth = d.TryGetProperty("day", out var day) && day.ValueKind == JsonValueKind.Number ? day.GetInt32() : null,
        }),
        Schedule = Array(r, "schedule", s => new ScheduleItem(
            Str(s, "period") ?? "",
            Date(s, "start") ?? default,
            Date(s, "end") ?? default,
            Str(s, "level") ?? "",
            Str(s, "who") ?? "",
            Str(s, "what") ?? "",
            Str(s, "quote") ?? "")),
        Events = Array(r, "events", e => new PlanEvent(
            DateTime.ParseExact(Str(e, "start") ?? "", "yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture),
            Str(e, "place"),
            Str(e, "what") ?? "",
            Strings(e, "participants"))
        {
            Quote = Str(e, "quote"),
            Section = Str(e, "section"),
        }),
        Contents = Strings(r, "contents"),
        Units = Array(r, "units", u => new UnitDuties(Str(u, "unit") ?? "", Strings(u, "duties")) { Section = Str(u, "section") }),
        References = Array(r, "references", x => new DocumentReference(
            Str(x, "kind") ?? "", Str(x, "number") ?? "", Date(x, "date"), Str(x, "issuer"))),
        Supersedes = Strings(r, "supersedes"),
        Recipients = Strings(r, "recipients"),
        RelativeDeadlines = Array(r, "relative_deadlines", x => new RelativeDeadline(
            Str(x, "quote") ?? "", Str(x, "anchor") ?? "", Str(x, "who") ?? "", Str(x, "what") ?? "", Str(x, "section") ?? "")),
        Warnings = Strings(r, "warnings"),
    };

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static DateOnly? Date(JsonElement e, string name) =>
        Str(e, name) is { } s ? DateOnly.ParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null;

    private static string[] Strings(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array
            ? v.EnumerateArray().Select(x => x.GetString() ?? "").ToArray()
            : [];

    private static T[] Array<T>(JsonElement e, string name, Func<JsonElement, T> map) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array
            ? v.EnumerateArray().Select(map).ToArray()
            : [];
}
