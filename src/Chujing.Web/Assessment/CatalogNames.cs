using Chujing.Domain.Catalog;
using Chujing.Web.Localization;

namespace Chujing.Web.Assessment;

/// <summary>Names of list domains and scenarios for the UI (Chinese, or English under the switch); ids when no catalog is loaded.</summary>
public sealed class CatalogNames(CatalogSet? catalogs)
{
    /// <summary>The scenario's name in <paramref name="edition"/>, or its id.</summary>
    public string Scenario(string edition, string scenario) =>
        Find(edition, scenario) is { } found ? Pick(found.Scenario.Name, found.Scenario.NameEn) : scenario;

    /// <summary>The name of the domain the scenario belongs to, or the edition id when unknown.</summary>
    public string Domain(string edition, string scenario) =>
        Find(edition, scenario) is { } found ? Pick(found.Domain.Name, found.Domain.NameEn) : edition;

    private static string Pick(string zh, string? en) => UiText.IsEnglish && !string.IsNullOrEmpty(en) ? en : zh;

    private (CatalogDomain Domain, Scenario Scenario)? Find(string edition, string scenario)
    {
        if (catalogs?.Find(edition) is not { } e)
        {
            return null;
        }

        foreach (var domain in e.Domains)
        {
            foreach (var s in domain.Scenarios)
            {
                if (s.Id == scenario)
                {
                    return (domain, s);
                }
            }
        }

        return null;
    }
}
