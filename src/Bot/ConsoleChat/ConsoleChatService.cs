using Microsoft.Extensions.Hosting;
using NhacHan.Bot.Hosting;
using NhacHan.Domain.Answers;

namespace NhacHan.Bot.ConsoleChat;

/// <summary>
/// The local chat: reads questions line by line, answers through the same engine as Telegram, and stops
/// the host at the end of input (exit code 0). Choices are numbered; typing the number picks one.
/// </summary>
public sealed class ConsoleChatService(
    IConversationEngine engine,
    HostSettings settings,
    IHostApplicationLifetime lifetime) : BackgroundService
{
    public const string Banner = "Nhắc Hạn — trò chuyện trên máy. Gõ câu hỏi, /help để xem hướng dẫn; hết dữ liệu vào (Ctrl+D) để thoát.";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Let the host finish starting before the loop takes the input stream.
        await Task.Yield();
        var input = settings.Input ?? Console.In;
        var output = settings.Output ?? Console.Out;
        await output.WriteLineAsync(Banner).ConfigureAwait(false);
        IReadOnlyList<AnswerChoice> choices = [];
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                var line = await input.ReadLineAsync(stoppingToken).ConfigureAwait(false);
                if (line is null) break;
                line = line.Trim();
                if (line.Length == 0) continue;
                var answer = int.TryParse(line, out var n) && n >= 1 && n <= choices.Count
                    ? engine.Choose(choices[n - 1].Action, profile: null)
                    : engine.Ask(line, profile: null);
                choices = answer.Choices;
                await output.WriteLineAsync(ConsoleRenderer.Render(answer)).ConfigureAwait(false);
                await output.FlushAsync(stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down (Ctrl+C).
        }
        finally
        {
            lifetime.StopApplication();
        }
    }
}
