namespace NhacHan.Domain.Parsing.Dates;

/// <summary>Reads the timing words that open a date expression ("trước", "chậm nhất là", "bắt đầu từ", …).</summary>
internal static class CueReader
{
    /// <summary>The cue at <paramref name="i"/> and the index of the first token after it (i itself when none).</summary>
    public static DateCue Read(TokenStream s, int i, out int next)
    {
        next = i;
        if (!s.IsAnyWord(i)) return DateCue.None;
        // "146-KH/TU ngày …": letters glued to a symbol are the symbol's, not the cue "từ".
        if (i > 0 && s.Touching(i - 1) && (s.IsPunct(i - 1, '/') || s.IsPunct(i - 1, '-'))) return DateCue.None;
        DateCue cue;
        if (s.IsWord(i, "truoc")) { cue = DateCue.Before; next = i + 1; }
        else if ((s.IsWord(i, "cham") || s.IsWord(i, "muon")) && s.IsWord(i + 1, "nhat")) { cue = DateCue.NoLaterThan; next = i + 2; }
        else if (s.IsWord(i, "trong")) { cue = DateCue.Within; next = i + 1; }
        else if (s.IsWord(i, "vao")) { cue = DateCue.At; next = i + 1; }
        else if (s.IsWord(i, "tu")) { cue = DateCue.From; next = i + 1; }
        else if (s.IsWord(i, "bat") && s.IsWord(i + 1, "dau")) { cue = DateCue.From; next = s.IsWord(i + 2, "tu") ? i + 3 : i + 2; }
        else if ((s.IsWord(i, "ke") || s.IsWord(i, "tinh")) && s.IsWord(i + 1, "tu")) { cue = DateCue.From; next = i + 2; }
        else if (s.IsWord(i, "tinh") && (s.IsWord(i + 1, "den") || s.IsWord(i + 1, "toi"))) { cue = DateCue.AsOf; next = i + 2; }
        else if (s.IsWord(i, "den") || s.IsWord(i, "toi") || s.IsWord(i, "het")) { cue = DateCue.Until; next = i + 1; }
        else if (s.IsWord(i, "sau")) { cue = DateCue.After; next = i + 1; }
        else if (s.IsWord(i, "han") || (s.IsWord(i, "thoi") && s.IsWord(i + 1, "han")))
        {
            // "Hạn: 15/10", "Thời hạn: 30/9/2025", "hạn chót 30/6", "hạn nộp: 15/10".
            cue = DateCue.Due;
            next = s.IsWord(i, "han") ? i + 1 : i + 2;
            if (s.IsWord(next, "chot") || s.IsWord(next, "nop")) next++;
            if (s.IsPunct(next, ':')) next++;
        }
        else if (s.IsWord(i, "thoi") && s.IsWord(i + 1, "gian") && ReadTimeLabel(s, i + 2) is var afterLabel and >= 0)
        {
            // "Thời gian: 15/3", "Thời gian hoàn thành: tháng 9/2025": a labelled due time.
            cue = DateCue.Due;
            next = afterLabel;
        }
        else return DateCue.None;

        // Fillers after the cue: "chậm nhất là ngày", "chậm nhất vào ngày", "đến hết ngày", "vào lúc 14h".
        if (s.IsWord(next, "la") && cue == DateCue.NoLaterThan) next++;
        if (s.IsWord(next, "vao") && cue is DateCue.NoLaterThan or DateCue.Before) next++;
        if (s.IsWord(next, "het") && cue is DateCue.Until or DateCue.AsOf) next++;
        if (s.IsWord(next, "luc") && cue is DateCue.At) next++;
        return cue;
    }

    /// <summary>After "thời gian": optional "hoàn thành" / "thực hiện", then ":" (required); the index after it or -1.</summary>
    private static int ReadTimeLabel(TokenStream s, int k)
    {
        if ((s.IsWord(k, "hoan") && s.IsWord(k + 1, "thanh")) || (s.IsWord(k, "thuc") && s.IsWord(k + 1, "hien"))) k += 2;
        return s.IsPunct(k, ':') ? k + 1 : -1;
    }

    /// <summary>The cue lets a date without a year ("trước 30/6") or a bare month ("đến 8/2024") stand.</summary>
    public static bool AllowsBareNumbers(DateCue cue) => cue != DateCue.None && cue != DateCue.Within;
}
