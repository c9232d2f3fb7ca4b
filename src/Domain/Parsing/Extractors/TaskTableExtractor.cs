using NhacHan.Domain.Parsing.Dates;
using NhacHan.Domain.Parsing.Model;
using NhacHan.Domain.Parsing.Text;
using NhacHan.Domain.Plans;
using NhacHan.Domain.Text;

namespace NhacHan.Domain.Parsing.Extractors;

/// <summary>
/// "Tiến độ thực hiện" tables: columns such as Nội dung | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian hoàn
/// thành. Each date in the time column is a deadline of its row: who = the lead unit, what = the task; a date
/// standing alone in that column is kind "on". The quote runs from the task cell to the date (one source run).
/// </summary>
public sealed class TaskTableExtractor : IPlanExtractor
{
    public void Extract(PlanBuilder builder)
    {
        var doc = builder.Document;
        var nodes = doc.Nodes;
        var i = 0;
        while (i < nodes.Count)
        {
            if (nodes[i].Table < 0) { i++; continue; }
            var table = nodes[i].Table;
            var j = i;
            while (j < nodes.Count && nodes[j].Table == table) j++;
            ReadTable(builder, i, j);
            i = j;
        }
    }

    private static void ReadTable(PlanBuilder builder, int from, int to)
    {
        var nodes = builder.Document.Nodes;
        // Header: the first row; find the columns by their titles.
        var headerRow = nodes[from].Row;
        int content = -1, lead = -1, time = -1;
        for (var k = from; k < to && nodes[k].Row == headerRow; k++)
        {
            var f = nodes[k].Fold;
            var col = nodes[k].Column;
            if (time < 0 && (f.StartsWith("thoi gian", StringComparison.Ordinal) || f.StartsWith("thoi han", StringComparison.Ordinal) || f.StartsWith("tien do", StringComparison.Ordinal))) time = col;
            else if (content < 0 && (f.StartsWith("noi dung", StringComparison.Ordinal) || f.Contains("cong viec", StringComparison.Ordinal) || f.StartsWith("nhiem vu", StringComparison.Ordinal))) content = col;
            else if (lead < 0 && (f.Contains("chu tri", StringComparison.Ordinal) || f.Contains("thuc hien", StringComparison.Ordinal) || f == "don vi" || f.StartsWith("co quan", StringComparison.Ordinal))) lead = col;
        }
        if (time < 0 || content < 0) return;
        // A timetable (period labels in its first column, after a "TT" column) is the schedule extractor's:
        // "TT | Thời gian | Nội dung | Đơn vị thực hiện" is found by the header's names, not by position.
        var firstColumn = RowNumberColumn(nodes, from, to, headerRow) ? 1 : 0;
        for (var k = from; k < to; k++)
            if (nodes[k].Column == firstColumn && (firstColumn == 0 || time == firstColumn) && nodes[k].Row != headerRow
                && PeriodLabel.TryParse(nodes[k].Text) is not null) return;

        for (var k = from; k < to && nodes[k].Row == headerRow; k++) nodes[k].TableLabel = true;
        var r = from;
        var previousWho = "";
        while (r < to)
        {
            var row = nodes[r].Row;
            var e = r;
            while (e < to && nodes[e].Row == row) e++;
            if (row != headerRow) previousWho = ReadRow(builder, r, e, content, lead, time, previousWho);
            r = e;
        }
    }

    /// <summary>The header's first cell is a row-number title ("TT", "STT", "Số TT").</summary>
    private static bool RowNumberColumn(IReadOnlyList<Node> nodes, int from, int to, int headerRow)
    {
        for (var k = from; k < to && nodes[k].Row == headerRow; k++)
            if (nodes[k].Column == 0) return nodes[k].Fold is "tt" or "stt" or "so tt" or "so thu tu";
        return false;
    }

    /// <summary>Index of the first mention starting at or after <paramref name="offset"/> (mentions are in text order).</summary>
    private static int FirstAtOrAfter(IReadOnlyList<DateMention> dates, int offset)
    {
        int lo = 0, hi = dates.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >> 1;
            if (dates[mid].Span.Start < offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /// <returns>The row's lead unit; an empty lead cell continues the one above (a vertically merged cell).</returns>
    private static string ReadRow(PlanBuilder builder, int from, int to, int content, int lead, int time, string previousWho)
    {
        var doc = builder.Document;
        var nodes = doc.Nodes;
        Node? firstContent = null;
        var what = "";
        var task = "";
        var who = "";
        var timeNodes = new List<Node>();
        for (var k = from; k < to; k++)
        {
            var n = nodes[k];
            if (n.Column == content && n.Text.Length > 0)
            {
                firstContent ??= n;
                if (what.Length == 0) what = Words.Excerpt(n.Text);
                task = task.Length == 0 ? n.Text : task + " " + n.Text;
            }
            else if (n.Column == lead && n.Text.Length > 0 && who.Length == 0) who = MarkdownText.TrimEndPunctuation(n.Text);
            else if (n.Column == time) timeNodes.Add(n);
        }
        if (who.Length == 0 && lead >= 0) who = previousWho;
        for (var k = from; k < to; k++)
            if (nodes[k].Column == content) nodes[k].CellWho = who.Length > 0 ? who : null;
        foreach (var t in timeNodes)
        {
            t.TableLabel = true;
            var dates = builder.Dates;
            for (var k = FirstAtOrAfter(dates, t.Start); k < dates.Count && dates[k].Span.Start < t.End; k++)
            {
                var m = dates[k];
                if (m.Span.End > t.End || m.Date is null || m.IsCitation) continue;
                // A date standing alone in the time column (no "trước", no "trong tháng") is due on that day.
                var bare = !t.Fold.Any(char.IsLetter);
                var kind = bare && m.Type == DateMentionType.Day ? DeadlineKind.On : m.Kind;
                var quoteStart = firstContent is not null && firstContent.Start < t.Start ? firstContent.BodyStart : t.Start;
                var quote = doc.Text[quoteStart..t.End];
                var section = firstContent?.Section ?? t.Section;
                var done = (firstContent is not null && DoneMarks.For(firstContent)) || DoneMarks.In(t.Fold);
                // "Từ 08/6 đến 20/6/2026" in the time column: the row starts on the first day and ends on the last.
                if (m.Type == DateMentionType.Range && m.RangeStart is { } rangeStart && DeadlineExtractor.HasDayStart(doc.Text, m))
                    builder.AddDeadline(new Deadline(rangeStart, DeadlineKind.Start, who, what, Obligation.ReportToIn(task), Obligation.ViaIn(task), section, quote, done)
                    {
                        YearInferred = m.YearInferred,
                    }, m.Span.Start);
                builder.AddDeadline(new Deadline(m.Date.Value, kind, who, what, Obligation.ReportToIn(task), Obligation.ViaIn(task), section, quote, done)
                {
                    Granularity = m.Granularity,
                    YearInferred = m.YearInferred,
                    DayOfMonth = m.DayOfMonth,
                }, m.Span.Start);
            }
        }
        return who;
    }
}
