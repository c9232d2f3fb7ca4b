using NhacHan.Domain.Documents;
using static NhacHan.Domain.Tests.Documents.Support.DocxFactory;

namespace NhacHan.Domain.Tests.Documents;

public class DocxReaderTests
{
    private static SourceDocument Read(byte[] docx)
    {
        var result = DocumentReader.Read("kh.docx", docx);
        Assert.Null(result.Error);
        AssertSpansHold(result.Document!);
        return result.Document!;
    }

    /// <summary>The invariant every consumer relies on: a paragraph's text is the text at its span.</summary>
    internal static void AssertSpansHold(SourceDocument doc)
    {
        foreach (var block in doc.Blocks)
        {
            if (block is ParagraphBlock p) Assert.Equal(p.Text, doc.Slice(p.Span));
            if (block is TableBlock t)
            {
                foreach (var cell in t.Rows.SelectMany(r => r.Cells))
                {
                    foreach (var cp in cell.Paragraphs) Assert.Equal(cp.Text, doc.Slice(cp.Span));
                    Assert.Equal(cell.Text, doc.Slice(cell.Span));
                }
            }
        }
    }

    private static string[] Paragraphs(SourceDocument doc) => doc.Blocks.OfType<ParagraphBlock>().Select(p => p.Text).ToArray();

    [Fact]
    public void Paragraphs_in_order_one_line_each()
    {
        var doc = Read(Docx(P("KẾ HOẠCH") + P("Tổ chức đại hội") + P("Hoàn thành trước ngày 30/6/2025.")));
        Assert.Equal("KẾ HOẠCH\nTổ chức đại hội\nHoàn thành trước ngày 30/6/2025.", doc.Text);
        Assert.Equal(3, doc.Blocks.Count);
    }

    [Fact]
    public void Runs_are_joined_and_layout_whitespace_collapsed()
    {
        var body = "<w:p><w:r><w:t xml:space=\"preserve\">Hoàn thành </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>trước</w:t></w:r>"
            + "<w:r><w:tab/><w:t xml:space=\"preserve\">  ngày\u00a030/6/2025</w:t></w:r></w:p>";
        Assert.Equal("Hoàn thành trước ngày 30/6/2025", Read(Docx(body)).Text);
    }

    [Fact]
    public void Soft_line_break_stays_inside_the_paragraph()
    {
        var body = "<w:p><w:r><w:t>ĐẢNG BỘ TỈNH HƯNG YÊN</w:t><w:br/><w:t>HUYỆN ỦY KIM ĐỘNG</w:t></w:r></w:p>";
        var doc = Read(Docx(body));
        Assert.Equal(["ĐẢNG BỘ TỈNH HƯNG YÊN\nHUYỆN ỦY KIM ĐỘNG"], Paragraphs(doc));
    }

    [Fact]
    public void Blank_paragraphs_become_one_blank_line_and_no_block()
    {
        var doc = Read(Docx(P("A") + "<w:p/><w:p/><w:p/>" + P("B")));
        Assert.Equal("A\n\nB", doc.Text);
        Assert.Equal(["A", "B"], Paragraphs(doc));
    }

    [Fact]
    public void Deleted_hidden_and_field_code_text_is_left_out()
    {
        var body = "<w:p><w:r><w:t xml:space=\"preserve\">Trước ngày </w:t></w:r>"
            + "<w:del w:id=\"1\" w:author=\"x\"><w:r><w:delText>15/6/2025</w:delText></w:r></w:del>"
            + "<w:ins w:id=\"2\" w:author=\"x\"><w:r><w:t>30/6/2025</w:t></w:r></w:ins>"
            + "<w:r><w:rPr><w:vanish/></w:rPr><w:t>ẩn</w:t></w:r>"
            + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>";
        Assert.Equal("Trước ngày 30/6/2025", Read(Docx(body)).Text);
    }

    [Fact]
    public void A_hidden_paragraph_mark_or_an_old_tracked_numbering_does_not_change_the_text()
    {
        var numbering = Numbering(1, ("decimal", "%1.", 1));
        var body = "<w:p><w:pPr><w:tabs><w:tab w:val=\"left\" w:pos=\"720\"/></w:tabs><w:rPr><w:vanish/></w:rPr></w:pPr><w:r><w:t>Hiện</w:t></w:r></w:p>"
            + "<w:p><w:pPr><w:pPrChange w:id=\"1\" w:author=\"x\"><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr></w:pPrChange></w:pPr><w:r><w:t>Không số</w:t></w:r></w:p>";
        Assert.Equal(["Hiện", "Không số"], Paragraphs(Read(Docx(body, numbering))));
    }

