using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using NhacHan.Bot.Telegram.Runtime;
using NhacHan.Bot.Tests.Emulator;

namespace NhacHan.Bot.Tests.Telegram;

/// <summary>Webhook mode: setWebhook with a secret at start, the endpoint checks it; polling deletes it again.</summary>
[Collection(TelegramCollection.Name)]
public sealed class WebhookTests(EmulatorFixture emulator) : IDisposable
{
    private const string Secret = "webhook-secret-123";
    private readonly TestBotSetup _setup = new();

    [Fact]
    public async Task Updates_arrive_by_webhook_with_the_secret_and_polling_takes_over_after_the_switch_back()
    {
        var port = FreePort();
        var url = $"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}";
        var webhookSetup = _setup with
        {
            Extra = new Dictionary<string, string?>
            {
                ["Bot:Webhook:Enabled"] = "true",
                ["Bot:Webhook:Url"] = url + "/telegram/update",
                ["Bot:Webhook:SecretToken"] = Secret,
                ["Bot:Webhook:ListenUrl"] = url,
            },
        };
        using var user = emulator.User(_setup.Token, 44_001);
        using var http = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(10) };

        await using (var bot = await TestBotHost.Start(emulator, webhookSetup))
        {
            await user.SendText("/help");
            await user.Expect("Các lệnh");

            Assert.Equal(HttpStatusCode.Unauthorized, (await Post(http, null)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await Post(http, "wrong-secret")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await Post(http, Secret)).StatusCode);
            await user.Expect("Không có lệnh /khongco"); // the forged-but-authenticated update below was routed
        }

        await using (var polling = await TestBotHost.Start(emulator, _setup))
        {
            // The emulator (unlike Telegram) does not keep an update its webhook failed to deliver, so wait
            // until polling has deleted the webhook before writing.
            await WaitForWebhookDeleted();
            await user.SendText("/help");
            await user.Expect("Các lệnh");
        }
    }

    private async Task WaitForWebhookDeleted()
    {
        using var api = new HttpClient { BaseAddress = new Uri(emulator.BaseUrl), Timeout = TimeSpan.FromSeconds(5) };
        for (var i = 0; i < 100; i++)
        {
            var info = await api.GetStringAsync($"/bot{_setup.Token}/getWebhookInfo");
            if (info.Contains("\"url\":\"\"", StringComparison.Ordinal)) return;
            await Task.Delay(50);
        }
        Assert.Fail("polling did not delete the webhook within 5 s");
    }

    private static Task<HttpResponseMessage> Post(HttpClient http, string? secret)
    {
        var json = """{"update_id":900000001,"message":{"message_id":5,"date":1705708800,"chat":{"id":44001,"type":"private"},"from":{"id":44001,"is_bot":false,"first_name":"A"},"text":"/khongco"}}""";
        var request = new HttpRequestMessage(HttpMethod.Post, "/telegram/update") { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        if (secret is not null) request.Headers.Add(WebhookEndpoint.SecretHeader, secret);
        return http.SendAsync(request);
    }

    private static int FreePort()
    {
        var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        var port = ((IPEndPoint)l.LocalEndpoint).Port;
        l.Stop();
        return port;
    }

    public void Dispose() => TestBotHost.DeleteDb(_setup.DbPath);
}
