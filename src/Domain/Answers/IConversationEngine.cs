using NhacHan.Domain.Storage;

namespace NhacHan.Domain.Answers;

/// <summary>
/// Text in, answer out: one engine behind the Telegram bot, the console chat and the `ask` verb.
/// It reads "now" from an injected <see cref="TimeProvider"/>.
/// </summary>
public interface IConversationEngine
{
    /// <summary>Answers a free-text question (or a /command the engine knows, such as /help).</summary>
    Answer Ask(string text, ChatProfile? profile);

    /// <summary>Follows a choice the user pressed (an <see cref="AnswerChoice.Action"/>).</summary>
    Answer Choose(string action, ChatProfile? profile);
}
