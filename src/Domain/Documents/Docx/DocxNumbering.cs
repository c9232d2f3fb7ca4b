using System.Text;
using System.Xml.Linq;
using static NhacHan.Domain.Documents.Docx.WordXml;

namespace NhacHan.Domain.Documents.Docx;

/// <summary>
/// Evaluates Word auto-numbering (numbering.xml) in document order, so "I.", "1.1.", "a)" appear in the text as
/// printed. Counters are kept per list instance (numId): a new numId, or a startOverride, restarts a list;
/// using a level resets the deeper levels. Bullets render as "-" ("+" when the bullet is a plus).
/// </summary>
internal sealed class DocxNumbering
{
    private const int Levels = 9;

    private sealed record Level(int Start, string? Format, string? Text, bool Legal, bool NeverRestarts);

    private readonly Dictionary<int, Level?[]> _levelsByNumId = [];
    private readonly Dictionary<int, int[]> _counters = [];
    private readonly Dictionary<string, (int? NumId, int? Ilvl)> _styleNumbering = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _numberingStyleNumIds = new(StringComparer.Ordinal);

    public static DocxNumbering Empty { get; } = new(null, null);

    public DocxNumbering(XDocument? numbering, XDocument? styles)
    {
        if (styles?.Root is { } stylesRoot) LoadStyles(stylesRoot);
        if (numbering?.Root is { } root) LoadNumbering(root);
    }

    /// <summary>
    /// The rendered number of a paragraph ("II.", "1.2.", "a)", "-"), or null when it is not numbered. Direct
    /// numbering properties win; missing ones come from the paragraph style (through basedOn).
    /// </summary>
    public string? Next(int? numId, int? ilvl, string? styleId)
    {
        if ((numId is null || ilvl is null) && styleId is not null && _styleNumbering.TryGetValue(styleId, out var fromStyle))
        {
            numId ??= fromStyle.NumId;
            ilvl ??= fromStyle.Ilvl;
        }
        if (numId is not { } id || id == 0 || !_levelsByNumId.TryGetValue(id, out var levels)) return null;
        var level = Math.Clamp(ilvl ?? 0, 0, Levels - 1);
        if (levels[level] is not { } def) return null;

        var counters = _counters.TryGetValue(id, out var c) ? c : _counters[id] = NewCounters();
        counters[level] = counters[level] == int.MinValue ? def.Start : counters[level] + 1;
        for (var deeper = level + 1; deeper < Levels; deeper++)
        {
            if (levels[deeper] is { NeverRestarts: true }) continue;
            counters[deeper] = int.MinValue;
        }
        return Render(def, levels, counters);
    }

    private static int[] NewCounters()
    {
        var counters = new int[Levels];
        Array.Fill(counters, int.MinValue);
        return counters;
    }

    private static string? Render(Level def, Level?[] levels, int[] counters)
    {
        if (def.Format == "bullet") return def.Text?.Trim() == "+" ? "+" : "-";
        if (def.Text is null) return null;
        var sb = new StringBuilder();
        for (var i = 0; i < def.Text.Length; i++)
        {
            var ch = def.Text[i];
            if (ch == '%' && i + 1 < def.Text.Length && def.Text[i + 1] is >= '1' and <= '9')
            {
                var referenced = def.Text[i + 1] - '1';
                i++;
                var refDef = levels[referenced];
                var value = counters[referenced] == int.MinValue ? refDef?.Start ?? 1 : counters[referenced];
                sb.Append(NumberFormatter.Format(value, def.Legal ? "decimal" : refDef?.Format));
                continue;
            }
            sb.Append(ch);
        }
        var rendered = sb.ToString().Trim();
        return rendered.Length == 0 ? null : rendered;
    }

