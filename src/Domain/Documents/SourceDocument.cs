namespace NhacHan.Domain.Documents;

/// <summary>
/// A document as one NFC text plus its blocks in reading order. For .txt/.md, <see cref="Text"/> is the
/// file's text; for .docx/.pdf it is the reader's rendering, and quotes are substrings of that rendering.
/// </summary>
public sealed record SourceDocument(string FileName, string Text, IReadOnlyList<Block> Blocks)
{
    public IReadOnlyList<string> Warnings { get; init; } = [];

    public string Slice(SourceSpan span) => Text.Substring(span.Start, span.Length);
}
