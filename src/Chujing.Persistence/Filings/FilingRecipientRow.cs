namespace Chujing.Persistence.Filings;

/// <summary>An overseas recipient of a filing, stored as an owned row.</summary>
public class FilingRecipientRow
{
    public string Name { get; set; } = string.Empty;

    /// <summary>ISO 3166-1 alpha-2 country or region code.</summary>
    public string Country { get; set; } = string.Empty;
}
