namespace NhacHan.Domain.Plans;

/// <summary>Another numbered document the plan cites ("Chỉ thị số 35-CT/TW, ngày 30/5/2019 của Bộ Chính trị").</summary>
public sealed record DocumentReference(string Kind, string Number, DateOnly? Date, string? Issuer);
