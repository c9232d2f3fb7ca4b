using NhacHan.Domain.Parsing.Model;
using NhacHan.Domain.Parsing.Text;
using NhacHan.Domain.Plans;
using NhacHan.Domain.Text;

namespace NhacHan.Domain.Parsing.Extractors;

/// <summary>
/// Timetables: rows whose first cell is a period label ("Quý III/2024", "Tháng 10, 11/2024") and whose other
/// cells, one per level column ("Cấp tỉnh", "Cấp huyện và tương đương"), hold tasks under unit sub-headings.
/// Works on real tables (docx, Markdown, tab-separated rows) and on tables flattened into tab-led lines.
/// Each task becomes a schedule item; cells are labelled so dated tasks inside them get the right section and who.
/// </summary>
public sealed class ScheduleTableExtractor : IPlanExtractor
{
    private sealed class Cell(int row, int column)
    {
        public int Row { get; } = row;
        public int Column { get; } = column;
        public List<Node> Nodes { get; } = [];
        private string? _text;

        /// <summary>The cell's paragraphs joined; read only once the cell is complete.</summary>
        public string Text => _text ??= Nodes.Count switch
        {
            0 => "",
            1 => Nodes[0].Text.Trim(),
            _ => string.Join(" ", Nodes.Select(n => n.Text)).Trim(),
        };

        /// <summary>Empty, or a row number ("1", "2.").</summary>
        public bool IsRowNumber => Text.Length == 0 || Text.AsSpan().TrimEnd('.').IndexOfAnyExceptInRange('0', '9') < 0;

        private bool? _isPeriod;

        public bool IsPeriod => _isPeriod ??= Nodes.Count == 1 && PeriodLabel.TryParse(Text) is not null;
    }

    public void Extract(PlanBuilder builder)
    {
        foreach (var cells in CellRuns(builder))
            ReadTimetable(builder, cells);
    }

    /// <summary>Cell sequences: each real table, and the flattened table after an appendix heading.</summary>
    private static IEnumerable<List<Cell>> CellRuns(PlanBuilder builder)
    {
        var nodes = builder.Document.Nodes;
        List<Cell>? table = null;
        var tableId = -1;
        var inAppendix = false;
        List<Cell>? flat = null;
        foreach (var n in nodes)
        {
            if (n.Table >= 0)
            {
                if (n.Table != tableId)
                {
                    if (table is not null) yield return table;
                    table = [];
                    tableId = n.Table;
                }
                if (table!.Count == 0 || table[^1].Row != n.Row || table[^1].Column != n.Column)
                    table.Add(new Cell(n.Row, n.Column));
                if (n.Text.Length > 0) table[^1].Nodes.Add(n);
                continue;
            }
            if (SectionTree.IsAppendixHeading(n))
            {
                inAppendix = true;
                if (flat is { Count: > 0 }) yield return flat;
                flat = [];
                continue;
            }
            if (!inAppendix) continue;
            if (n.TabLed)
            {
                var cell = new Cell(-1, -1);
                flat!.Add(cell);
                if (n.Text.Length > 0) cell.Nodes.Add(n);
            }
            else if (flat!.Count > 0 && n.Text.Length > 0)
            {
                flat[^1].Nodes.Add(n);
            }
        }
        if (table is { Count: > 0 }) yield return table;
        if (flat is { Count: > 0 }) yield return flat;
    }

    private static bool IsTimeHeader(string fold) =>
        fold is "thoi gian" or "thoi gian thuc hien" or "thoi diem" or "giai doan" or "moc thoi gian" or "thoi han";

    private static bool IsContentHeader(string fold) =>
        fold.StartsWith("noi dung", StringComparison.Ordinal) || fold is "stt" or "tt" or "so tt" or "ghi chu" or "cong viec";

    private enum Role { Level, Content, Who }

    private static bool IsWhoHeader(string fold) =>
        fold.StartsWith("don vi", StringComparison.Ordinal) || fold.Contains("chu tri", StringComparison.Ordinal)
        || fold.StartsWith("co quan", StringComparison.Ordinal) || fold.StartsWith("phu trach", StringComparison.Ordinal);

