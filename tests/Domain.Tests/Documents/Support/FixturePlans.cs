using System.Text;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;
using static NhacHan.Domain.Tests.Documents.Support.DocxFactory;

namespace NhacHan.Domain.Tests.Documents.Support;

/// <summary>
/// The realistic plan fixtures in tests/fixtures/plans (docx_01, docx_02, pdf_01), built from code so their Word
/// markup is known: a header table, auto-numbered headings from numbering.xml, dated obligations in the body and a
/// "Tiến độ thực hiện" table. Their labels (expected/*.json) are written by hand.
/// </summary>
public static class FixturePlans
{
    public const string Docx01 = "docx_01_dang_uy_xa_tong_ket_chi_thi_05";
    public const string Docx02 = "docx_02_dang_uy_phuong_quan_triet_nghi_quyet";
    public const string Pdf01 = "pdf_01_dang_uy_phuong_kiem_tra_giam_sat";

    private const string Center = "<w:jc w:val=\"center\"/>";

    /// <summary>A paragraph with direct formatting: bold, centred, italic, list numbering, first-line indent.</summary>
    private static string Para(string text, int? numId = null, int ilvl = 0, string? style = null, bool bold = false, bool center = false, bool italic = false)
    {
        var pPr = new StringBuilder();
        if (style is not null) pPr.Append($"<w:pStyle w:val=\"{style}\"/>");
        if (numId is not null) pPr.Append($"<w:numPr><w:ilvl w:val=\"{ilvl}\"/><w:numId w:val=\"{numId}\"/></w:numPr>");
        pPr.Append(center ? Center : "<w:ind w:firstLine=\"567\"/><w:jc w:val=\"both\"/>");
        var rPr = (bold ? "<w:b/>" : "") + (italic ? "<w:i/>" : "") + "<w:sz w:val=\"28\"/>";
        return $"<w:p><w:pPr>{pPr}</w:pPr><w:r><w:rPr>{rPr}</w:rPr><w:t xml:space=\"preserve\">{Escape(text)}</w:t></w:r></w:p>";
    }

    private static string BorderlessTable(params string[][] cellsXmlByRow)
    {
        var sb = new StringBuilder("<w:tbl><w:tblPr><w:tblW w:w=\"5000\" w:type=\"pct\"/><w:tblBorders><w:top w:val=\"nil\"/><w:left w:val=\"nil\"/><w:bottom w:val=\"nil\"/><w:right w:val=\"nil\"/><w:insideH w:val=\"nil\"/><w:insideV w:val=\"nil\"/></w:tblBorders></w:tblPr>");
        foreach (var row in cellsXmlByRow) sb.Append("<w:tr>").Append(string.Concat(row.Select(c => $"<w:tc>{c}</w:tc>"))).Append("</w:tr>");
        return sb.Append("</w:tbl>").ToString();
    }

    private static string Centered(params string[] lines) => string.Concat(lines.Select(l => Para(l, bold: l.ToUpperInvariant() == l, center: true)));

    /// <summary>Grid table; cells: "↓text" starts a vertical merge, "^" continues it, "=N text" spans N columns.</summary>
    private static string GridTable(params string[][] rows) => Table(rows).Replace("<w:tblW w:w=\"0\" w:type=\"auto\"/>",
        "<w:tblW w:w=\"5000\" w:type=\"pct\"/><w:tblBorders><w:top w:val=\"single\" w:sz=\"4\"/><w:left w:val=\"single\" w:sz=\"4\"/><w:bottom w:val=\"single\" w:sz=\"4\"/><w:right w:val=\"single\" w:sz=\"4\"/><w:insideH w:val=\"single\" w:sz=\"4\"/><w:insideV w:val=\"single\" w:sz=\"4\"/></w:tblBorders>", StringComparison.Ordinal);

