using Chujing.Domain.Catalog;

namespace Chujing.Domain.Tests.Catalog;

/// <summary>An edition built in code is checked by the model itself, as a loaded one is.</summary>
public sealed class CatalogEditionValidationTests
{
    private static readonly Provenance Cited = new(["s1"], Confidence.OneSource);

    private static ListItem Item(string id, params Threshold[] bands) =>
        new(id, ItemKind.PersonalInformation, "条目", null, null, Pathway.StandardContractOrCertification, bands, true, [], [], "清单第一条", Cited);

    private static CatalogEdition List(params ListItem[] items) => new()
    {
        Id = "x-ftz/2024",
        Family = CatalogFamily.Scenario,
        Title = "清单",
        Effective = new DateOnly(2024, 1, 1),
        Applicability = new Applicability("x", null, null, true, true, null, null),
        Sources = [new SourceDocument("s1", "来源", null, null)],
        Domains = [new CatalogDomain("d1", "领域", null, [], [new Scenario("sc1", "场景", null, null, items, "清单", Cited)], null, null)],
        ContentHash = "sha256:test",
    };

    [Fact]
    public void Validate_ValidEdition_HasNoDiagnostics()
    {
        var edition = List(Item("i1", new Threshold(Counter.Personal, 10, null, Pathway.StandardContractOrCertification)));

        Assert.Empty(edition.Validate());
    }

    [Fact]
    public void Validate_DuplicateIdAndLaxerBand_AreKeyedByEntryId()
    {
        var edition = List(
            Item("i1", new Threshold(Counter.Personal, 10, null, Pathway.SecurityAssessment), new Threshold(Counter.Personal, 100, null, Pathway.StandardContractOrCertification)),
            Item("i1", new Threshold(Counter.Personal, 10, null, Pathway.StandardContractOrCertification)));

        var diagnostics = edition.Validate();

        Assert.Contains(diagnostics, d => d.Subject == "i1" && d.Message == "duplicate id 'i1' (ids are unique within an edition)");
        Assert.Contains(diagnostics, d => d.Subject == "i1" && d.Message.StartsWith("thresholds out of order:", StringComparison.Ordinal));
        Assert.All(diagnostics, d => Assert.Equal(0, d.Line));
    }

    [Fact]
    public void Validate_WithLocator_PutsTheEntryLineOnTheDiagnostic()
    {
        var item = Item("i1") with { Provenance = new Provenance(["nowhere"], Confidence.OneSource) };
        var edition = List(item);

        var diagnostic = Assert.Single(edition.Validate(entry => ReferenceEquals(entry, item.Provenance) ? (7, 5) : (0, 0)),
            d => d.Message.Contains("unknown source", StringComparison.Ordinal));

        Assert.Equal((7, 5), (diagnostic.Line, diagnostic.Column));
        Assert.Equal("i1", diagnostic.Subject);
    }

    [Fact]
    public void Create_RefusesAnInvalidEditionBuiltInCode()
    {
        var result = CatalogSet.Create([List(Item("i1"), Item("i1"))]);

        Assert.False(result.IsSuccess);
        Assert.Contains(result.Diagnostics, d => d.Message == "duplicate id 'i1' (ids are unique within an edition)");
    }
}
