namespace NhacHan.Domain.Parsing.Dates;

/// <summary>
/// Cuts a huge text into pieces of at most <see cref="MaxChunk"/> characters at line breaks, so the token
/// buffer stays small whatever the input (a 30 MB file is read piece by piece, never tokenized at once).
/// </summary>
internal static class TextChunks
{
    public const int MaxChunk = 64 * 1024;

    /// <summary>The end of the chunk that starts at <paramref name="start"/>: after a line break when there is one in its second half.</summary>
    public static int End(string text, int start)
    {
        if (text.Length - start <= MaxChunk) return text.Length;
        var limit = start + MaxChunk;
        var half = text.AsSpan(start + MaxChunk / 2, MaxChunk / 2);
        // A line break first; else a sentence end ("; " or ". "), which no date expression crosses.
        var cut = half.LastIndexOf('\n');
        if (cut < 0) cut = Math.Max(half.LastIndexOf(". "), half.LastIndexOf("; "));
        return cut < 0 ? limit : start + MaxChunk / 2 + cut + 1;
    }
}