    public static byte[] BuildDocx01()
    {
        var numbering = Numbering(1, ("upperRoman", "%1.", 1), ("decimal", "%2.", 1), ("lowerLetter", "%3)", 1));
        var body = new StringBuilder();
        body.Append(BorderlessTable(
        [
            Centered("ĐẢNG BỘ TỈNH PHÚ THỌ", "ĐẢNG ỦY XÃ YÊN LẠC", "*", "Số 15-KH/ĐU"),
            Centered("ĐẢNG CỘNG SẢN VIỆT NAM") + Para("Yên Lạc, ngày 12 tháng 3 năm 2026", center: true, italic: true),
        ]));
        body.Append(Para("KẾ HOẠCH", bold: true, center: true));
        body.Append(Para("tổng kết 10 năm thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh", bold: true, center: true));
        body.Append(Para("-----", center: true));
        body.Append(Para("Thực hiện Kế hoạch số 112-KH/TU, ngày 20/02/2026 của Ban Thường vụ Tỉnh ủy về tổng kết 10 năm thực hiện Chỉ thị số 05-CT/TW, ngày 15/5/2016 của Bộ Chính trị, Ban Thường vụ Đảng ủy xã xây dựng kế hoạch thực hiện như sau:"));
        body.Append(Para("MỤC ĐÍCH, YÊU CẦU", 1, 0, bold: true));
        body.Append(Para("Mục đích", 1, 1, bold: true));
        body.Append(Para("Đánh giá toàn diện kết quả 10 năm thực hiện Chỉ thị số 05-CT/TW trên địa bàn xã.", 1, 2));
        body.Append(Para("Rút ra bài học kinh nghiệm, đề xuất giải pháp trong thời gian tới.", 1, 2));
        body.Append(Para("Yêu cầu", 1, 1, bold: true));
        body.Append(Para("Việc tổng kết bảo đảm nghiêm túc, thiết thực, tránh hình thức; số liệu chính xác, có so sánh với năm 2016."));
        body.Append(Para("NỘI DUNG TỔNG KẾT", 1, 0, bold: true));
        body.Append(Para("Đánh giá kết quả lãnh đạo, chỉ đạo, tổ chức thực hiện Chỉ thị số 05-CT/TW của cấp ủy, chi bộ.", 1, 1));
        body.Append(Para("Đánh giá những hạn chế, khuyết điểm, nguyên nhân và bài học kinh nghiệm.", 1, 1));
        body.Append(Para("Đề xuất phương hướng, nhiệm vụ và giải pháp đẩy mạnh học tập và làm theo Bác trong thời gian tới.", 1, 1));
        body.Append(Para("HÌNH THỨC, THỜI GIAN", 1, 0, bold: true));
        body.Append(Para("Cấp chi bộ", 1, 1, bold: true));
        body.Append(Para("Các chi bộ trực thuộc xây dựng báo cáo tổng kết (không tổ chức hội nghị), gửi về Đảng ủy xã (qua Văn phòng Đảng ủy) trước ngày 10/4/2026."));
        body.Append(Para("Cấp xã", 1, 1, bold: true));
        body.Append(Para("Văn phòng Đảng ủy tham mưu dự thảo báo cáo tổng kết của Đảng ủy xã, trình Ban Thường vụ Đảng ủy chậm nhất ngày 24/4/2026."));
        body.Append(Para("Ban Thường vụ Đảng ủy xã tổ chức hội nghị tổng kết trong tháng 5/2026."));
        body.Append(Para("TỔ CHỨC THỰC HIỆN", 1, 0, bold: true));
        body.Append(Para("Văn phòng Đảng ủy chủ trì, phối hợp với Ban Xây dựng Đảng tham mưu tổ chức hội nghị tổng kết; tổng hợp, báo cáo Ban Thường vụ Tỉnh ủy (qua Ban Tuyên giáo và Dân vận Tỉnh ủy) trước ngày 15/5/2026.", 1, 1));
        body.Append(Para("Ủy ban Mặt trận Tổ quốc xã và các đoàn thể chính trị - xã hội tổng kết trong hệ thống mình, gửi báo cáo về Đảng ủy xã trước ngày 17/4/2026.", 1, 1));
        body.Append(Para("Các chi bộ căn cứ kế hoạch này triển khai thực hiện nghiêm túc, đúng tiến độ.", 1, 1));
        body.Append(Para("TIẾN ĐỘ THỰC HIỆN", 1, 0, bold: true));
        body.Append(GridTable(
            ["STT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"],
            ["1", "Ban hành kế hoạch tổng kết", "Văn phòng Đảng ủy", "Ban Xây dựng Đảng", "Tháng 3/2026"],
            ["2", "Hoàn thành dự thảo báo cáo tổng kết của Đảng ủy xã", "↓Văn phòng Đảng ủy", "Các ban xây dựng Đảng", "Trước ngày 20/4/2026"],
            ["3", "Tổ chức hội nghị tổng kết", "^", "Ủy ban Mặt trận Tổ quốc xã", "Ngày 08/5/2026"],
            ["4", "Báo cáo kết quả tổng kết về Ban Thường vụ Tỉnh ủy", "^", "", "Trước 15/5/2026"]));
        body.Append("<w:p/>");
        body.Append(BorderlessTable(
        [
            Para("Nơi nhận:", bold: true, italic: true) + Para("- Ban Thường vụ Tỉnh ủy (b/c),") + Para("- Ban Tuyên giáo và Dân vận Tỉnh ủy,") + Para("- Các chi bộ trực thuộc,") + Para("- Lưu Văn phòng Đảng ủy."),
            Centered("T/M ĐẢNG ỦY", "BÍ THƯ") + "<w:p/><w:p/>" + Para("Trần Văn Minh", bold: true, center: true),
        ]));
        return Docx(body.ToString(), numbering);
    }

