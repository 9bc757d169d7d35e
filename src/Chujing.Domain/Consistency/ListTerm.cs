namespace Chujing.Domain.Consistency;

/// <summary>
/// A list field (or item) as the check names it: its canonical id, its Chinese and English names, and its item (id,
/// Chinese and English names) with citation.
/// </summary>
internal sealed record ListTerm(string Id, string Name, string? NameEn, string ItemId, string ItemName, string? ItemNameEn, string Citation);
