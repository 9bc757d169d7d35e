namespace Chujing.Domain.Catalog;

/// <summary>
/// How many entries the official edition has, as sources count them. Compared with what the catalog encodes,
/// it tells a reader how complete the encoded edition is. Null where no source gives a count.
/// </summary>
public sealed record Coverage(int? Items, int? Scenarios, int? Fields, int? Categories, int? Subcategories)
{
    /// <summary>Which sources give the counts, and how sure they are; null where the catalog does not say.</summary>
    public Provenance? Provenance { get; init; }
    /// <summary>Free text for readers (<c>note:</c>); never decides anything.</summary>
    public string? Note { get; init; }

    /// <summary>How many important-data items the official edition has, as sources count them.</summary>
    public int? ImportantDataItems { get; init; }

    /// <summary>How many personal-information items the official edition has, as sources count them.</summary>
    public int? PersonalInformationItems { get; init; }
}
