namespace NhacHan.Bot.Cli;

/// <summary>Turns a configuration binding failure into a message that names the key.</summary>
public static class ConfigurationError
{
    /// <summary>The binder says "Failed to convert configuration value at 'Bot:Admins:0' to type 'System.Int64'."</summary>
    public static string? Describe(Exception e)
    {
        for (var x = e; x is not null; x = x.InnerException)
        {
            if (x.Message.Contains("configuration value at", StringComparison.Ordinal)) return x.Message;
        }
        return null;
    }
}
