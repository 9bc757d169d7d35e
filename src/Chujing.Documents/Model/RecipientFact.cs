namespace Chujing.Documents.Model;

/// <summary>
/// An overseas recipient as the filing names it: its name, its country (ISO 3166 code as filed) and how a person
/// reads that country (瑞士 CH); without a label the code is shown.
/// </summary>
public sealed record RecipientFact
{
    public RecipientFact(string name, string country, string? countryLabel = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(country);
        Name = name;
        Country = country;
        CountryLabel = string.IsNullOrWhiteSpace(countryLabel) ? country : countryLabel;
    }

    public string Name { get; }

    public string Country { get; }

    /// <summary>The country as a person reads it: its Chinese name with the code (瑞士 CH).</summary>
    public string CountryLabel { get; }
}
