namespace Chujing.Domain.Consistency;

/// <summary>
/// A country or region as a person reads it in a deviation's sentence: its ISO 3166-1 alpha-2 code, its Chinese
/// name and its English name (美国 · United States for <c>US</c>).
/// </summary>
public sealed record CountryName
{
    public CountryName(string code, string name, string nameEn)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(nameEn);
        Code = code;
        Name = name;
        NameEn = nameEn;
    }

    /// <summary>The ISO 3166-1 alpha-2 code, e.g. <c>US</c>.</summary>
    public string Code { get; }

    /// <summary>The Chinese name, e.g. 美国.</summary>
    public string Name { get; }

    /// <summary>The English name, e.g. United States.</summary>
    public string NameEn { get; }
}