    public static byte[] BuildDocx02()
    {
        // Headings number through their styles (Heading1 → "I.", Heading2 → "1.", Heading3 → "1.1."); body bullets are "-".
        var numbering = Numbering(5, ("upperRoman", "%1.", 1), ("decimal", "%2.", 1), ("decimal", "%2.%3.", 1)) + Numbering(6, ("bullet", "-", 1));
        var styles =
            "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/></w:style>"
            + "<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/><w:basedOn w:val=\"Normal\"/><w:pPr><w:numPr><w:numId w:val=\"5\"/></w:numPr></w:pPr><w:rPr><w:b/></w:rPr></w:style>"
            + "<w:style w:type=\"paragraph\" w:styleId=\"Heading2\"><w:name w:val=\"heading 2\"/><w:basedOn w:val=\"Heading1\"/><w:pPr><w:numPr><w:ilvl w:val=\"1\"/></w:numPr></w:pPr></w:style>"
            + "<w:style w:type=\"paragraph\" w:styleId=\"Heading3\"><w:name w:val=\"heading 3\"/><w:basedOn w:val=\"Heading1\"/><w:pPr><w:numPr><w:ilvl w:val=\"2\"/></w:numPr></w:pPr><w:rPr><w:i/></w:rPr></w:style>"
            + "<w:style w:type=\"paragraph\" w:styleId=\"ListBullet\"><w:name w:val=\"List Bullet\"/><w:pPr><w:numPr><w:numId w:val=\"6\"/></w:numPr></w:pPr></w:style>";
        string H1(string t) => Para(t, style: "Heading1");
        string H2(string t) => Para(t, style: "Heading2");
        string H3(string t) => Para(t, style: "Heading3");
        string Bullet(string t) => Para(t, style: "ListBullet");
        var body = new StringBuilder();
        body.Append(BorderlessTable(
        [
            Centered("ĐẢNG BỘ THÀNH PHỐ ĐÀ NẴNG", "ĐẢNG ỦY PHƯỜNG THANH KHÊ", "*", "Số 24-KH/ĐU"),
            Centered("ĐẢNG CỘNG SẢN VIỆT NAM") + Para("Thanh Khê, ngày 20 tháng 5 năm 2026", center: true, italic: true),
        ]));
        body.Append(Para("KẾ HOẠCH", bold: true, center: true));
        body.Append(Para("học tập, quán triệt và triển khai thực hiện Nghị quyết Đại hội đại biểu Đảng bộ thành phố lần thứ XXIII", bold: true, center: true));
        body.Append(Para("Căn cứ Hướng dẫn số 08-HD/BTGDVTU, ngày 05/5/2026 của Ban Tuyên giáo và Dân vận Thành ủy, Ban Thường vụ Đảng ủy phường xây dựng kế hoạch như sau:"));
        body.Append(H1("MỤC ĐÍCH, YÊU CẦU"));
        body.Append(Bullet("Giúp cán bộ, đảng viên nắm vững nội dung cơ bản của Nghị quyết, tạo sự thống nhất trong nhận thức và hành động."));
        body.Append(Bullet("Việc học tập phải nghiêm túc, thiết thực, hiệu quả; gắn với nhiệm vụ chính trị của từng chi bộ."));
        body.Append(H1("NỘI DUNG, HÌNH THỨC VÀ THỜI GIAN"));
        body.Append(H2("Nội dung học tập"));
        body.Append(Bullet("Những kết quả nổi bật của Đảng bộ thành phố nhiệm kỳ 2020 - 2025 và bài học kinh nghiệm."));
        body.Append(Bullet("Mục tiêu, nhiệm vụ và các khâu đột phá của Đảng bộ thành phố nhiệm kỳ 2025 - 2030."));
        body.Append(Bullet("Chương trình hành động của Đảng ủy phường thực hiện Nghị quyết."));
        body.Append(H2("Hình thức, thời gian"));
        body.Append(H3("Cấp phường"));
        body.Append(Para("Tổ chức hội nghị học tập, quán triệt vào lúc 07 giờ 30, ngày 05/6/2026 tại Hội trường Đảng ủy phường. Thành phần: Ban Chấp hành Đảng bộ phường; bí thư các chi bộ trực thuộc; cán bộ, công chức phường."));
        body.Append(H3("Các chi bộ"));
        body.Append(Para("Các chi bộ tổ chức học tập cho đảng viên từ ngày 08/6 đến ngày 20/6/2026; đảng viên viết bài thu hoạch, nộp về chi bộ trước ngày 30/6/2026."));
        body.Append(H1("TỔ CHỨC THỰC HIỆN"));
        body.Append(H2("Ban Xây dựng Đảng"));
        body.Append(Bullet("Chuẩn bị tài liệu, hội trường phục vụ hội nghị học tập, quán triệt cấp phường."));
        body.Append(Bullet("Tổng hợp kết quả học tập, báo cáo Ban Thường vụ Đảng ủy phường trước ngày 10/7/2026."));
        body.Append(H2("Các chi bộ trực thuộc"));
        body.Append(Bullet("Xây dựng chương trình hành động thực hiện Nghị quyết, gửi về Đảng ủy phường (qua Ban Xây dựng Đảng) trong quý III/2026."));
        body.Append(H2("Ủy ban Kiểm tra Đảng ủy phường"));
        body.Append(Bullet("Kiểm tra, giám sát việc học tập, quán triệt và thực hiện Nghị quyết ở các chi bộ."));
        body.Append(H1("TIẾN ĐỘ THỰC HIỆN"));
        body.Append(GridTable(
            ["Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"],
            ["=4 Đợt 1: Học tập, quán triệt"],
            ["Hội nghị học tập, quán triệt cấp phường", "Ban Xây dựng Đảng", "Văn phòng Đảng ủy", "Ngày 05/6/2026"],
            ["=4 Đợt 2: Triển khai thực hiện"],
            ["Học tập, viết thu hoạch tại các chi bộ", "Các chi bộ trực thuộc", "Ban Xây dựng Đảng", "Từ 08/6 đến 20/6/2026"],
            ["Xây dựng chương trình hành động", "Các chi bộ trực thuộc", "Ban Xây dựng Đảng", "Quý III/2026"],
            ["Báo cáo kết quả học tập, quán triệt", "Ban Xây dựng Đảng", "", "Trước 10/7/2026"]));
        body.Append(Centered("T/M BAN THƯỜNG VỤ", "BÍ THƯ"));
        body.Append("<w:p/><w:p/>");
        body.Append(Para("Lê Thị Thu Hằng", bold: true, center: true));
        body.Append(Para("Nơi nhận:", bold: true, italic: true));
        body.Append(Para("- Ban Thường vụ Thành ủy (b/c),"));
        body.Append(Para("- Ban Tuyên giáo và Dân vận Thành ủy,"));
        body.Append(Para("- Các chi bộ trực thuộc,"));
        body.Append(Para("- Lưu VP."));
        return Docx(body.ToString(), numbering, styles);
    }

