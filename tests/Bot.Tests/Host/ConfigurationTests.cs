using NhacHan.Bot.Cli;

namespace NhacHan.Bot.Tests.Host;

public class ConfigurationTests
{
    private static async Task<(int Code, string Err)> RunWith(Dictionary<string, string?> config, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var db = Path.Combine(Path.GetTempPath(), $"nhachan-cfg-{Guid.NewGuid():N}.db");
        try
        {
            var code = await CliApp.Run([.. args, "--db", db], new CliContext(TextReader.Null, output, error) { ConfigOverrides = config });
            return (code, error.ToString());
        }
        finally
        {
            File.Delete(db);
        }
    }

    [Fact]
    public async Task A_malformed_admin_id_stops_start_up_naming_the_key()
    {
        var (code, err) = await RunWith(new() { ["Bot:Admins:0"] = "12345", ["Bot:Admins:1"] = "abc" }, "plans");
        Assert.Equal(3, code);
        Assert.Contains("Lỗi cấu hình", err);
        Assert.Contains("Bot:Admins:1", err);
    }

    [Fact]
    public async Task A_malformed_lead_time_stops_start_up_naming_the_key()
    {
        var (code, err) = await RunWith(new() { ["Reminders:LeadDays:1"] = "ba" }, "plans");
        Assert.Equal(3, code);
        Assert.Contains("Reminders:LeadDays:1", err);
    }

    [Theory]
    [InlineData("Reminders:LeadDays:0", "-2", "Reminders:LeadDays:0")]
    [InlineData("Reminders:SendAt", "7h30", "Reminders:SendAt")]
    [InlineData("Reminders:TimeZone", "Mars/Olympus", "Reminders:TimeZone")]
    [InlineData("Bot:Admins:0", "-5", "Bot:Admins:0")]
    [InlineData("Bot:PollTimeoutSeconds", "500", "Bot:PollTimeoutSeconds")]
    public async Task Out_of_range_values_are_refused_naming_the_key(string key, string value, string named)
    {
        var (code, err) = await RunWith(new() { [key] = value }, "plans");
        Assert.Equal(3, code);
        Assert.Contains(named, err);
    }

    [Fact]
    public async Task A_malformed_token_is_refused_without_echoing_it()
    {
        const string token = "not-a-token-SECRETVALUE";
        var (code, err) = await RunWith(new() { ["Bot:Token"] = token }, "plans");
        Assert.Equal(3, code);
        Assert.Contains("Bot:Token", err);
        Assert.DoesNotContain("SECRETVALUE", err);
    }
}
