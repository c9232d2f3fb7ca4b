using NhacHan.Domain.Answers;

namespace NhacHan.Domain.Tests.Answers;

public sealed class ProbeTests
{
    [Fact]
    public void Probe()
    {
        var qs = File.ReadAllLines("/tmp/probe.txt");
        using var h = new EngineHarness(PlanFixtures.Shared().Concat(PlanFixtures.Own()), ["kh70-2022-hu"]);
        var sb = new System.Text.StringBuilder();
        foreach (var line in qs)
        {
            if (line.Trim().Length == 0) continue;
            var parts = line.Split('|');
            var ans = h.Ask(parts[1], DateOnly.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture));
            sb.Append("### ").AppendLine(line);
            sb.AppendLine(string.Concat(ans.Text.Runs.Select(r => r.Style.HasFlag(TextStyle.Quote) ? "«" + r.Text + "»" : r.Text)));
            foreach (var c in ans.Choices) sb.AppendLine($"  [{c.Label}] {c.Action}");
            sb.AppendLine();
        }
        File.WriteAllText("/tmp/probe.out", sb.ToString());
    }
}