    private void LoadNumbering(XElement root)
    {
        var abstracts = new Dictionary<int, Level?[]>();
        var styleLinks = new Dictionary<int, string>();
        var abstractOfNum = new Dictionary<int, int>();
        foreach (var abs in root.Elements(W + "abstractNum"))
        {
            if (!int.TryParse(abs.Attribute(W + "abstractNumId")?.Value, System.Globalization.CultureInfo.InvariantCulture, out var absId)) continue;
            abstracts[absId] = ReadLevels(abs.Elements(W + "lvl"), new Level?[Levels]);
            if (abs.Element(W + "numStyleLink").Val() is { } link) styleLinks[absId] = link;
        }
        foreach (var num in root.Elements(W + "num"))
        {
            if (int.TryParse(num.Attribute(W + "numId")?.Value, System.Globalization.CultureInfo.InvariantCulture, out var id) && num.Element(W + "abstractNumId").IntVal() is { } a)
                abstractOfNum[id] = a;
        }
        foreach (var num in root.Elements(W + "num"))
        {
            if (!int.TryParse(num.Attribute(W + "numId")?.Value, System.Globalization.CultureInfo.InvariantCulture, out var numId)) continue;
            var absId = num.Element(W + "abstractNumId").IntVal();
            // A list defined through a numbering style (numStyleLink): its levels live in the abstractNum of the
            // num that the style points to (one hop; Word writes no longer chains).
            if (absId is { } linked && styleLinks.TryGetValue(linked, out var styleId)
                && _numberingStyleNumIds.TryGetValue(styleId, out var styleNumId) && abstractOfNum.TryGetValue(styleNumId, out var target))
                absId = target;
            if (absId is null || !abstracts.TryGetValue(absId.Value, out var baseLevels)) continue;
            var levels = (Level?[])baseLevels.Clone();
            foreach (var ov in num.Elements(W + "lvlOverride"))
            {
                var ilvl = ParseIlvl(ov);
                if (ilvl is null) continue;
                if (ov.Element(W + "lvl") is { } lvl) ReadLevels([lvl], levels);
                if (ov.Element(W + "startOverride").IntVal() is { } start && levels[ilvl.Value] is { } l)
                    levels[ilvl.Value] = l with { Start = start };
            }
            _levelsByNumId[numId] = levels;
        }
    }

    private static Level?[] ReadLevels(IEnumerable<XElement> lvls, Level?[] into)
    {
        foreach (var lvl in lvls)
        {
            if (ParseIlvl(lvl) is not { } ilvl) continue;
            into[ilvl] = new Level(
                lvl.Element(W + "start").IntVal() ?? 0,
                lvl.Element(W + "numFmt").Val() ?? "decimal",
                lvl.Element(W + "lvlText").Val(),
                lvl.Element(W + "isLgl").IsOn(),
                lvl.Element(W + "lvlRestart").IntVal() == 0);
        }
        return into;
    }

    private static int? ParseIlvl(XElement e) =>
        int.TryParse(e.Attribute(W + "ilvl")?.Value, System.Globalization.CultureInfo.InvariantCulture, out var v) && v is >= 0 and < Levels ? v : null;

    private void LoadStyles(XElement root)
    {
        var raw = new Dictionary<string, (string? BasedOn, int? NumId, int? Ilvl)>(StringComparer.Ordinal);
        foreach (var style in root.Elements(W + "style"))
        {
            var id = style.Attribute(W + "styleId")?.Value;
            if (id is null) continue;
            var numPr = style.Element(W + "pPr")?.Element(W + "numPr");
            raw[id] = (style.Element(W + "basedOn").Val(), numPr?.Element(W + "numId").IntVal(), numPr?.Element(W + "ilvl").IntVal());
            if (style.Attribute(W + "type")?.Value == "numbering" && numPr?.Element(W + "numId").IntVal() is { } styleNumId)
                _numberingStyleNumIds[id] = styleNumId;
        }
        foreach (var id in raw.Keys)
        {
            int? numId = null, ilvl = null;
            var current = id;
            for (var hops = 0; current is not null && hops < 16 && raw.TryGetValue(current, out var s); hops++)
            {
                numId ??= s.NumId;
                ilvl ??= s.Ilvl;
                current = s.BasedOn;
            }
            if (numId is not null) _styleNumbering[id] = (numId, ilvl);
        }
    }
}
