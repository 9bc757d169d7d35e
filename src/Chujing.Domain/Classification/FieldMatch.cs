namespace Chujing.Domain.Classification;

/// <summary>A catalog field the scanned data contains, and the columns that hold it.</summary>
/// <param name="Id">The field id.</param>
/// <param name="Name">The field's Chinese name as the list writes it.</param>
/// <param name="NameEn">Its English name, when the catalog has one.</param>
/// <param name="Item">The id of the list item the field belongs to.</param>
/// <param name="Sensitive">True when the catalog marks the field sensitive.</param>
/// <param name="Columns">The columns that map to the field.</param>
/// <param name="Evidence">How: <c>detector</c> (a column's type is one the field declares), <c>name</c> (a synonym), or both.</param>
public sealed record FieldMatch(string Id, string Name, string? NameEn, string Item, bool Sensitive, IReadOnlyList<string> Columns, string Evidence);
