namespace NhacHan.Domain.Documents;

/// <summary>A range of <see cref="SourceDocument.Text"/>; quotes are cut from the text through these.</summary>
public readonly record struct SourceSpan(int Start, int Length)
{
    public int End => Start + Length;

    public static SourceSpan FromBounds(int start, int end) => new(start, end - start);
}