    [Fact]
    public void Paragraph_style_id_is_kept()
    {
        var doc = Read(Docx(P("I. MỤC ĐÍCH, YÊU CẦU", style: "Heading1") + P("Nội dung")));
        var blocks = doc.Blocks.OfType<ParagraphBlock>().ToArray();
        Assert.Equal("Heading1", blocks[0].Style);
        Assert.Null(blocks[1].Style);
    }

    [Fact]
    public void Headers_and_footers_are_ignored()
    {
        var doc = Read(Docx(P("Nội dung chính"), headerXml: P("ĐẦU TRANG BÍ MẬT"), footerXml: P("Trang 1")));
        Assert.Equal("Nội dung chính", doc.Text);
    }

    [Fact]
    public void Upper_roman_decimal_and_lower_letter_levels()
    {
        var numbering = Numbering(1, ("upperRoman", "%1.", 1), ("decimal", "%2.", 1), ("lowerLetter", "%3)", 1));
        var body = P("MỤC ĐÍCH, YÊU CẦU", 1, 0) + P("Mục đích", 1, 1) + P("Quán triệt", 1, 2) + P("Triển khai", 1, 2)
            + P("Yêu cầu", 1, 1) + P("Bảo đảm", 1, 2) + P("NỘI DUNG", 1, 0) + P("Thời gian", 1, 1);
        Assert.Equal(
            ["I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích", "a) Quán triệt", "b) Triển khai", "2. Yêu cầu", "a) Bảo đảm", "II. NỘI DUNG", "1. Thời gian"],
            Paragraphs(Read(Docx(body, numbering))));
    }

    [Fact]
    public void Multi_level_numbers_such_as_1_1()
    {
        var numbering = Numbering(3, ("decimal", "%1.", 1), ("decimal", "%1.%2.", 1), ("decimal", "%1.%2.%3.", 1));
        var body = P("Cấp huyện", 3, 0) + P("Hội nghị", 3, 1) + P("Ban thường vụ", 3, 2) + P("Ban chấp hành", 3, 2) + P("Đại hội", 3, 1) + P("Cấp cơ sở", 3, 0) + P("Chi bộ", 3, 1);
        Assert.Equal(
            ["1. Cấp huyện", "1.1. Hội nghị", "1.1.1. Ban thường vụ", "1.1.2. Ban chấp hành", "1.2. Đại hội", "2. Cấp cơ sở", "2.1. Chi bộ"],
            Paragraphs(Read(Docx(body, numbering))));
    }

    [Fact]
    public void Start_values_and_lower_roman_and_upper_letter_and_decimal_zero()
    {
        var numbering = Numbering(1, ("decimal", "%1.", 3))
            + Numbering(2, ("lowerRoman", "(%1)", 4))
            + Numbering(4, ("upperLetter", "%1.", 26))
            + Numbering(5, ("decimalZero", "%1.", 9));
        var body = P("ba", 1) + P("bốn", 1) + P("iv", 2) + P("v", 2) + P("Z", 4) + P("AA", 4) + P("09", 5) + P("10", 5);
        Assert.Equal(["3. ba", "4. bốn", "(iv) iv", "(v) v", "Z. Z", "AA. AA", "09. 09", "10. 10"], Paragraphs(Read(Docx(body, numbering))));
    }

    [Fact]
    public void Bullets_render_as_dash_or_plus()
    {
        var numbering = Numbering(1, ("bullet", "\uf0b7", 1), ("bullet", "+", 1)) + Numbering(2, ("bullet", "-", 1));
        var body = P("Ban Tổ chức", 1, 0) + P("chủ trì", 1, 1) + P("Văn phòng", 2);
        Assert.Equal(["- Ban Tổ chức", "+ chủ trì", "- Văn phòng"], Paragraphs(Read(Docx(body, numbering))));
    }

    [Fact]
    public void A_new_num_instance_with_start_override_restarts_the_list()
    {
        var numbering = AbstractNum(10, ("decimal", "%1.", 1)) + Num(1, 10) + Num(2, 10, startOverride: 1);
        var body = P("Một", 1) + P("Hai", 1) + P("Lại một", 2) + P("Lại hai", 2);
        Assert.Equal(["1. Một", "2. Hai", "1. Lại một", "2. Lại hai"], Paragraphs(Read(Docx(body, numbering))));
    }

