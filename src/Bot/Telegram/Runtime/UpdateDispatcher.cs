using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NhacHan.Bot.Telegram.Chat;
using NhacHan.Bot.Telegram.Routing;
using Telegram.Bot.Types;

namespace NhacHan.Bot.Telegram.Runtime;

/// <summary>
/// Runs updates through the router: each update once (ledger), exceptions caught per update (the user gets an
/// apology, the bot keeps running), different chats concurrently in <see cref="Lanes"/> lanes partitioned by chat
/// id, so the messages of one chat are still handled in order.
/// </summary>
public sealed partial class UpdateDispatcher(
    IServiceScopeFactory scopes,
    UpdateLedger ledger,
    TelegramReplies replies,
    ILogger<UpdateDispatcher> log)
{
    public const int Lanes = 32;
    public const string ErrorReply = "Đã có lỗi khi xử lý tin nhắn của bạn. Xin vui lòng thử lại sau ít phút.";

    private readonly SemaphoreSlim[] _lanes = Enumerable.Range(0, Lanes).Select(_ => new SemaphoreSlim(1, 1)).ToArray();
    private int _running;
    private int _peak;
    private int _duplicates;

    /// <summary>Updates delivered again after being handled (a restart before Telegram got the offset).</summary>
    public int SkippedDuplicates => Volatile.Read(ref _duplicates);

    /// <summary>The most updates ever handled at the same time (diagnostics and the load test).</summary>
    public int PeakConcurrency => Volatile.Read(ref _peak);

    /// <summary>Handles a getUpdates batch; returns when every update in it is done.</summary>
    public Task HandleBatch(IReadOnlyList<Update> batch, CancellationToken ct) =>
        Task.WhenAll(batch
            .GroupBy(u => LaneOf(ChatOf(u)))
            .Select(async lane =>
            {
                foreach (var update in lane) await Handle(update, ct).ConfigureAwait(false);
            }));

    /// <summary>Handles one update (a webhook call), in order with others of the same chat.</summary>
    public async Task Handle(Update update, CancellationToken ct)
    {
        var chatId = ChatOf(update);
        var lane = _lanes[LaneOf(chatId)];
        await lane.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            if (ledger.IsHandled(update.Id))
            {
                Interlocked.Increment(ref _duplicates);
                LogDuplicate(update.Id);
                return;
            }
            var now = Interlocked.Increment(ref _running);
            try
            {
                UpdatePeak(now);
                await Route(update, chatId, ct).ConfigureAwait(false);
            }
            finally
            {
                Interlocked.Decrement(ref _running);
            }
            ledger.MarkHandled(update.Id);
        }
        finally
        {
            lane.Release();
        }
    }

    private async Task Route(Update update, long? chatId, CancellationToken ct)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<UpdateRouter>().Route(update, ct).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // Shutting down: not marked handled, so Telegram delivers it again after the restart.
            throw;
        }
        catch (Exception e)
        {
            LogFailed(e, update.Id, update.Type.ToString(), chatId);
            if (chatId is { } id)
            {
                try
                {
                    await replies.Send(id, ErrorReply, null, ct).ConfigureAwait(false);
                }
                catch (Exception inner) when (inner is not OperationCanceledException)
                {
                    LogApologyFailed(inner, id);
                }
            }
        }
    }

    private void UpdatePeak(int now)
    {
        for (var peak = Volatile.Read(ref _peak); now > peak; peak = Volatile.Read(ref _peak))
        {
            if (Interlocked.CompareExchange(ref _peak, now, peak) == peak) break;
        }
    }

    private static long? ChatOf(Update u) =>
        u.Message?.Chat.Id ?? u.CallbackQuery?.Message?.Chat.Id ?? u.CallbackQuery?.From.Id
        ?? u.MyChatMember?.Chat.Id ?? u.EditedMessage?.Chat.Id;

    private static int LaneOf(long? chatId) => (int)((ulong)(chatId ?? 0).GetHashCode() % Lanes);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Update {UpdateId} was handled before; skipped")]
    private partial void LogDuplicate(int updateId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Handling update {UpdateId} ({Type}) in chat {ChatId} failed")]
    private partial void LogFailed(Exception e, int updateId, string type, long? chatId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not tell chat {ChatId} about a failure")]
    private partial void LogApologyFailed(Exception e, long chatId);
}
