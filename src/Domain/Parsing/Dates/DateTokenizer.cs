using System.Buffers;

namespace NhacHan.Domain.Parsing.Dates;

/// <summary>Cuts a text into numbers, words and punctuation in one pass, into a pooled buffer.</summary>
internal static class DateTokenizer
{
    /// <summary>Tokens of <paramref name="text"/>[<paramref name="start"/>..<paramref name="end"/>), with positions in the whole text.</summary>
    public static TokenStream Tokenize(string text, int start, int end) =>
        TokenizeInto(new TokenStream(text, ArrayPool<DateToken>.Shared.Rent(Math.Clamp((end - start) / 3, 16, 4096))), start, end);

    /// <summary>Replaces the tokens of <paramref name="stream"/> (over the same text) with those of [start, end): one buffer for many lines.</summary>
    public static TokenStream TokenizeInto(TokenStream stream, int start, int end)
    {
        stream.Clear();
        var text = stream.Text;
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (c is >= '0' and <= '9')
            {
                var first = i;
                var value = 0;
                while (i < end && text[i] is >= '0' and <= '9')
                {
                    value = value >= DateToken.ValueCap / 10 ? DateToken.ValueCap : value * 10 + (text[i] - '0');
                    i++;
                }
                stream.Add(new DateToken(TokenKind.Number, first, i, value));
            }
            else if (IsWordChar(c))
            {
                var first = i;
                while (i < end && IsWordChar(text[i])) i++;
                stream.Add(new DateToken(TokenKind.Word, first, i, FoldedChars.Fold(text[first])));
            }
            else if (c is '.' or '…' && i + 1 < end && text[i + 1] is '.' or '…')
            {
                // A run of dots is one token: the blank of "ngày ........ tháng 8", an ellipsis.
                var first = i;
                while (i < end && text[i] is '.' or '…') i++;
                stream.Add(new DateToken(TokenKind.Punct, first, i, '…'));
            }
            else
            {
                if (!IsTransparent(c)) stream.Add(new DateToken(TokenKind.Punct, i, i + 1, NormalizePunct(c)));
                i++;
            }
        }
        return stream;
    }

    private static bool IsWordChar(char c) => FoldedChars.IsWordChar(c);

    /// <summary>Whitespace (NBSP included), Markdown emphasis and invisible characters separate tokens only.</summary>
    private static bool IsTransparent(char c) =>
        c is ' ' or '\t' or '\n' or '\r' or '*' or '_' or '\u00A0' or '\u00AD' or '\u200B' or '\u200C' or '\u200D'
            or '\u2060' or '\uFEFF' || (c > 0x7F && char.IsWhiteSpace(c));

    private static int NormalizePunct(char c) => c switch
    {
        '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' => '-',
        _ => c,
    };
}