    private static void ReadTimetable(PlanBuilder builder, List<Cell> cells)
    {
        // Only a timetable when some cell is a period label.
        // In a real table the periods are its first column (after a row number): a progress table with a time
        // column at the end ("Nội dung | Đơn vị | Thời gian") is no timetable.
        var hasPeriod = false;
        var leading = true;
        var hasRow = -2;
        foreach (var c in cells)
        {
            if (c.Row != hasRow) { hasRow = c.Row; leading = true; }
            if ((c.Row < 0 || leading) && c.IsPeriod) { hasPeriod = true; break; }
            if (!c.IsRowNumber) leading = false;
        }
        if (!hasPeriod) return;

        // Header columns after the time column: level columns ("Cấp tỉnh"), or a task column and a unit column.
        var header = new List<(Role Role, string Text)>();
        var inHeader = false;
        var newHeader = false;
        string? period = null;
        (DateOnly Start, DateOnly End) range = default;
        var row = new List<Cell>();
        Cell? dueCell = null;
        var dueRow = new List<Cell>();
        var lastRow = -1;
        var leadingCell = true;
        foreach (var cell in cells)
        {
            // In a real table a new row starts a new period (its first cells may be a row number).
            if (cell.Row >= 0 && cell.Row != lastRow)
            {
                leadingCell = true;
                if (period is not null) ReadRow(builder, row, header, period, range);
                row.Clear();
                period = null;
                lastRow = cell.Row;
                // A real table's header is its own row (a second header row still starts with "Thời gian").
                if (header.Exists(h => h.Role != Role.Content)) inHeader = false;
            }
            var text = cell.Text;
            // Only short cells can be headers ("Thời gian", "Nội dung công việc"): task cells are not folded.
            var fold = text.Length <= 80 ? FastFold.Fold(text) : "";
            var isPeriod = (cell.Row < 0 || leadingCell) && cell.IsPeriod;
            if (!cell.IsRowNumber) leadingCell = false;
            if (isPeriod || IsTimeHeader(fold))
            {
                if (period is not null) ReadRow(builder, row, header, period, range);
                row.Clear();
                period = null;
            }
            if (isPeriod)
            {
                period = MarkdownText.TrimEndPunctuation(text);
                range = PeriodLabel.TryParse(text)!.Value;
                inHeader = false;
                foreach (var n in cell.Nodes) n.TableLabel = true;
                continue;
            }
            if (IsTimeHeader(fold))
            {
                inHeader = true;
                newHeader = true;
                foreach (var n in cell.Nodes) n.TableLabel = true;
                continue;
            }
            if (inHeader)
            {
                foreach (var n in cell.Nodes) n.TableLabel = true;
                if (text.Length == 0) continue;
                if (newHeader) { header.Clear(); newHeader = false; }
                var role = IsContentHeader(fold) ? Role.Content : IsWhoHeader(fold) ? Role.Who : Role.Level;
                header.Add((role, MarkdownText.TrimEndPunctuation(text)));
                continue;
            }
            if (period is not null) row.Add(cell);
            else if (dueCell is not null && cell.Row == dueCell.Row) dueRow.Add(cell);
            else if (cell.Row >= 0 && !cell.IsRowNumber && !inHeader && header.Count > 0 && IsDueDate(builder, cell))
            {
                // "Trước 30/6/2025" where a period belongs: a deadline of the row, not a period.
                dueCell = cell;
                dueRow.Clear();
            }
            if (dueCell is not null && cell.Row != dueCell.Row)
            {
                LabelDueRow(dueCell, dueRow, header);
                dueCell = null;
            }
        }
        if (period is not null) ReadRow(builder, row, header, period, range);
        if (dueCell is not null) LabelDueRow(dueCell, dueRow, header);
    }

    /// <summary>A cell that is one due date with a cue ("Trước 30/6/2025", "Chậm nhất ngày 15/7/2025").</summary>
    private static bool IsDueDate(PlanBuilder builder, Cell cell)
    {
        if (cell.Nodes.Count != 1 || cell.Text.Length > 40) return false;
        var n = cell.Nodes[0];
        foreach (var m in builder.Dates)
        {
            if (m.Span.Start >= n.End) break;
            if (m.Span.Start >= n.BodyStart && m.Date is not null && m.Cue != Dates.DateCue.None
                && m.Span.Length >= MarkdownText.TrimEndPunctuation(n.Text).Length - 2)
                return true;
        }
        return false;
    }

