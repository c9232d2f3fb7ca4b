namespace NhacHan.Domain.Documents;

public enum ParseErrorCode
{
    Empty,
    UnsupportedType,
    LegacyWordDoc,
    Corrupt,
    ScannedPdf,
    LegacyVietnameseFont,
    TooLarge,
    NotAPlan,
}

/// <summary>Why a file could not be used, with a message in Vietnamese for the admin.</summary>
public sealed record ParseError(ParseErrorCode Code, string Message);

/// <summary>Thrown inside readers and caught at the boundary (<see cref="DocumentReader"/>); never escapes to callers.</summary>
public sealed class DocumentReadException(ParseError error) : Exception(error.Message)
{
    public ParseError Error { get; } = error;
}
