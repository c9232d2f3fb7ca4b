using NhacHan.Bot.Cli;

namespace NhacHan.Bot.Tests.Host;

public class CliRoutingTests
{
    private static async Task<(int Code, string Out, string Err)> Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CliApp.Run(args, new CliContext(TextReader.Null, output, error));
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Help_lists_every_verb_and_exits_zero()
    {
        var (code, output, _) = await Run("--help");
        Assert.Equal(0, code);
        foreach (var verb in new[] { "parse", "import", "plans", "ask", "reminders" })
            Assert.Contains($"  {verb}", output);
        Assert.Contains("--db PATH", output);
    }

    [Theory]
    [InlineData("parse", "nhachan parse FILE [--json]")]
    [InlineData("import", "nhachan import FILE...")]
    [InlineData("ask", "--now DATE")]
    [InlineData("reminders", "--from DATE --to DATE")]
    public async Task Every_verb_has_its_own_help(string verb, string expected)
    {
        var (code, output, _) = await Run(verb, "--help");
        Assert.Equal(0, code);
        Assert.Contains(expected, output);
    }

    [Fact]
    public async Task Unknown_verb_is_refused_with_usage()
    {
        var (code, _, err) = await Run("frobnicate");
        Assert.Equal(2, code);
        Assert.Contains("Không có lệnh \"frobnicate\"", err);
    }

    [Fact]
    public async Task Missing_option_value_is_a_usage_error()
    {
        var (code, _, err) = await Run("plans", "--db");
        Assert.Equal(2, code);
        Assert.Contains("Thiếu giá trị cho --db", err);
    }

    [Fact]
    public async Task Parse_of_a_missing_file_fails_clearly()
    {
        var (code, _, err) = await Run("parse", "/nonexistent/plan.docx");
        Assert.Equal(1, code);
        Assert.Contains("Không tìm thấy tệp", err);
    }

    [Fact]
    public void Options_before_and_after_the_verb_parse_the_same()
    {
        var verbs = new HashSet<string> { "ask" };
        var values = new HashSet<string> { "--now" };
        var a = CliArguments.Parse(["--db", "x.db", "ask", "hạn nộp", "--now", "2024-01-20"], verbs, values);
        var b = CliArguments.Parse(["ask", "hạn nộp", "--now=2024-01-20", "--db", "x.db"], verbs, values);
        foreach (var p in new[] { a, b })
        {
            Assert.Equal("ask", p.Verb);
            Assert.Equal(["hạn nộp"], p.Positional);
            Assert.Equal("x.db", p.Value("--db"));
            Assert.Equal("2024-01-20", p.Value("--now"));
        }
    }
}
