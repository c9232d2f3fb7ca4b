using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace NhacHan.Domain.Documents.Pdf;

/// <summary>
/// Text PDF → <see cref="SourceDocument"/> with PdfPig: words grouped into lines by position, lines split where a
/// wide gap separates columns (the two-column header of a plan), then re-joined into paragraphs by
/// <see cref="PdfParagraphJoiner"/>. Tables are not reconstructed: each cell line becomes its own line of text.
/// A PDF with (almost) no text layer is a scan.
/// </summary>
internal static class PdfReader
{
    public const int MaxPages = 500;

    /// <summary>Fewer visible characters than this in the whole file means there is no real text layer.</summary>
    private const int MinimumCharacters = 20;

    public static SourceDocument Read(string fileName, ReadOnlyMemory<byte> bytes)
    {
        try
        {
            using var pdf = PdfDocument.Open(bytes.ToArray(), new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
            var pages = new List<PdfPageLines>();
            var characters = 0;
            var count = Math.Min(pdf.NumberOfPages, MaxPages);
            if (count == 0) throw new DocumentReadException(DocumentErrors.CorruptPdf());
            for (var n = 1; n <= count; n++)
            {
                var page = pdf.GetPage(n);
                var lines = PdfLineBuilder.Build(page.GetWords());
                characters += lines.Sum(l => l.Text.Count(c => !char.IsWhiteSpace(c)));
                pages.Add(new PdfPageLines(lines, page.Width));
            }
            if (characters < MinimumCharacters) throw new DocumentReadException(DocumentErrors.ScannedPdf());
            var builder = new DocumentTextBuilder();
            var blocks = new List<Block>();
            foreach (var paragraph in PdfParagraphJoiner.Join(pages))
            {
                if (builder.AddParagraph(paragraph, null) is { } block) blocks.Add(block);
            }
            return new SourceDocument(fileName, builder.ToString(), blocks);
        }
        catch (DocumentReadException)
        {
            throw;
        }
#pragma warning disable CA1031 // PdfPig throws many exception types on damaged or encrypted files.
        catch (Exception)
        {
            throw new DocumentReadException(DocumentErrors.CorruptPdf());
        }
#pragma warning restore CA1031
    }
}

/// <summary>One visual line (or one column's part of it) on a page.</summary>
/// <summary>A page's lines, top to bottom, and its width (to know where the right margin is).</summary>
internal sealed record PdfPageLines(IReadOnlyList<PdfLine> Lines, double Width);

internal sealed record PdfLine(string Text, double Left, double Right, double Top, double Bottom, bool SharesRowWithPrevious)
{
    public double Height => Math.Max(Top - Bottom, 1);
}

/// <summary>Words → lines: same vertical band, left to right; a gap wider than about two letters' height splits columns.</summary>
internal static class PdfLineBuilder
{
    public static IReadOnlyList<PdfLine> Build(IEnumerable<Word> words)
    {
        // Rows by baseline and font size, not by glyph boxes: "-" or "ạ" have boxes far from the line's centre.
        var list = words.Where(w => !string.IsNullOrWhiteSpace(w.Text) && w.Letters.Count > 0).ToList();
        list.Sort((a, b) => Baseline(b).CompareTo(Baseline(a)));
        var rows = new List<List<Word>>();
        foreach (var word in list)
        {
            var row = rows.Count > 0 ? rows[^1] : null;
            if (row is not null && Math.Abs(Baseline(word) - Baseline(row[0])) <= 0.3 * Math.Min(Size(word), Size(row[0])))
                row.Add(word);
            else
                rows.Add([word]);
        }
        var lines = new List<PdfLine>();
        foreach (var row in rows)
        {
            row.Sort((a, b) => a.BoundingBox.Left.CompareTo(b.BoundingBox.Left));
            var start = 0;
            for (var i = 1; i <= row.Count; i++)
            {
                var split = i == row.Count
                    || row[i].BoundingBox.Left - row[i - 1].BoundingBox.Right > 2.0 * Math.Max(Size(row[i]), Size(row[i - 1]));
                if (!split) continue;
                var part = row.GetRange(start, i - start);
                var size = part.Max(Size);
                var baseline = Baseline(part[0]);
                lines.Add(new PdfLine(
                    string.Join(' ', part.Select(w => w.Text)),
                    part[0].BoundingBox.Left,
                    part[^1].BoundingBox.Right,
                    baseline + 0.8 * size,
                    baseline - 0.2 * size,
                    SharesRowWithPrevious: start > 0));
                start = i;
            }
        }
        return lines;
    }

    private static double Baseline(Word w) => w.Letters[0].StartBaseLine.Y;

    private static double Size(Word w)
    {
        var size = w.Letters[0].PointSize;
        return size > 0.5 ? size : Math.Max(w.BoundingBox.Height, 1);
    }
}
