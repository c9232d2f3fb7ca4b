using System.Collections.Concurrent;
using Telegram.Bot;
using Telegram.Bot.Args;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Requests;
using Telegram.Bot.Requests.Abstractions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.ReplyMarkups;

namespace NhacHan.Bot.Tests.Reminders;

/// <summary>An in-process Telegram client: records what the bot sends; chats in <see cref="Blocked"/> get 403.</summary>
internal sealed class RecordingBot : ITelegramBotClient
{
    private int _nextId = 100;

    public ConcurrentQueue<(long ChatId, string Text, InlineKeyboardMarkup? Keyboard)> Sent { get; } = new();

    public ConcurrentQueue<string> CallbackAnswers { get; } = new();

    public ConcurrentQueue<(long ChatId, string Text)> Edits { get; } = new();

    public HashSet<long> Blocked { get; } = [];

    public bool LocalBotServer => true;

    public long BotId => 123456;

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    public IExceptionParser ExceptionsParser { get; set; } = new DefaultExceptionParser();

    public event AsyncEventHandler<ApiRequestEventArgs>? OnMakingApiRequest { add { } remove { } }

    public event AsyncEventHandler<ApiResponseEventArgs>? OnApiResponseReceived { add { } remove { } }

    public List<(long ChatId, string Text, InlineKeyboardMarkup? Keyboard)> To(long chatId) => Sent.Where(s => s.ChatId == chatId).ToList();

    public Task<TResponse> SendRequest<TResponse>(IRequest<TResponse> request, CancellationToken cancellationToken = default)
    {
        object result;
        switch (request)
        {
            case SendMessageRequest m:
                var id = m.ChatId.Identifier ?? 0;
                if (Blocked.Contains(id)) throw new ApiRequestException("Forbidden: bot was blocked by the user", 403);
                Sent.Enqueue((id, m.Text, m.ReplyMarkup as InlineKeyboardMarkup));
                result = new Message { Id = Interlocked.Increment(ref _nextId), Chat = new Chat { Id = id }, Text = m.Text, Date = DateTime.UtcNow };
                break;
            case EditMessageTextRequest e:
                Edits.Enqueue((e.ChatId.Identifier ?? 0, e.Text ?? ""));
                result = new Message { Id = e.MessageId, Chat = new Chat { Id = e.ChatId.Identifier ?? 0 }, Text = e.Text, Date = DateTime.UtcNow };
                break;
            case AnswerCallbackQueryRequest a:
                CallbackAnswers.Enqueue(a.Text ?? "");
                result = true;
                break;
            default:
                throw new NotSupportedException(request.GetType().Name);
        }
        return Task.FromResult((TResponse)result);
    }

    public Task<bool> TestApi(CancellationToken cancellationToken = default) => Task.FromResult(true);

    public Task DownloadFile(string filePath, Stream destination, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task DownloadFile(TGFile file, Stream destination, CancellationToken cancellationToken = default) => throw new NotSupportedException();
}
