namespace Chujing.Domain.Consistency;

/// <summary>A list field (or item) as the check names it: its canonical id, its Chinese name, and its item with citation.</summary>
internal sealed record ListTerm(string Id, string Name, string ItemId, string Citation);
