using System.Text.Json;
using Chujing.Catalog.Yaml;
using Chujing.TestSupport;

namespace Chujing.Catalog.Yaml.Tests;

/// <summary>Item edits on an edition's YAML tree, judged by the loader.</summary>
public sealed class ItemPatchTests
{
    private static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement.Clone();

    private static Domain.Catalog.CatalogEdition Load(string yaml) =>
        CatalogLoader.LoadText(yaml, "x.yaml", "x-ftz/2024") is { IsSuccess: true } r ? r.Value : throw new InvalidOperationException(string.Join("\n", CatalogLoader.LoadText(yaml, "x.yaml", "x-ftz/2024").Diagnostics));

    [Fact]
    public void Apply_Thresholds_ReplacesTheBands()
    {
        var edited = ItemPatch.Apply(TestCatalogs.MinimalList, "i1", Json("""{"thresholds": [{"counter": "sensitive", "atLeast": 5000, "pathway": "security-assessment"}], "pathway": "security-assessment"}"""));

        Assert.True(edited.IsSuccess, string.Join("\n", edited.Diagnostics));
        var band = Assert.Single(Load(edited.Value).Items.Single().Thresholds);
        Assert.Equal((Domain.Catalog.Counter.Sensitive, 5000L), (band.Counter, band.AtLeast!.Value));
    }

    [Fact]
    public void Apply_UnknownItemWithScenario_AddsIt_AndRemoveTakesItOut()
    {
        var added = ItemPatch.Apply(TestCatalogs.MinimalList, "i2", Json("""
            {"scenario": "sc1", "kind": "important-data", "name": "新条目", "pathway": "security-assessment", "citation": "清单第二条",
             "provenance": {"sources": ["s1"], "confidence": "one-source"}, "fields": [{"id": "f2", "name": "车架号", "synonyms": ["vin"]}]}
            """));

        Assert.True(added.IsSuccess, string.Join("\n", added.Diagnostics));
        Assert.Equal(["i1", "i2"], Load(added.Value).Items.Select(i => i.Id));
        var removed = ItemPatch.Remove(added.Value, "i1");
        Assert.Equal(["i2"], Load(removed.Value).Items.Select(i => i.Id));
    }

    [Fact]
    public void Apply_UnknownItemWithoutScenario_OrChangedId_IsRefused()
    {
        Assert.False(ItemPatch.Apply(TestCatalogs.MinimalList, "nope", Json("""{"name": "x"}""")).IsSuccess);
        Assert.False(ItemPatch.Apply(TestCatalogs.MinimalList, "i1", Json("""{"id": "i9"}""")).IsSuccess);
    }
}
