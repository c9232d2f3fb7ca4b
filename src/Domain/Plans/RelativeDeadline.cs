namespace NhacHan.Domain.Plans;

/// <summary>Timing tied to an event rather than the calendar ("ngay sau đại hội"); never given a date.</summary>
public sealed record RelativeDeadline(string Quote, string Anchor, string Who, string What, string Section);
