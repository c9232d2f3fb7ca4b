namespace NhacHan.Domain.Documents;

/// <summary>Result of reading a file: a document, or a Vietnamese error.</summary>
public sealed record ReadResult(SourceDocument? Document, ParseError? Error)
{
    public static ReadResult Ok(SourceDocument d) => new(d, null);

    public static ReadResult Fail(ParseError e) => new(null, e);
}

/// <summary>Turns file bytes into a <see cref="SourceDocument"/>: picks the reader by content and extension.</summary>
public static class DocumentReader
{
    /// <summary>Never throws for bad input: every failure becomes a <see cref="ParseError"/>.</summary>
    public static ReadResult Read(string fileName, ReadOnlyMemory<byte> bytes)
    {
        // Placeholder dispatch: plain text only. The documents work replaces this with .docx/.pdf readers,
        // type sniffing and the guards (size, zip bomb, scans, legacy fonts).
        if (bytes.Length == 0)
            return ReadResult.Fail(new ParseError(ParseErrorCode.Empty, "Tệp rỗng (0 byte)."));
        var text = System.Text.Encoding.UTF8.GetString(bytes.Span);
        return ReadResult.Ok(PlainTextReader.Read(fileName, text));
    }
}
