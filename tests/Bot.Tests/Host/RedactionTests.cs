using NhacHan.Bot.Hosting;

namespace NhacHan.Bot.Tests.Host;

public class RedactionTests
{
    [Theory]
    [InlineData("GET http://127.0.0.1:8081/bot123456:AAH-abcdefghijklmnopqrstuvwxyz_0123/getUpdates", "GET http://127.0.0.1:8081/bot123456:***/getUpdates")]
    [InlineData("token 7654321:ZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZ end", "token 7654321:*** end")]
    [InlineData("at 12:30 on 27/01/2024", "at 12:30 on 27/01/2024")]
    public void Redacts_token_shaped_strings_only(string input, string expected) =>
        Assert.Equal(expected, SecretRedactingFormatter.Redact(input));
}
