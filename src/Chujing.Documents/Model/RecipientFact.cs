namespace Chujing.Documents.Model;

/// <summary>An overseas recipient as the filing names it: its name and its country (ISO 3166 code as filed).</summary>
public sealed record RecipientFact
{
    public RecipientFact(string name, string country)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(country);
        Name = name;
        Country = country;
    }

    public string Name { get; }

    public string Country { get; }
}
