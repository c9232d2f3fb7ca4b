using NhacHan.Bot.Tests.Emulator;

namespace NhacHan.Bot.Tests.Telegram;

/// <summary>One emulator for all end-to-end Telegram tests; each test uses its own bot token and chats.</summary>
[CollectionDefinition(Name)]
public sealed class TelegramCollection : ICollectionFixture<EmulatorFixture>
{
    public const string Name = "telegram-e2e";
}