    /// <summary>The due cell takes its row's unit (the "Đơn vị" column) and task (the first other cell).</summary>
    private static void LabelDueRow(Cell due, List<Cell> row, List<(Role Role, string Text)> header)
    {
        var whoIndex = header.FindIndex(h => h.Role == Role.Who);
        string? who = whoIndex >= 0 && whoIndex < row.Count && row[whoIndex].Text.Length > 0 ? MarkdownText.TrimEndPunctuation(row[whoIndex].Text) : null;
        string? task = null;
        for (var i = 0; i < row.Count && task is null; i++)
            if (i != whoIndex && row[i].Text.Length > 0) task = MarkdownText.TrimEndPunctuation(row[i].Text);
        foreach (var n in due.Nodes)
        {
            n.CellWho = who;
            n.CellWhat = task;
            // In an appendix the path is PHỤ LỤC.<time label>, as for a period row.
            if (n.Section.StartsWith("PHỤ LỤC", StringComparison.Ordinal) && !n.Section.Contains('.', StringComparison.Ordinal))
                n.Section = "PHỤ LỤC." + MarkdownText.TrimEndPunctuation(due.Text);
        }
        for (var i = 0; i < row.Count; i++)
            if (i != whoIndex)
                foreach (var n in row[i].Nodes) n.CellWho ??= who;
    }

    private static void ReadRow(PlanBuilder builder, List<Cell> row, List<(Role Role, string Text)> header, string period,
        (DateOnly Start, DateOnly End) range)
    {
        var levels = header.Where(h => h.Role == Role.Level).Select(h => h.Text).ToList();
        if (levels.Count > 0 || header.Count == 0)
        {
            // One cell per level column, in order (a merged "Nội dung công việc" header sits above them).
            for (var i = 0; i < row.Count; i++)
                ReadCell(builder, row[i], period, range, levels.Count == 0 ? "" : levels[Math.Min(i, levels.Count - 1)], null);
            return;
        }
        // Task column and unit column: the unit cell names who does the row's tasks.
        var roles = header.Select(h => h.Role).ToList();
        var whoIndex = roles.IndexOf(Role.Who);
        var who = whoIndex >= 0 && whoIndex < row.Count ? MarkdownText.TrimEndPunctuation(row[whoIndex].Text) : null;
        for (var i = 0; i < row.Count; i++)
        {
            if (i == whoIndex)
            {
                foreach (var n in row[i].Nodes) n.TableLabel = true;
                continue;
            }
            ReadCell(builder, row[i], period, range, "", string.IsNullOrEmpty(who) ? null : who);
        }
    }

    private static void ReadCell(PlanBuilder builder, Cell cell, string period, (DateOnly Start, DateOnly End) range, string level, string? rowWho)
    {
        var text = builder.Document.Text;
        string? who = rowWho;
        string? number = null;
        string? appendixPath = null;
        for (var i = 0; i < cell.Nodes.Count; i++)
        {
            var n = cell.Nodes[i];
            // In an appendix the path is PHỤ LỤC.<period>.<column>; a table in the body keeps its heading path.
            var sectionBase = !n.Section.StartsWith("PHỤ LỤC", StringComparison.Ordinal) ? n.Section
                : appendixPath ??= level.Length > 0 ? $"PHỤ LỤC.{period}.{level}" : $"PHỤ LỤC.{period}";
            if (IsSubHeading(n, i))
            {
                who = MarkdownText.TrimEndPunctuation(n.Text);
                number = n.Marker.Style == NumberStyle.Arabic ? n.Number : null;
                n.TableLabel = true;
                n.Section = number is null ? sectionBase : sectionBase + "." + number;
                continue;
            }
            var task = n.Text;
            var taskStart = n.BodyStart;
            if (who is null && UnitPhrase.SplitLeading(task) is { } lead)
            {
                // No sub-heading: the subject of the cell's first sentence covers its later bullets.
                who = lead.Unit;
            }
            var what = task;
            if (who is not null && what.StartsWith(who, StringComparison.Ordinal))
                what = what[who.Length..].TrimStart(' ', ',', ':');
            n.Section = number is null ? sectionBase : sectionBase + "." + number;
            n.CellWho = who;
            builder.Schedule.Add(new ScheduleItem(period, range.Start, range.End, level, who ?? "", Words.Excerpt(what),
                UniqueQuote.From(text, taskStart)));
        }
    }

    /// <summary>"1. Ban Thường vụ Tỉnh ủy" or a short unit name as the cell's first line.</summary>
    private static bool IsSubHeading(Node n, int position)
    {
        if (n.Kind == NodeKind.Bullet || Words.Count(n.Text) > 12 || n.Text.EndsWith('.')) return false;
        if (n.Kind == NodeKind.Numbered && n.Marker.Style == NumberStyle.Arabic) return UnitPhrase.StartsLikeUnit(n.Text);
        return position == 0 && n.Kind == NodeKind.Paragraph && UnitPhrase.StartsLikeUnit(n.Text) && UnitPhrase.SplitLeading(n.Text) is null;
    }
}