    [Fact]
    public void Numbering_comes_from_the_paragraph_style_through_based_on()
    {
        var numbering = Numbering(7, ("upperRoman", "%1.", 1), ("decimal", "%2.", 1));
        var styles = "<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:pPr><w:numPr><w:numId w:val=\"7\"/></w:numPr></w:pPr></w:style>"
            + "<w:style w:type=\"paragraph\" w:styleId=\"Heading2\"><w:basedOn w:val=\"Heading1\"/><w:pPr><w:numPr><w:ilvl w:val=\"1\"/></w:numPr></w:pPr></w:style>";
        var body = P("MỤC ĐÍCH", style: "Heading1") + P("Mục đích", style: "Heading2") + P("NỘI DUNG", style: "Heading1");
        Assert.Equal(["I. MỤC ĐÍCH", "1. Mục đích", "II. NỘI DUNG"], Paragraphs(Read(Docx(body, numbering, styles))));
    }

    [Fact]
    public void A_list_defined_through_a_numbering_style_takes_the_styles_levels()
    {
        // abstractNum 1 only links to the numbering style "KeHoachList", whose num (9) uses abstractNum 2.
        var numbering = "<w:abstractNum w:abstractNumId=\"1\"><w:numStyleLink w:val=\"KeHoachList\"/></w:abstractNum>"
            + AbstractNum(2, ("upperRoman", "%1.", 1), ("decimal", "%2.", 1))
            + Num(3, 1) + Num(9, 2);
        var styles = "<w:style w:type=\"numbering\" w:styleId=\"KeHoachList\"><w:pPr><w:numPr><w:numId w:val=\"9\"/></w:numPr></w:pPr></w:style>";
        var body = P("MỤC ĐÍCH", 3, 0) + P("Mục đích", 3, 1) + P("NỘI DUNG", 3, 0);
        Assert.Equal(["I. MỤC ĐÍCH", "1. Mục đích", "II. NỘI DUNG"], Paragraphs(Read(Docx(body, numbering, styles))));
    }

    [Fact]
    public void Num_id_zero_switches_numbering_off()
    {
        var numbering = Numbering(1, ("decimal", "%1.", 1));
        var styles = "<w:style w:type=\"paragraph\" w:styleId=\"List\"><w:pPr><w:numPr><w:numId w:val=\"1\"/></w:numPr></w:pPr></w:style>";
        var body = P("Có số", style: "List") + P("Không số", numId: 0, style: "List");
        Assert.Equal(["1. Có số", "Không số"], Paragraphs(Read(Docx(body, numbering, styles))));
    }

