using BenchmarkDotNet.Attributes;
using NhacHan.Bot.Telegram.Html;
using NhacHan.Bot.Telegram.Routing;
using NhacHan.Bot.Telegram.Runtime;
using NhacHan.Domain.Answers;
using RichText = NhacHan.Domain.Answers.RichText;
using NhacHan.Domain.Storage;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace NhacHan.Bench;

/// <summary>
/// The Telegram front end's per-update work outside the engine: rendering an answer to HTML, splitting a long
/// list into messages, classifying a group message, and the update ledger's check-and-record in a LiteDB file
/// (the one write every update makes).
/// </summary>
[MemoryDiagnoser]
public class TelegramBenchmarks
{
    private RichText _answer = null!;
    private string _longHtml = "";
    private Message _groupMention = null!;
    private readonly BotIdentity _me = new(4242, "NhacHanBot");
    private string _dbPath = "";
    private NhacHanDatabase _db = null!;
    private UpdateLedger _ledger = null!;
    private int _nextUpdate;

    [GlobalSetup]
    public void Setup()
    {
        _answer = new RichTextBuilder()
            .Bold("Trước ngày 27/01/2024").Text(" — còn 7 ngày").Line()
            .Line("Cấp cơ sở: tổng hợp số liệu (không tổ chức hội nghị), báo cáo Ban Thường vụ Huyện ủy <qua Ban Tổ chức> & lưu hồ sơ.")
            .Line("📄 Kế hoạch tổng kết thực hiện Chỉ thị số 35-CT/TW — mục III.1")
            .Quote("« Cấp cơ sở: Tổng hợp số liệu (không tổ chức hội nghị), báo cáo Ban Thường vụ Huyện ủy trước ngày 27/01/2024 »")
            .Build();
        _longHtml = string.Join('\n', Enumerable.Range(1, 300).Select(i => $"• <b>Trước ngày {i % 28 + 1:00}/02/2024</b> (còn {i} ngày) — Chi bộ số {i}: báo cáo &amp; tổng hợp"));
        _groupMention = new Message
        {
            Id = 1,
            Chat = new Chat { Id = -100, Type = ChatType.Supergroup },
            From = new User { Id = 5, FirstName = "A" },
            Text = "@NhacHanBot han nop bao cao tong ket cua cap co so la khi nao",
        };
        _dbPath = Path.Combine(Path.GetTempPath(), $"nhachan-bench-ledger-{Guid.NewGuid():N}.db");
        _db = NhacHanDatabase.Open(_dbPath);
        _ledger = new UpdateLedger(_db, TimeProvider.System);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _db.Dispose();
        File.Delete(_dbPath);
    }

    [Benchmark]
    public string RenderAnswer() => TelegramHtml.Render(_answer);

    [Benchmark]
    public int SplitLongList() => HtmlSplitter.Split(_longHtml).Count;

    [Benchmark]
    public Incoming ClassifyGroupMention() => IncomingClassifier.Classify(_groupMention, _me);

    [Benchmark]
    public bool LedgerCheckAndRecord()
    {
        var id = Interlocked.Increment(ref _nextUpdate);
        var seen = _ledger.IsHandled(id);
        _ledger.MarkHandled(id);
        return seen;
    }
}
