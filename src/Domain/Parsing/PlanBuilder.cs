using NhacHan.Domain.Parsing.Dates;
using NhacHan.Domain.Parsing.Model;
using NhacHan.Domain.Plans;

namespace NhacHan.Domain.Parsing;

/// <summary>The plan being assembled by the extractors, plus what earlier extractors learned about the layout.</summary>
public sealed class PlanBuilder(PlanDocument document)
{
    public PlanDocument Document { get; } = document;

    public string? Number { get; set; }
    public DateOnly? IssuedOn { get; set; }
    public DateOnly? IssuedMonth { get; set; }
    public string? Place { get; set; }
    public string? Issuer { get; set; }
    public string Title { get; set; } = "";
    public Signer? Signer { get; set; }
    public List<Deadline> Deadlines { get; } = [];

    private readonly List<int> _deadlinePositions = [];

    /// <summary>Adds a deadline found at a source offset; the plan lists deadlines in document order.</summary>
    public void AddDeadline(Deadline deadline, int position)
    {
        Deadlines.Add(deadline);
        _deadlinePositions.Add(position);
    }

    private Deadline[] DeadlinesInOrder()
    {
        var order = Enumerable.Range(0, Deadlines.Count)
            .OrderBy(i => i < _deadlinePositions.Count ? _deadlinePositions[i] : int.MaxValue).ThenBy(i => i);
        return order.Select(i => Deadlines[i]).ToArray();
    }
    public List<RelativeDeadline> RelativeDeadlines { get; } = [];
    public List<ScheduleItem> Schedule { get; } = [];
    public List<PlanEvent> Events { get; } = [];
    public List<string> Contents { get; } = [];
    public List<UnitDuties> Units { get; } = [];
    public List<DocumentReference> References { get; } = [];
    public List<string> Supersedes { get; } = [];
    public List<string> Recipients { get; } = [];
    public List<string> Warnings { get; } = [];

    /// <summary>Index of the "KẾ HOẠCH" line, or -1. Nodes before it are the header block.</summary>
    public int TitleNode { get; set; } = -1;

    /// <summary>First node of the body (after the title), 0 when there is no title.</summary>
    public int BodyStart { get; set; }

    /// <summary>First node of the closing part ("Nơi nhận", signature), or the node count.</summary>
    public int BodyEnd { get; set; } = int.MaxValue;

    /// <summary>Source offsets that hold times of meetings (events, not deadlines).</summary>
    public List<(int Start, int End)> EventSpans { get; } = [];

    private IReadOnlyList<DateMention>? _dates;

    /// <summary>Every date mention of the whole text, found once (the grammar masks document symbols itself).</summary>
    public IReadOnlyList<DateMention> Dates => _dates ??= DateGrammar.Find(Document.Text, IssuedOn ?? IssuedMonth);

    public Plan Build() => new()
    {
        Number = Number,
        IssuedOn = IssuedOn,
        IssuedMonth = IssuedMonth,
        Place = Place,
        Issuer = Issuer,
        Title = Title,
        Signer = Signer,
        Deadlines = DeadlinesInOrder(),
        RelativeDeadlines = RelativeDeadlines.ToArray(),
        Schedule = Schedule.ToArray(),
        Events = Events.ToArray(),
        Contents = Contents.ToArray(),
        Units = Units.ToArray(),
        References = References.ToArray(),
        Supersedes = Supersedes.ToArray(),
        Recipients = Recipients.ToArray(),
        Warnings = Warnings.ToArray(),
    };
}
