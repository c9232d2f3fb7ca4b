using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace NhacHan.Bot.Options;

/// <summary>Checks list items in the raw configuration, where the binder would skip bad ones silently.</summary>
internal static class RawValues
{
    public static List<string> NotParsable<T>(IConfiguration configuration, string listKey, string why)
        where T : IParsable<T>
    {
        var failures = new List<string>();
        foreach (var item in configuration.GetSection(listKey).GetChildren())
        {
            if (item.Value is { } v && !T.TryParse(v.Trim(), CultureInfo.InvariantCulture, out _))
                failures.Add($"{item.Path} = \"{v}\": {why}.");
        }
        return failures;
    }
}
