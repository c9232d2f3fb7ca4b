using System.Xml.Linq;

namespace NhacHan.Domain.Documents.Docx;

/// <summary>WordprocessingML names and attribute helpers for LINQ to XML.</summary>
internal static class WordXml
{
    public static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    public static readonly XNamespace Mc = "http://schemas.openxmlformats.org/markup-compatibility/2006";

    public static string? Val(this XElement? e) => e?.Attribute(W + "val")?.Value;

    public static int? IntVal(this XElement? e) =>
        int.TryParse(e.Val(), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : null;

    /// <summary>An on/off property such as &lt;w:vanish/&gt; or &lt;w:isLgl w:val="0"/&gt;.</summary>
    public static bool IsOn(this XElement? e) => e is not null && e.Val() is null or "1" or "true" or "on";

    public static bool IsW(this XElement e, string localName) => e.Name.LocalName == localName && e.Name.Namespace == W;
}
