using System.Text;
using NhacHan.Domain.Answers;

namespace NhacHan.Bot.ConsoleChat;

/// <summary>Renders an answer for a terminal: plain text, quotes in « », numbered choices.</summary>
public static class ConsoleRenderer
{
    public static string Render(Answer answer)
    {
        var sb = new StringBuilder();
        foreach (var run in answer.Text.Runs)
        {
            sb.Append(run.Style.HasFlag(TextStyle.Quote) ? $"« {run.Text} »" : run.Text);
        }
        if (answer.Choices.Count > 0)
        {
            sb.AppendLine();
            for (var i = 0; i < answer.Choices.Count; i++)
                sb.Append('\n').Append('[').Append(i + 1).Append("] ").Append(answer.Choices[i].Label);
            sb.Append("\n(gõ số để chọn)");
        }
        sb.AppendLine();
        return sb.ToString();
    }
}
