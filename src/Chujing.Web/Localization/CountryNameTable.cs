using Chujing.Domain.Consistency;

namespace Chujing.Web.Localization;

/// <summary>The platform's country names (<see cref="CountryNames"/>) as the consistency check takes them.</summary>
public sealed class CountryNameTable : ICountryNames
{
    /// <summary>The one table (the names are fixed for the process).</summary>
    public static CountryNameTable Instance { get; } = new();

    private CountryNameTable()
    {
    }

    public CountryName? Find(string code) =>
        CountryNames.Find(code) is { } n ? new CountryName(code, n.Zh, n.En) : null;
}
