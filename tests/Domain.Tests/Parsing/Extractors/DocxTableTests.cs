using System.Text;
using NhacHan.Domain.Documents;
using NhacHan.Domain.Parsing;

namespace NhacHan.Domain.Tests.Parsing.Extractors;

/// <summary>Tables as the .docx reader gives them (TableBlocks with rows and cells), not flattened text.</summary>
public class DocxTableTests
{
    /// <summary>Builds a document the way a reader does: paragraphs and tables rendered into one text with spans.</summary>
    private sealed class DocBuilder
    {
        private readonly StringBuilder _text = new();
        private readonly List<Block> _blocks = [];

        public DocBuilder Paragraph(string s)
        {
            var start = _text.Length;
            _text.Append(s).Append('\n');
            _blocks.Add(new ParagraphBlock(s, new SourceSpan(start, s.Length)));
            return this;
        }

        public DocBuilder Table(params string[][] rows)
        {
            var tableStart = _text.Length;
            var tableRows = new List<TableRow>();
            foreach (var row in rows)
            {
                var cells = new List<TableCell>();
                for (var c = 0; c < row.Length; c++)
                {
                    var cellStart = _text.Length;
                    var paragraphs = new List<ParagraphBlock>();
                    var lines = row[c].Split('\n');
                    for (var l = 0; l < lines.Length; l++)
                    {
                        if (lines[l].Length > 0) paragraphs.Add(new ParagraphBlock(lines[l], new SourceSpan(_text.Length, lines[l].Length)));
                        _text.Append(lines[l]);
                        if (l + 1 < lines.Length) _text.Append('\n');
                    }
                    cells.Add(new TableCell(paragraphs, SourceSpan.FromBounds(cellStart, _text.Length)));
                    _text.Append(c + 1 < row.Length ? '\t' : '\n');
                }
                tableRows.Add(new TableRow(cells));
            }
            _blocks.Add(new TableBlock(tableRows, SourceSpan.FromBounds(tableStart, _text.Length)));
            return this;
        }

        public SourceDocument Build() => new("kh.docx", _text.ToString(), _blocks);
    }

    [Fact]
    public void Timetable_rows_give_schedule_items_per_level_column()
    {
        var doc = new DocBuilder()
            .Paragraph("KẾ HOẠCH").Paragraph("tổ chức đại hội").Paragraph("PHỤ LỤC")
            .Table(
                ["Thời gian", "Cấp tỉnh", "Cấp huyện"],
                ["Quý I/2026", "1. Ban Thường vụ Tỉnh ủy\n- Ban hành hướng dẫn công tác nhân sự đại hội.", "Ban thường vụ cấp ủy\n- Xây dựng đề án nhân sự, báo cáo Ban Tổ chức Tỉnh ủy trước ngày 20/3/2026."],
                ["Tháng 4, 5/2026", "- Ban Chấp hành Đảng bộ tỉnh cho ý kiến đề án nhân sự.", ""])
            .Build();
        var (plan, error) = PlanParser.Parse(doc);
        Assert.Null(error);
        Assert.Equal(3, plan!.Schedule.Count);
        Assert.Equal(("Quý I/2026", "Cấp tỉnh", "Ban Thường vụ Tỉnh ủy"), (plan.Schedule[0].Period, plan.Schedule[0].Level, plan.Schedule[0].Who));
        Assert.Equal(("Cấp huyện", "Ban thường vụ cấp ủy"), (plan.Schedule[1].Level, plan.Schedule[1].Who));
        Assert.Equal((new DateOnly(2026, 4, 1), new DateOnly(2026, 5, 31), "Ban Chấp hành Đảng bộ tỉnh"), (plan.Schedule[2].Start, plan.Schedule[2].End, plan.Schedule[2].Who));
        var d = Assert.Single(plan.Deadlines);
        Assert.Equal((new DateOnly(2026, 3, 20), "Ban thường vụ cấp ủy", "PHỤ LỤC.Quý I/2026.Cấp huyện", "Ban Tổ chức Tỉnh ủy"), (d.Date, d.Who, d.Section, d.ReportTo));
        foreach (var s in plan.Schedule) Assert.Contains(s.Quote, doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Progress_table_rendered_with_tabs_quotes_the_row_from_task_to_date()
    {
        var doc = new DocBuilder()
            .Paragraph("KẾ HOẠCH").Paragraph("đại hội chi bộ").Paragraph("III. TIẾN ĐỘ THỰC HIỆN")
            .Table(
                ["STT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"],
                ["1", "Hoàn thiện dự thảo báo cáo chính trị", "Tiểu ban Văn kiện", "Văn phòng", "Ngày 20/10/2026"],
                ["2", "Tổ chức đại hội", "Đảng ủy xã", "", "Tháng 11/2026"])
            .Build();
        var (plan, _) = PlanParser.Parse(doc);
        Assert.Equal(2, plan!.Deadlines.Count);
        var first = plan.Deadlines[0];
        Assert.Equal((new DateOnly(2026, 10, 20), "Tiểu ban Văn kiện", "Hoàn thiện dự thảo báo cáo chính trị"), (first.Date, first.Who, first.What));
        Assert.Equal("Hoàn thiện dự thảo báo cáo chính trị\tTiểu ban Văn kiện\tVăn phòng\tNgày 20/10/2026", first.Quote);
        Assert.Equal((new DateOnly(2026, 11, 30), NhacHan.Domain.Plans.DeadlineKind.ByMonth), (plan.Deadlines[1].Date, plan.Deadlines[1].Kind));
    }
}
