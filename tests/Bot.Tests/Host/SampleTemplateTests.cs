using NhacHan.Bot.Hosting;

namespace NhacHan.Bot.Tests.Host;

public class SampleTemplateTests
{
    [Fact]
    public void Places_dates_relative_to_today()
    {
        var text = SampleTemplate.Render("trước ngày {{d+7}}; trong tháng {{m+2}}; ngày {{issued-day}} tháng {{issued-month}} năm {{issued-year}}; Số {{number}}-KH/HU",
            new DateOnly(2026, 12, 28));
        Assert.Equal("trước ngày 04/01/2027; trong tháng 02/2027; ngày 25 tháng 12 năm 2026; Số 459-KH/HU", text);
    }

    [Fact]
    public void The_sample_file_uses_only_known_placeholders()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "samples", SamplePlanSeeder.FileName);
        var rendered = SampleTemplate.Render(File.ReadAllText(path), new DateOnly(2026, 11, 23));
        Assert.DoesNotContain("{{", rendered);
        Assert.Contains("trước ngày 26/11/2026", rendered);
    }
}
