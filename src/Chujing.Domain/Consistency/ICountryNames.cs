namespace Chujing.Domain.Consistency;

/// <summary>
/// The names of countries and regions, given to <see cref="ConsistencyChecker"/> by its host (the platform reads them
/// from its table), so that a deviation's sentence names a destination as people do rather than by its code.
/// </summary>
public interface ICountryNames
{
    /// <summary>The names of <paramref name="code"/> (ISO 3166-1 alpha-2), or null when unknown.</summary>
    CountryName? Find(string code);
}
