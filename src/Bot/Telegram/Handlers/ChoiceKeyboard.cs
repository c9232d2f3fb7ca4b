using System.Security.Cryptography;
using System.Text;
using LiteDB;
using NhacHan.Bot.Telegram.Chat;
using NhacHan.Domain.Answers;
using NhacHan.Domain.Storage;
using Telegram.Bot.Types.ReplyMarkups;

namespace NhacHan.Bot.Telegram.Handlers;

/// <summary>
/// The engine's choices as buttons: data "q:ACTION". An action too long for the 64-byte limit with the prefix is
/// kept in "telegram_choices" and sent as "q:#KEY" instead.
/// </summary>
public sealed class ChoiceKeyboard(NhacHanDatabase db)
{
    public const string Prefix = "q";
    private readonly ILiteCollection<BsonDocument> _long = db.Lite.GetCollection("telegram_choices");

    public InlineKeyboardMarkup? For(IReadOnlyList<AnswerChoice> choices) =>
        choices.Count == 0 ? null : Keyboards.Column(choices.Select(c => Keyboards.Button(c.Label, Data(c.Action))));

    public string Data(string action)
    {
        var data = $"{Prefix}:{action}";
        if (Encoding.UTF8.GetByteCount(data) <= Keyboards.MaxCallbackBytes && !action.StartsWith('#')) return data;
        var key = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(action)))[..16];
        _long.Upsert(new BsonDocument { ["_id"] = key, ["action"] = action });
        return $"{Prefix}:#{key}";
    }

    public string? Action(string payload) =>
        payload.StartsWith('#') ? _long.FindById(payload[1..])?["action"].AsString : payload;
}
