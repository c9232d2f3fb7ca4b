namespace NhacHan.Domain.Parsing.Dates;

/// <summary>Times of day printed with a date: "14h00", "14h", "8g30", "08 giờ 30 phút", "14:00", "2 giờ chiều".</summary>
internal static class TimeReader
{
    public static bool TryRead(TokenStream s, int i, out TimeOnly time, out int last)
    {
        time = default;
        last = i;
        if (!s.IsSmallNumber(i)) return false;
        var hour = s.Value(i);
        var minute = 0;
        if (s.Touching(i) && (s.IsPlainWord(i + 1, "h") || s.IsPlainWord(i + 1, "g")))
        {
            last = i + 1;
            if (s.Touching(last) && s.IsNumber(last + 1) && s[last + 1].Length == 2)
            {
                minute = s.Value(last + 1);
                last++;
            }
        }
        else if (s.IsWord(i + 1, "gio"))
        {
            last = i + 1;
            if (s.IsSmallNumber(last + 1) && !GluedToDate(s, last + 1))
            {
                minute = s.Value(last + 1);
                last++;
            }
        }
        else if (s.Touching(i) && s.IsPunct(i + 1, ':') && s.Touching(i + 1) && s.IsNumber(i + 2) && s[i + 2].Length == 2)
        {
            minute = s.Value(i + 2);
            last = i + 2;
        }
        else return false;

        if (s.IsWord(last + 1, "phut")) last++;
        if (s.IsWord(last + 1, "chieu"))
        {
            if (hour < 12) hour += 12;
            last++;
        }
        else if (s.IsWord(last + 1, "sang") || s.IsWord(last + 1, "trua")) last++;

        if (hour > 23 || minute > 59) return false;
        time = new TimeOnly(hour, minute);
        return true;
    }

    /// <summary>"giờ 30/6" starts a date; "giờ 30, ngày …" and "giờ 30." are minutes.</summary>
    private static bool GluedToDate(TokenStream s, int i)
    {
        if (!s.Touching(i)) return false;
        if (s.IsPunct(i + 1, ',') || s.IsPunct(i + 1, ';') || s.IsPunct(i + 1, ')')) return false;
        return !s.IsPunct(i + 1, '.') || (s.Touching(i + 1) && s.IsNumber(i + 2));
    }
}
