using Chujing.Domain.Catalog;
using Chujing.Catalog.Yaml;
using Chujing.TestSupport;
using Chujing.Web.Evidence;

namespace Chujing.Web.Tests;

/// <summary>The alert bands of the platform's counters are the national catalog's, not a second opinion.</summary>
public sealed class CounterThresholdsTests
{
    [Fact]
    public void National_EqualsTheStricterBandsOfTheShippedNationalCatalog()
    {
        var national = CatalogLoader.LoadDirectories([RepositoryPaths.Catalogs]).ValueOrThrow().Find("cn-national/2024")!;
        var fromCatalog = national.Rules
            .Where(r => r.Role == RuleRole.Headcount && r.AppliesTo != RuleScope.Ciio)
            .SelectMany(r => r.Thresholds)
            .Where(t => t.Pathway is Pathway.StandardContractOrCertification or Pathway.SecurityAssessment)
            .Select(t => (Kind: t.Counter == Counter.Personal ? "personal" : "sensitive", Limit: t.From, Pathway: t.Pathway.ToName()))
            .OrderBy(t => t.Kind, StringComparer.Ordinal).ThenBy(t => t.Limit)
            .ToArray();

        var table = CounterThresholds.National
            .Select(t => (t.Kind, t.Limit, t.Pathway))
            .OrderBy(t => t.Kind, StringComparer.Ordinal).ThenBy(t => t.Limit)
            .ToArray();

        Assert.Equal(fromCatalog, table);
    }
}
