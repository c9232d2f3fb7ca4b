namespace NhacHan.Domain.Parsing.Extractors;

/// <summary>Work marked finished: "đã hoàn thành", "đã thực hiện xong", "đã xong", in folded text.</summary>
internal static class DoneMarks
{
    private static readonly string[] Marks = ["da hoan thanh", "da thuc hien xong", "da trien khai xong", "da xong"];

    public static bool In(string fold)
    {
        foreach (var m in Marks)
            if (fold.Contains(m, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>The paragraph, or a heading above it ("1. Các nhiệm vụ đã thực hiện xong"), marks the work done.</summary>
    public static bool For(Model.Node node)
    {
        if (In(node.Fold)) return true;
        foreach (var a in node.Ancestors)
            if (In(a.Fold)) return true;
        return false;
    }
}
