using System.Collections.Concurrent;
using Telegram.Bot;
using Telegram.Bot.Args;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Requests;
using Telegram.Bot.Requests.Abstractions;
using Telegram.Bot.Types;

namespace NhacHan.Bot.Tests.Telegram.Fakes;

/// <summary>A Telegram client whose setWebhook fails the first <see cref="Failures"/> times (with the token in the message).</summary>
internal sealed class FlakyWebhookBot(string token, int failures) : ITelegramBotClient
{
    private int _calls;

    public int Failures => failures;

    /// <summary>How many setWebhook calls arrived, in order of arrival.</summary>
    public int WebhookCalls => Volatile.Read(ref _calls);

    public ConcurrentQueue<string> WebhookUrls { get; } = new();

    public bool LocalBotServer => true;

    public long BotId => 42;

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    public IExceptionParser ExceptionsParser { get; set; } = new DefaultExceptionParser();

    public event AsyncEventHandler<ApiRequestEventArgs>? OnMakingApiRequest { add { } remove { } }

    public event AsyncEventHandler<ApiResponseEventArgs>? OnApiResponseReceived { add { } remove { } }

    public Task<TResponse> SendRequest<TResponse>(IRequest<TResponse> request, CancellationToken cancellationToken = default)
    {
        switch (request)
        {
            case SetMyCommandsRequest:
                return Task.FromResult((TResponse)(object)true);
            case SetWebhookRequest w:
                var n = Interlocked.Increment(ref _calls);
                WebhookUrls.Enqueue(w.Url);
                if (n <= failures)
                    throw new HttpRequestException($"Connection refused (https://api.telegram.org/bot{token}/setWebhook)");
                return Task.FromResult((TResponse)(object)true);
            default:
                throw new NotSupportedException(request.GetType().Name);
        }
    }

    public Task<bool> TestApi(CancellationToken cancellationToken = default) => Task.FromResult(true);

    public Task DownloadFile(string filePath, Stream destination, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task DownloadFile(TGFile file, Stream destination, CancellationToken cancellationToken = default) => throw new NotSupportedException();
}
