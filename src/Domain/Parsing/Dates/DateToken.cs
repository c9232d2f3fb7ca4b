namespace NhacHan.Domain.Parsing.Dates;

internal enum TokenKind : byte
{
    /// <summary>A run of ASCII digits; <see cref="DateToken.Value"/> is its value (capped).</summary>
    Number,
    /// <summary>A run of letters and combining marks; <see cref="DateToken.Value"/> is its first letter folded.</summary>
    Word,
    /// <summary>One punctuation character; <see cref="DateToken.Value"/> is the char (every dash is '-').</summary>
    Punct,
}

/// <summary>One token of the text searched; whitespace and Markdown emphasis are not tokens.</summary>
internal readonly record struct DateToken(TokenKind Kind, int Start, int End, int Value)
{
    /// <summary>Numbers longer than this are never dates; their value is capped so it cannot overflow.</summary>
    public const int ValueCap = 999_999;

    public int Length => End - Start;
}