    /// <summary>The PDF plan's body: paragraphs wrapped to the text width; header and signature are two-column.</summary>
    public static readonly string[] Pdf01Body =
    [
        "Thực hiện Chương trình kiểm tra, giám sát toàn khóa nhiệm kỳ 2025 - 2030 của Ban Chấp hành Đảng bộ phường, Ban Thường vụ Đảng ủy phường ban hành kế hoạch kiểm tra, giám sát năm 2026 như sau:",
        "I. MỤC ĐÍCH, YÊU CẦU",
        "1. Nâng cao hiệu lực, hiệu quả công tác kiểm tra, giám sát; kịp thời phát hiện, chấn chỉnh những hạn chế, thiếu sót của tổ chức đảng và đảng viên.",
        "2. Việc kiểm tra, giám sát phải đúng nguyên tắc, phương pháp, quy trình; khách quan, công khai.",
        "II. NỘI DUNG KIỂM TRA, GIÁM SÁT",
        "1. Kiểm tra việc lãnh đạo, chỉ đạo thực hiện Nghị quyết Đại hội Đảng bộ phường nhiệm kỳ 2025 - 2030 ở các chi bộ.",
        "2. Giám sát việc thực hiện Quy định số 144-QĐ/TW, ngày 09/5/2024 của Bộ Chính trị về chuẩn mực đạo đức cách mạng của cán bộ, đảng viên trong giai đoạn mới.",
        "III. THỜI GIAN, TIẾN ĐỘ",
        "1. Ủy ban Kiểm tra Đảng ủy phường xây dựng chương trình kiểm tra, giám sát chi tiết, trình Ban Thường vụ Đảng ủy phường trước ngày 15/4/2026.",
        "2. Các chi bộ được kiểm tra tự kiểm tra, báo cáo Ủy ban Kiểm tra Đảng ủy phường chậm nhất ngày 29/5/2026.",
        "3. Đoàn kiểm tra tiến hành kiểm tra trực tiếp tại các chi bộ trong tháng 7/2026.",
        "4. Ủy ban Kiểm tra Đảng ủy phường tổng hợp kết quả, báo cáo Ban Thường vụ Đảng ủy phường (qua Văn phòng Đảng ủy) trước ngày 20/8/2026.",
        "IV. TỔ CHỨC THỰC HIỆN",
        "1. Ủy ban Kiểm tra Đảng ủy phường chủ trì, tham mưu Ban Thường vụ triển khai thực hiện kế hoạch này; định kỳ báo cáo tiến độ.",
        "2. Văn phòng Đảng ủy bảo đảm kinh phí, phương tiện phục vụ đoàn kiểm tra.",
        "3. Các chi bộ trực thuộc chuẩn bị đầy đủ hồ sơ, tài liệu theo yêu cầu của đoàn kiểm tra.",
    ];

