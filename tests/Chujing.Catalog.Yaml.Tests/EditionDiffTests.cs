using Chujing.Domain.Catalog;
using Chujing.Catalog.Yaml;
using Chujing.TestSupport;

namespace Chujing.Catalog.Yaml.Tests;

public sealed class EditionDiffTests
{
    private static CatalogEdition Beijing() => CatalogLoader.LoadDirectories([RepositoryPaths.Catalogs]).Value.Find("beijing-ftz/2024")!;

    [Fact]
    public void Compare_AnEditionWithItself_HasNoChanges()
    {
        Assert.Empty(EditionDiff.Compare(Beijing(), Beijing()).Changes);
    }

    [Fact]
    public void Compare_RevisedEdition_ReportsAddedRemovedAndChangedThresholdsPathwaysFields()
    {
        var a = Beijing();
        var domain = a.Domains[0];
        var scenario = domain.Scenarios[0];
        var item = scenario.Items[0];
        var changedItem = item with
        {
            Pathway = Pathway.StandardContractOrCertification,
            Fields = [.. item.Fields.Skip(1)],
        };
        var addedItem = item with { Id = "new-item", Name = "新条目" };
        var revised = scenario with { Items = [changedItem, addedItem] };
        var b = a with
        {
            Id = "beijing-ftz/2025",
            Domains = [domain with { Scenarios = [revised, .. domain.Scenarios.Skip(1)] }, .. a.Domains.Skip(1).Take(a.Domains.Count - 2)],
        };

        var diff = EditionDiff.Compare(a, b);

        var changed = Assert.Single(diff.Changes, c => c.Id == item.Id);
        Assert.Equal("changed", changed.Change);
        Assert.Contains(changed.Details, d => d.Aspect == "pathway");
        Assert.Contains(changed.Details, d => d.Aspect == "fields" && d.Removed!.Count == 1);
        Assert.Contains(diff.Changes, c => c.Change == "added" && c.Id == "new-item");
        Assert.Contains(diff.Changes, c => c.Change == "removed" && c.Entry == "domain" && c.Id == a.Domains[^1].Id);
    }

    [Fact]
    public void Compare_EditionsOfDifferentFamilies_Works()
    {
        var set = CatalogLoader.LoadDirectories([RepositoryPaths.Catalogs]).Value;

        var diff = EditionDiff.Compare(set.Find("tianjin-ftz/2024")!, set.Find("beijing-ftz/2024")!);

        Assert.Contains(diff.Changes, c => c.Change == "added" && c.Entry == "domain");
        Assert.Contains(diff.Changes, c => c.Change == "removed" && c.Entry == "category");
    }
}
