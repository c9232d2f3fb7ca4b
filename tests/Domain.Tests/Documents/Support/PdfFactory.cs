using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace NhacHan.Domain.Tests.Documents.Support;

/// <summary>One piece of text placed on a page: x from the left, y from the top (points), font size.</summary>
public sealed record PdfText(string Text, double X, double Y, double Size = 12);

/// <summary>Builds text PDFs with PdfPig: Helvetica for ASCII tests, or a TrueType font for Vietnamese.</summary>
public static class PdfFactory
{
    public const double PageWidth = 595;
    public const double PageHeight = 842;

    /// <summary>A TrueType font with Vietnamese glyphs, if this machine has one.</summary>
    public static string? VietnameseFontPath { get; } = new[]
    {
        "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
        "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    }.FirstOrDefault(File.Exists);

    public static byte[] Pdf(byte[]? trueTypeFont, params IReadOnlyList<PdfText>[] pages)
    {
        using var builder = new PdfDocumentBuilder();
        var font = trueTypeFont is null ? builder.AddStandard14Font(Standard14Font.Helvetica) : builder.AddTrueTypeFont(trueTypeFont);
        foreach (var texts in pages)
        {
            var page = builder.AddPage(PageWidth, PageHeight);
            foreach (var t in texts) page.AddText(t.Text, t.Size, new PdfPoint(t.X, PageHeight - t.Y), font);
        }
        return builder.Build();
    }

    /// <summary>Lines at the left margin, one every <paramref name="leading"/> points from the top.</summary>
    public static IReadOnlyList<PdfText> Lines(double top, double leading, params string[] lines) =>
        lines.Select((l, i) => new PdfText(l.TrimStart('>'), l.StartsWith('>') ? 100 : 72, top + i * leading)).ToList();

    /// <summary>A page with a drawn image-like rectangle and a tiny PNG, but no text: what a scan looks like.</summary>
    public static byte[] ImageOnlyPdf()
    {
        using var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(PageWidth, PageHeight);
        page.DrawRectangle(new PdfPoint(50, 50), 400, 600, 2, fill: false);
        page.AddPng(Convert.FromBase64String(OnePixelPng), new PdfRectangle(60, 60, 440, 640));
        return builder.Build();
    }

    private const string OnePixelPng = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";
}