    public static byte[] BuildPdf01(byte[] trueTypeFont)
    {
        using var builder = new PdfDocumentBuilder();
        var font = builder.AddTrueTypeFont(trueTypeFont);
        const double size = 13, leading = 18, left = 85, right = 530, top = 60;
        var page = builder.AddPage(PdfFactory.PageWidth, PdfFactory.PageHeight);
        var y = top;
        void Text(string text, double x, double s = size) => page.AddText(text, s, new PdfPoint(x, PdfFactory.PageHeight - y), font);
        double Width(string text, double s = size)
        {
            var letters = page.MeasureText(text, s, new PdfPoint(0, 0), font);
            return letters.Count == 0 ? 0 : letters[^1].EndBaseLine.X - letters[0].StartBaseLine.X;
        }
        void CenteredAt(string text, double center, double s = size) => Text(text, center - Width(text, s) / 2, s);

        // Header: two columns.
        CenteredAt("ĐẢNG BỘ TỈNH LÂM ĐỒNG", 165, 12); CenteredAt("ĐẢNG CỘNG SẢN VIỆT NAM", 420, 12); y += 16;
        CenteredAt("ĐẢNG ỦY PHƯỜNG XUÂN HƯƠNG", 165, 12); y += 16;
        CenteredAt("*", 165, 12); y += 16;
        CenteredAt("Số 31-KH/ĐU", 165, 12); CenteredAt("Đà Lạt, ngày 03 tháng 4 năm 2026", 420, 12); y += 40;
        CenteredAt("KẾ HOẠCH", 297, 14); y += 20;
        CenteredAt("kiểm tra, giám sát của Ban Thường vụ Đảng ủy phường năm 2026", 297, 13); y += 34;

        foreach (var paragraph in Pdf01Body)
        {
            var heading = paragraph.StartsWith("I", StringComparison.Ordinal) && paragraph.ToUpperInvariant() == paragraph;
            var x = heading ? left : left + 28;
            var line = new StringBuilder();
            foreach (var word in paragraph.Split(' '))
            {
                var candidate = line.Length == 0 ? word : line + " " + word;
                if (x + Width(candidate) > right && line.Length > 0)
                {
                    Text(line.ToString(), x);
                    y += leading;
                    x = left;
                    line.Clear().Append(word);
                    if (y > 780) { page = builder.AddPage(PdfFactory.PageWidth, PdfFactory.PageHeight); y = 60; }
                }
                else
                {
                    line.Clear().Append(candidate);
                }
            }
            Text(line.ToString(), x);
            y += leading + 4;
            if (y > 780) { page = builder.AddPage(PdfFactory.PageWidth, PdfFactory.PageHeight); y = 60; }
        }

        // Signature block beside the recipients, as Word lays it out.
        if (y > 660) { page = builder.AddPage(PdfFactory.PageWidth, PdfFactory.PageHeight); y = 60; }
        y += 12;
        Text("Nơi nhận:", left, 11); CenteredAt("T/M BAN THƯỜNG VỤ", 420, 13); y += 15;
        Text("- Ủy ban Kiểm tra Tỉnh ủy (b/c),", left, 11); CenteredAt("PHÓ BÍ THƯ", 420, 13); y += 15;
        Text("- Các chi bộ trực thuộc,", left, 11); y += 15;
        Text("- Lưu VP.", left, 11); y += 15;
        CenteredAt("Phạm Quốc Bảo", 420, 13);
        return builder.Build();
    }
}
