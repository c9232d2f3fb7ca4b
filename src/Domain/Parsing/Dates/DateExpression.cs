namespace NhacHan.Domain.Parsing.Dates;

/// <summary>A whole date expression as read: cue, the date (or a range's two ends), where it sits.</summary>
internal struct DateExpression
{
    public int First;
    public int Last;
    public DateCue Cue;
    public DatePiece Start;
    /// <summary>The range's end, when <see cref="IsRange"/>.</summary>
    public DatePiece End;
    public bool IsRange;
    public bool IsCitation;
    public bool NamesReportPeriod;
    /// <summary>"ngày 15/12 hằng năm": the year is the next one in which the day falls on or after the document's date.</summary>
    public bool Yearly;
    /// <summary>The year was taken from the next date of a list (<see cref="ListYear"/>): still flagged inferred.</summary>
    public bool YearFromList;
}
