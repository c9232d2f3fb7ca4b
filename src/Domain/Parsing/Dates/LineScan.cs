namespace NhacHan.Domain.Parsing.Dates;

/// <summary>Whether a line may hold an expression (a cheap check before tokenizing it).</summary>
internal delegate bool LineFilter(ReadOnlySpan<char> line);

/// <summary>Reads the tokens of one line into the caller's state.</summary>
internal delegate void LineReader<TState>(TokenStream tokens, ref TState state);

/// <summary>
/// The walk both grammars share: the text in bounded chunks (<see cref="TextChunks"/>), each chunk line by line
/// (a line ending inside an expression is read with the next one, see <see cref="LineJoin"/>), and only the lines
/// the filter accepts are tokenized, into one stream reused per chunk — most lines of a plan hold no expression.
/// </summary>
internal static class LineScan
{
    public static void Tokenized<TState>(string text, LineFilter mayHold, ref TState state, LineReader<TState> read)
    {
        for (var start = 0; start < text.Length;)
        {
            var end = TextChunks.End(text, start);
            InChunk(text, start, end, mayHold, ref state, read);
            start = end;
        }
    }

    private static void InChunk<TState>(string text, int start, int end, LineFilter mayHold, ref TState state, LineReader<TState> read)
    {
        TokenStream? s = null;
        try
        {
            while (start < end)
            {
                var nl = text.AsSpan(start, end - start).IndexOf('\n');
                var lineEnd = nl < 0 ? end : start + nl + 1;
                // "trước ngày\n27/01/2024", "trong 10 ngày\nkể từ …": read with the next line.
                if (lineEnd < end && LineJoin.EndsInsideExpression(text, start, lineEnd))
                {
                    var next = text.AsSpan(lineEnd, end - lineEnd).IndexOf('\n');
                    lineEnd = next < 0 ? end : lineEnd + next + 1;
                }
                if (mayHold(text.AsSpan(start, lineEnd - start)))
                {
                    s = s is null ? DateTokenizer.Tokenize(text, start, lineEnd) : DateTokenizer.TokenizeInto(s, start, lineEnd);
                    read(s, ref state);
                }
                start = lineEnd;
            }
        }
        finally
        {
            s?.Dispose();
        }
    }
}
