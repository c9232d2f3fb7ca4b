using NhacHan.Domain.Text;

namespace NhacHan.Domain.Documents;

/// <summary>Splits plain text (.txt/.md) into blocks. Initial version: one paragraph per non-empty line.</summary>
public static class PlainTextReader
{
    public static SourceDocument Read(string fileName, string text)
    {
        text = VietnameseText.Nfc(text);
        var blocks = new List<Block>();
        var start = 0;
        while (start <= text.Length)
        {
            var nl = text.IndexOf('\n', start);
            var end = nl < 0 ? text.Length : nl;
            var lineEnd = end > start && text[end - 1] == '\r' ? end - 1 : end;
            if (text.AsSpan(start, lineEnd - start).Trim().Length > 0)
                blocks.Add(new ParagraphBlock(text[start..lineEnd], SourceSpan.FromBounds(start, lineEnd)));
            if (nl < 0) break;
            start = nl + 1;
        }
        return new SourceDocument(fileName, text, blocks);
    }
}
