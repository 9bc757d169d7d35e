namespace Chujing.Domain.Catalog;

/// <summary>
/// How many entries the official edition has, as sources count them. Compared with what the catalog encodes,
/// it tells a reader how complete the encoded edition is. Null where no source gives a count.
/// </summary>
public sealed record Coverage(int? Items, int? Scenarios, int? Fields, int? Categories, int? Subcategories);
