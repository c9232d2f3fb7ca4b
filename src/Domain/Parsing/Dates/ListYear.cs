namespace NhacHan.Domain.Parsing.Dates;

/// <summary>
/// "tháng 12 và tháng 01/2026", "trước 15/10, 15/4/2026": a date without a year in a list takes the year of the
/// next date that prints one (the year before when its month comes later), not the document's year.
/// </summary>
internal static class ListYear
{
    public static void Borrow(TokenStream s, ref DateExpression e)
    {
        if (e.IsRange || e.Yearly || e.Start.Year != 0 || e.Start.Kind is not (PieceKind.Day or PieceKind.Period)) return;
        var k = e.Last + 1;
        if (!(s.IsWord(k, "va") || s.IsPunct(k, ','))) return;
        if (!ExpressionReader.TryRead(s, k + 1, k + 1, e.Cue, out var next)) return;
        var n = next.Start;
        // A bare year after a comma starts another sentence part ("trước 15/10, năm 2024 đã …"): not a list item.
        if (n.Year == 0 || n.Kind is not (PieceKind.Day or PieceKind.Period) || n.Granularity == Plans.DateGranularity.Year) return;
        e.Start.Year = e.Start.Month > n.Month ? n.Year - 1 : n.Year;
        e.YearFromList = true;
    }
}
