namespace NhacHan.Bot.Cli;

/// <summary>Routes `dotnet run --project src/Bot -- &lt;verb&gt; [options]` to a verb.</summary>
public static class CliApp
{
    public static Task<int> Run(string[] args)
    {
        Console.Error.WriteLine("Nhắc Hạn: the command line is being built.");
        return Task.FromResult(args.Length == 0 ? 0 : 2);
    }
}
