namespace NhacHan.Domain.Parsing.Dates;

/// <summary>The timing word printed before a date; it decides the deadline kind.</summary>
public enum DateCue
{
    /// <summary>No cue word: "ngày 15/02/2024", "(tháng 10/2024)".</summary>
    None,
    /// <summary>"trước", "hoàn thành trước".</summary>
    Before,
    /// <summary>"chậm nhất", "muộn nhất": the day itself is included.</summary>
    NoLaterThan,
    /// <summary>"trong".</summary>
    Within,
    /// <summary>"vào", "vào lúc".</summary>
    At,
    /// <summary>"từ", "bắt đầu từ", "kể từ", "tính từ".</summary>
    From,
    /// <summary>"đến", "tới", "hết", "đến hết".</summary>
    Until,
    /// <summary>"hạn", "thời hạn", "hạn chót", "hạn nộp" (with or without ":"), "thời gian [hoàn thành]:": the due day itself.</summary>
    Due,
    /// <summary>"tính đến", "tính đến hết": the date a figure is counted at, not a due date.</summary>
    AsOf,
    /// <summary>"sau": the work starts after the date; not a due date.</summary>
    After,
}