    [Fact]
    public void Table_is_kept_as_rows_and_cells_and_rendered_one_cell_per_tab_line()
    {
        var body = P("Tiến độ:") + Table(
            ["Nội dung", "Đơn vị chủ trì", "Thời gian hoàn thành"],
            ["Xây dựng kế hoạch\nTrình Ban Thường vụ", "Ban Tổ chức", "Trước 30/6/2025"]) + P("Sau bảng");
        var doc = Read(Docx(body));
        Assert.Equal("Tiến độ:\n\tNội dung\n\tĐơn vị chủ trì\n\tThời gian hoàn thành\n\tXây dựng kế hoạch\nTrình Ban Thường vụ\n\tBan Tổ chức\n\tTrước 30/6/2025\nSau bảng", doc.Text);
        var table = Assert.IsType<TableBlock>(doc.Blocks[1]);
        Assert.Equal(2, table.Rows.Count);
        Assert.Equal(["Xây dựng kế hoạch", "Trình Ban Thường vụ"], table.Rows[1].Cells[0].Paragraphs.Select(p => p.Text));
        Assert.Equal("Trước 30/6/2025", table.Rows[1].Cells[2].Text);
        Assert.Equal([0, 1, 2], table.Rows[1].Cells.Select(c => c.Column));
        Assert.StartsWith("\tNội dung", doc.Slice(table.Span), StringComparison.Ordinal);
        Assert.EndsWith("Trước 30/6/2025", doc.Slice(table.Span), StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_cell_is_a_line_with_only_a_tab()
    {
        var doc = Read(Docx(Table(["A", "", "C"])));
        Assert.Equal("\tA\n\t\n\tC", doc.Text);
        var cell = ((TableBlock)doc.Blocks[0]).Rows[0].Cells[1];
        Assert.Empty(cell.Paragraphs);
        Assert.Equal("", doc.Slice(cell.Span));
    }

    [Fact]
    public void Vertical_merge_records_row_span_and_the_covering_cell()
    {
        var body = Table(
            ["Nội dung", "Chủ trì"],
            ["Hội nghị quán triệt", "↓Ban Tuyên giáo"],
            ["Tổ chức tuyên truyền", "^"],
            ["Sơ kết", "Văn phòng"]);
        var table = (TableBlock)Read(Docx(body)).Blocks[0];
        Assert.Equal(2, table.Rows[1].Cells[1].RowSpan);
        Assert.True(table.Rows[2].Cells[1].IsMergedIntoAbove);
        Assert.Empty(table.Rows[2].Cells[1].Paragraphs);
        Assert.Equal("Ban Tuyên giáo", table.CoveringCell(2, 1)!.Text);
        Assert.Equal("Văn phòng", table.CoveringCell(3, 1)!.Text);
        Assert.Equal(1, table.Rows[3].Cells[1].RowSpan);
    }

    [Fact]
    public void Grid_span_shifts_the_columns_after_it()
    {
        var table = (TableBlock)Read(Docx(Table(["=2 Giai đoạn 1", "Ghi chú"], ["A", "B", "C"]))).Blocks[0];
        Assert.Equal(2, table.Rows[0].Cells[0].ColumnSpan);
        Assert.Equal(2, table.Rows[0].Cells[1].Column);
        Assert.Equal("Giai đoạn 1", table.CoveringCell(0, 1)!.Text);
    }

    [Fact]
    public void Nested_table_is_flattened_into_the_cell()
    {
        var inner = Table(["Ban Tổ chức", "Văn phòng"]);
        var body = $"<w:tbl><w:tr><w:tc>{P("Phối hợp:")}{inner}{P("và các đơn vị")}</w:tc><w:tc>{P("30/6/2025")}</w:tc></w:tr></w:tbl>";
        var doc = Read(Docx(body));
        var table = (TableBlock)doc.Blocks[0];
        Assert.Equal(["Phối hợp:", "Ban Tổ chức", "Văn phòng", "và các đơn vị"], table.Rows[0].Cells[0].Paragraphs.Select(p => p.Text));
        Assert.Equal(2, table.Rows[0].Cells.Count);
    }

    [Fact]
    public void Two_hundred_levels_of_nested_tables_give_a_document()
    {
        var xml = new System.Text.StringBuilder();
        for (var i = 0; i < 200; i++) xml.Append("<w:tbl><w:tr><w:tc>").Append(P($"mức {i}"));
        xml.Append(P("đáy"));
        for (var i = 0; i < 200; i++) xml.Append("</w:tc></w:tr></w:tbl>");
        var doc = Read(Docx(P("Trước") + xml + P("Sau")));
        var table = Assert.IsType<TableBlock>(doc.Blocks[1]);
        var cell = table.Rows[0].Cells[0];
        Assert.Equal(201, cell.Paragraphs.Count);
        Assert.Equal("mức 0", cell.Paragraphs[0].Text);
        Assert.Equal("đáy", cell.Paragraphs[^1].Text);
        Assert.Equal("Sau", ((ParagraphBlock)doc.Blocks[2]).Text);
    }

    [Fact]
    public void Text_box_paragraphs_follow_their_anchor_paragraph_once()
    {
        var box = $"<w:txbxContent>{P("SỐ: 12-KH/HU")}{P("Hộp văn bản dòng 2")}</w:txbxContent>";
        var body = "<w:p><w:r><w:t>Neo</w:t></w:r><w:r><mc:AlternateContent>"
            + $"<mc:Choice Requires=\"wps\"><w:drawing><wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:txbx>{box}</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
            + $"<mc:Fallback><w:pict><v:shape><v:textbox>{box}</v:textbox></v:shape></w:pict></mc:Fallback>"
            + "</mc:AlternateContent></w:r></w:p>" + P("Tiếp");
        Assert.Equal(["Neo", "SỐ: 12-KH/HU", "Hộp văn bản dòng 2", "Tiếp"], Paragraphs(Read(Docx(body))));
    }

    [Fact]
    public void Content_controls_are_read_through()
    {
        var body = $"<w:sdt><w:sdtPr><w:alias w:val=\"Tiêu đề\"/></w:sdtPr><w:sdtContent>{P("KẾ HOẠCH")}</w:sdtContent></w:sdt>"
            + $"<w:p><w:sdt><w:sdtContent><w:r><w:t>Số 5-KH/HU</w:t></w:r></w:sdtContent></w:sdt></w:p>";
        Assert.Equal(["KẾ HOẠCH", "Số 5-KH/HU"], Paragraphs(Read(Docx(body))));
    }

    [Fact]
    public void Decomposed_marks_in_word_runs_come_out_nfc() =>
        Assert.Equal("Hạn chót", Read(Docx(P("Ha\u0323n cho\u0301t"))).Text);

    [Fact]
    public void Tcvn3_font_text_in_a_docx_is_reported()
    {
        var result = DocumentReader.Read("kh.docx", Docx(P(LegacyFontDetectorTests.Tcvn3Sample.Replace("\n", " ", StringComparison.Ordinal))));
        Assert.Equal(ParseErrorCode.LegacyVietnameseFont, result.Error?.Code);
    }
}
