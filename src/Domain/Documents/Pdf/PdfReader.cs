using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace NhacHan.Domain.Documents.Pdf;

/// <summary>
/// Text PDF → <see cref="SourceDocument"/> with PdfPig: words grouped into lines by position, lines split where a
/// wide gap separates columns (the two-column header and signature of a plan, or table cells), then re-joined
/// into paragraphs by <see cref="PdfParagraphJoiner"/>. Tables are not reconstructed: each cell line becomes its
/// own line of text, row by row.
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
            using var pdf = PdfDocument.Open(bytes.ToArray(), new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true, FilterProvider = new BoundedFilterProvider() });
            var pages = new List<PdfPageLines>();
            var characters = 0;
            var count = Math.Min(pdf.NumberOfPages, MaxPages);
            if (count == 0) throw new DocumentReadException(DocumentErrors.CorruptPdf());
            for (var n = 1; n <= count; n++)
            {
                var page = pdf.GetPage(n);
                var lines = PdfLineBuilder.Build(page.GetWords(), firstPage: n == 1, lastPage: n == count);
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

/// <param name="InColumns">Part of a two-column band (a plan's header or signature block): never joined.</param>
internal sealed record PdfLine(string Text, double Left, double Right, double Top, double Bottom, bool InColumns)
{
    public double Height => Math.Max(Top - Bottom, 1);
}

/// <summary>Words → lines: same vertical band, left to right; a gap wider than about two letters' height splits columns.</summary>
internal static class PdfLineBuilder
{
    public static IReadOnlyList<PdfLine> Build(IEnumerable<Word> words, bool firstPage = true, bool lastPage = true)
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
        var segmented = rows.Select(Segments).ToList();
        return InReadingOrder(segmented, firstPage, lastPage);
    }

    /// <summary>Splits a row where a gap wider than two letter heights separates columns.</summary>
    private static List<PdfLine> Segments(List<Word> row)
    {
        row.Sort((a, b) => a.BoundingBox.Left.CompareTo(b.BoundingBox.Left));
        var segments = new List<PdfLine>();
        var start = 0;
        for (var i = 1; i <= row.Count; i++)
        {
            var split = i == row.Count
                || row[i].BoundingBox.Left - row[i - 1].BoundingBox.Right > 2.0 * Math.Max(Size(row[i]), Size(row[i - 1]));
            if (!split) continue;
            var part = row.GetRange(start, i - start);
            var size = part.Max(Size);
            var baseline = Baseline(part[0]);
            segments.Add(new PdfLine(
                string.Join(' ', part.Select(w => w.Text)),
                part[0].BoundingBox.Left,
                part[^1].BoundingBox.Right,
                baseline + 0.8 * size,
                baseline - 0.2 * size,
                InColumns: false));
            start = i;
        }
        return segments;
    }

    /// <summary>
    /// Rows top to bottom, except in two-column bands (a row split in two, plus the neighbouring rows whose
    /// pieces stay on one side of the split): there the left column is read first, then the right, as in the
    /// header ("ĐẢNG BỘ … / Số …" then "ĐẢNG CỘNG SẢN VIỆT NAM / …, ngày …") and the signature block.
    /// </summary>
    private static List<PdfLine> InReadingOrder(List<List<PdfLine>> rows, bool firstPage, bool lastPage)
    {
        var result = new List<PdfLine>();
        var r = 0;
        while (r < rows.Count)
        {
            if (rows[r].Count < 2)
            {
                result.AddRange(rows[r]);
                r++;
                continue;
            }
            if (TryBand(rows, r, firstPage, lastPage) is { } band)
            {
                var lines = rows.GetRange(r, band.Last - r + 1).SelectMany(x => x).ToList();
                result.AddRange(lines.Where(l => l.Right <= band.GutterRight).Select(l => l with { InColumns = true }));
                result.AddRange(lines.Where(l => l.Right > band.GutterRight).Select(l => l with { InColumns = true }));
                r = band.Last + 1;
                continue;
            }
            // A table row, or columns elsewhere: left to right, each piece its own line.
            result.AddRange(rows[r].Select(l => l with { InColumns = true }));
            r++;
        }
        return result;
    }

    /// <summary>
    /// A two-column band: rows of at most two pieces, each wholly left or right of a gutter that stays open,
    /// at the top of the first page (the header) or running to the end of the last page (recipients and
    /// signature). Anywhere else split rows are table rows, read row by row.
    /// </summary>
    private static (int Last, double GutterRight)? TryBand(List<List<PdfLine>> rows, int first, bool firstPage, bool lastPage)
    {
        if (rows[first].Count != 2) return null;
        double gutterLeft = rows[first][0].Right, gutterRight = rows[first][1].Left;
        if (!Fits(rows[first], ref gutterLeft, ref gutterRight)) return null;
        var last = first;
        while (last + 1 < rows.Count && rows[last + 1].Count <= 2 && CloseBelow(rows[last], rows[last + 1]))
        {
            double l = gutterLeft, rr = gutterRight;
            if (!Fits(rows[last + 1], ref l, ref rr)) break;
            (gutterLeft, gutterRight) = (l, rr);
            last++;
        }
        var header = firstPage && first == 0;
        var signature = lastPage && last >= rows.Count - 2;
        return header || signature ? (last, gutterRight) : null;
    }

    /// <summary>The next row follows within about two line heights (a band ends at a wider gap).</summary>
    private static bool CloseBelow(List<PdfLine> row, List<PdfLine> next)
    {
        var bottom = row.Min(l => l.Bottom);
        var height = row.Max(l => l.Height);
        return bottom - next.Max(l => l.Top) <= 1.2 * height;
    }

    /// <summary>Every piece of the row lies wholly left or wholly right of the gutter, which stays open.</summary>
    private static bool Fits(List<PdfLine> row, ref double gutterLeft, ref double gutterRight)
    {
        foreach (var piece in row)
        {
            if (piece.Right <= gutterRight) gutterLeft = Math.Max(gutterLeft, piece.Right);
            else if (piece.Left >= gutterLeft) gutterRight = Math.Min(gutterRight, piece.Left);
            else return false;
        }
        return gutterLeft < gutterRight;
    }

    private static double Baseline(Word w) => w.Letters[0].StartBaseLine.Y;

    private static double Size(Word w)
    {
        var size = w.Letters[0].PointSize;
        return size > 0.5 ? size : Math.Max(w.BoundingBox.Height, 1);
    }
}
