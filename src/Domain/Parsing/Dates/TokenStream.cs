using System.Buffers;

namespace NhacHan.Domain.Parsing.Dates;

/// <summary>The tokens of one text plus the small predicates every reader uses; return it to the pool by Dispose.</summary>
internal sealed class TokenStream(string text, DateToken[] buffer) : IDisposable
{
    private DateToken[] _tokens = buffer;

    public string Text { get; } = text;

    public int Count { get; private set; }

    public DateToken this[int i] => _tokens[i];

    public void Add(DateToken token)
    {
        if (Count == _tokens.Length)
        {
            var bigger = ArrayPool<DateToken>.Shared.Rent(_tokens.Length * 2);
            Array.Copy(_tokens, bigger, Count);
            ArrayPool<DateToken>.Shared.Return(_tokens);
            _tokens = bigger;
        }
        _tokens[Count++] = token;
    }

    /// <summary>Forgets the tokens, keeping the buffer.</summary>
    public void Clear() => Count = 0;

    public void Dispose()
    {
        ArrayPool<DateToken>.Shared.Return(_tokens);
        _tokens = [];
        Count = 0;
    }

    public bool IsNumber(int i) => (uint)i < (uint)Count && _tokens[i].Kind == TokenKind.Number;

    /// <summary>A number of at most <paramref name="maxDigits"/> digits.</summary>
    public bool IsSmallNumber(int i, int maxDigits = 2) => IsNumber(i) && _tokens[i].Length <= maxDigits;

    public bool IsYear(int i) => IsNumber(i) && _tokens[i].Length == 4 && _tokens[i].Value is >= 1900 and <= 2199;

    public int Value(int i) => _tokens[i].Value;

    public bool IsPunct(int i, char c) => (uint)i < (uint)Count && _tokens[i].Kind == TokenKind.Punct && _tokens[i].Value == c;

    public bool IsAnyWord(int i) => (uint)i < (uint)Count && _tokens[i].Kind == TokenKind.Word;

    /// <summary>The word at <paramref name="i"/> folds to <paramref name="folded"/> (lower-case ASCII).</summary>
    public bool IsWord(int i, string folded)
    {
        if ((uint)i >= (uint)Count) return false;
        var t = _tokens[i];
        // The first letter is folded at tokenizing: most misses end here without reading the text.
        if (t.Kind != TokenKind.Word || t.Value != folded[0] || t.Length < folded.Length) return false;
        var k = 0;
        for (var p = t.Start; p < t.End; p++)
        {
            var f = FoldedChars.Fold(Text[p]);
            if (f == '\0') continue;
            if (k == folded.Length || f != folded[k]) return false;
            k++;
        }
        return k == folded.Length;
    }

    public bool IsWord(int i, string a, string b) => IsWord(i, a) || IsWord(i, b);

    /// <summary>"quý", or the older spelling "quí".</summary>
    public bool IsQuarterWord(int i) => IsWord(i, "quy") || IsWord(i, "qui");

    /// <summary>The word is exactly the ASCII spelling (no marks at all): tells "ngay" (at once) from "ngày" (day).</summary>
    public bool IsPlainWord(int i, string ascii)
    {
        if ((uint)i >= (uint)Count) return false;
        var t = _tokens[i];
        return t.Kind == TokenKind.Word && Text.AsSpan(t.Start, t.Length).Equals(ascii, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>No character at all (not even a space) between tokens <paramref name="a"/> and a + 1.</summary>
    public bool Touching(int a) => a >= 0 && a + 1 < Count && _tokens[a].End == _tokens[a + 1].Start;

    /// <summary>A line break between tokens <paramref name="a"/> and a + 1.</summary>
    public bool LineBreakAfter(int a)
    {
        if (a < 0 || a + 1 >= Count) return false;
        return Text.AsSpan(_tokens[a].End, _tokens[a + 1].Start - _tokens[a].End).IndexOfAny('\n', '\r') >= 0;
    }
}
