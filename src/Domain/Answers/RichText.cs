using System.Text;

namespace NhacHan.Domain.Answers;

[Flags]
public enum TextStyle
{
    None = 0,
    Bold = 1,
    Italic = 2,
    Quote = 4,
}

/// <summary>A run of text with one style; renderers (Telegram HTML, console) escape and decorate it.</summary>
public readonly record struct TextRun(string Text, TextStyle Style);

/// <summary>Formatted answer text that is independent of Telegram: lines are separated by '\n' inside runs.</summary>
public sealed record RichText(IReadOnlyList<TextRun> Runs)
{
    public static RichText Plain(string text) => new([new TextRun(text, TextStyle.None)]);

    /// <summary>The text without formatting (console chat, logs, tests).</summary>
    public override string ToString()
    {
        var sb = new StringBuilder();
        foreach (var r in Runs) sb.Append(r.Text);
        return sb.ToString();
    }
}

/// <summary>Builds a <see cref="RichText"/>: <c>new RichTextBuilder().Bold("Trước ngày 27/01/2024").Text(" — còn 7 ngày").Line()</c>.</summary>
public sealed class RichTextBuilder
{
    private readonly List<TextRun> _runs = [];

    public RichTextBuilder Text(string text) => Add(text, TextStyle.None);

    public RichTextBuilder Bold(string text) => Add(text, TextStyle.Bold);

    public RichTextBuilder Italic(string text) => Add(text, TextStyle.Italic);

    public RichTextBuilder Quote(string text) => Add(text, TextStyle.Quote);

    public RichTextBuilder Line(string text = "") => Add(text + "\n", TextStyle.None);

    public RichTextBuilder Add(string text, TextStyle style)
    {
        if (text.Length > 0) _runs.Add(new TextRun(text, style));
        return this;
    }

    public bool IsEmpty => _runs.Count == 0;

    public RichText Build()
    {
        // Drop one trailing newline so renderers need not trim.
        if (_runs.Count > 0 && _runs[^1] is { Style: TextStyle.None } last && last.Text.EndsWith('\n'))
        {
            var trimmed = last.Text[..^1];
            _runs[^1] = last with { Text = trimmed };
            if (trimmed.Length == 0) _runs.RemoveAt(_runs.Count - 1);
        }
        return new RichText(_runs.ToArray());
    }
}
