using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using NhacHan.Domain.Text;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace NhacHan.Bot.Tests.Telegram;

/// <summary>Tiny but realistic plan files generated in the test (no binary fixtures to maintain).</summary>
public static class TestDocuments
{
    public static readonly string[] PlanLines =
    [
        "ĐẢNG BỘ HUYỆN MẪU SƠN",
        "BAN THƯỜNG VỤ HUYỆN ỦY",
        "Số 31-KH/HU",
        "Mẫu Sơn, ngày 05 tháng 01 năm 2024",
        "KẾ HOẠCH",
        "sơ kết công tác xây dựng Đảng năm 2023",
        "I. MỤC ĐÍCH, YÊU CẦU",
        "1. Đánh giá đúng kết quả công tác xây dựng Đảng.",
        "II. THỜI GIAN",
        "1. Các chi bộ trực thuộc gửi báo cáo về Đảng ủy cơ sở trước ngày 25/01/2024.",
        "2. Cấp cơ sở báo cáo Ban Thường vụ Huyện ủy trước ngày 31/01/2024.",
    ];

    public static byte[] Docx()
    {
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            main.Document = new Document(new Body(PlanLines.Select(l => new Paragraph(new Run(new Text(l) { Space = SpaceProcessingModeValues.Preserve })))));
            main.Document.Save();
        }
        return stream.ToArray();
    }

    /// <summary>A text PDF; Vietnamese glyphs need a TrueType font (DejaVu when installed, else folded text).</summary>
    public static byte[] Pdf()
    {
        var builder = new PdfDocumentBuilder();
        const string dejaVu = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
        var unicode = File.Exists(dejaVu);
        var font = unicode ? builder.AddTrueTypeFont(File.ReadAllBytes(dejaVu)) : builder.AddStandard14Font(UglyToad.PdfPig.Fonts.Standard14Fonts.Standard14Font.Helvetica);
        var page = builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
        var y = 800.0;
        foreach (var line in PlanLines)
        {
            page.AddText(unicode ? line : VietnameseText.Fold(line), 11, new PdfPoint(50, y), font);
            y -= 18;
        }
        return builder.Build();
    }
}
