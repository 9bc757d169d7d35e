namespace Chujing.Domain.Catalog;

/// <summary>
/// How many entries the official edition has, as sources count them. Compared with what the catalog encodes,
/// it tells a reader how complete the encoded edition is. Null where no source gives a count.
/// </summary>
public sealed record Coverage(int? Items, int? Scenarios, int? Fields, int? Categories, int? Subcategories)
{
    /// <summary>Free text for readers (<c>note:</c>); never decides anything.</summary>
    public string? Note { get; init; }

    /// <summary>How many important-data items the official edition has, as sources count them.</summary>
    public int? ImportantDataItems { get; init; }

    /// <summary>How many personal-information items the official edition has, as sources count them.</summary>
    public int? PersonalInformationItems { get; init; }
}
