using NhacHan.Domain.Answers;

namespace NhacHan.Domain.Tests.Answers;

/// <summary>The engine's own /commands: known ones map to intents, an unknown "/xyz" says so and lists them.</summary>
public sealed class CommandAnswerTests
{
    private static readonly DateOnly Nov10 = new(2024, 11, 10);

    [Theory]
    [InlineData("/xyz")]
    [InlineData("/Lich hom nay")]
    [InlineData("/abc@NhacHanBot")]
    public void An_unknown_command_is_named_and_the_commands_are_listed(string text)
    {
        using var h = new EngineHarness(PlanFixtures.Own());
        var reply = h.Ask(text, Nov10).Text.ToString();
        var name = text.Split(' ')[0];
        Assert.StartsWith($"Không có lệnh {name}. Các lệnh của Nhắc Hạn:", reply, StringComparison.Ordinal);
        Assert.Contains("/sapden — các mốc sắp đến hạn (14 ngày tới)", reply, StringComparison.Ordinal);
        Assert.Contains("/kehoach — danh sách kế hoạch đã lưu", reply, StringComparison.Ordinal);
        Assert.Contains("/help — hướng dẫn này", reply, StringComparison.Ordinal);
        Assert.DoesNotContain(Replies.NotFoundText, reply, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_lists_every_engine_command_once()
    {
        var help = Replies.Help().Text.ToString();
        foreach (var c in EngineCommands.All)
            Assert.Single(help.Split('\n'), line => line.StartsWith($"/{c.Name} — ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/start", Intent.Help)]
    [InlineData("/trogiup", Intent.Help)]
    [InlineData("/kehoach@NhacHanBot", Intent.ListPlans)]
    [InlineData("/xyz", Intent.UnknownCommand)]
    [InlineData("/2024 han nop", Intent.DueDate)]
    [InlineData("/ han nop bao cao", Intent.DueDate)]
    public void Commands_are_read_from_the_one_list(string text, Intent intent)
    {
        Assert.Equal(intent, IntentReader.Read(text, Nov10).Intent);
    }
}
