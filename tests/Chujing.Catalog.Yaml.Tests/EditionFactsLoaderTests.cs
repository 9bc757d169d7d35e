using Chujing.Catalog.Yaml;
using Chujing.Domain.Catalog;
using Chujing.TestSupport;

namespace Chujing.Catalog.Yaml.Tests;

/// <summary>The edition-level entries a source reports: the signed date, zone groups, facts and the provenance of the counts.</summary>
public sealed class EditionFactsLoaderTests
{
    private static string With(string replace, string by) => TestCatalogs.MinimalList.Replace(replace, by, StringComparison.Ordinal);

    private const string Facts = """
        facts:
          - {id: approval, text: 经批准并备案, textEn: Approved and filed, citation: 通知, provenance: {sources: [s1], confidence: one-source}}
        domains:
        """;

    [Fact]
    public void LoadText_FactsSignedDateZoneGroupsAndCountedCoverage_AreRead()
    {
        var text = With("effective: 2024-01-01\n", "effective: 2024-01-01\nsigned: 2023-12-28\n")
            .Replace("requiresApproval: true}", "requiresApproval: true, zoneGroups: [甲, 乙]}", StringComparison.Ordinal)
            .Replace("coverage: {items: 1}", "coverage: {items: 1, provenance: {sources: [s1], confidence: unverified}}", StringComparison.Ordinal)
            .Replace("domains:\n", Facts + "\n", StringComparison.Ordinal);

        var result = CatalogLoader.LoadText(text, "x.yaml", "x-ftz/2024");

        Assert.True(result.IsSuccess, string.Join("\n", result.Diagnostics));
        var e = result.Value;
        Assert.Equal(new DateOnly(2023, 12, 28), e.Signed);
        Assert.Equal(["甲", "乙"], e.Applicability!.ZoneGroups);
        Assert.Equal(Confidence.Unverified, e.Coverage!.Provenance!.Confidence);
        var fact = Assert.Single(e.Facts);
        Assert.Equal(new EditionFact("approval", "经批准并备案", "Approved and filed", "通知", fact.Provenance), fact);
    }

    [Fact]
    public void LoadText_FactOrCoverageNamingAnUnknownSource_IsReportedWithItsLine()
    {
        var text = With("coverage: {items: 1}", "coverage: {items: 1, provenance: {sources: [s9], confidence: unverified}}")
            .Replace("domains:\n", Facts.Replace("sources: [s1]", "sources: [s2]", StringComparison.Ordinal) + "\n", StringComparison.Ordinal);

        var result = CatalogLoader.LoadText(text, "x.yaml", "x-ftz/2024");

        Assert.False(result.IsSuccess);
        Assert.Contains(result.Diagnostics, d => d.Subject == "approval" && d.Message.Contains("unknown source 's2'", StringComparison.Ordinal) && d.Line > 0);
        Assert.Contains(result.Diagnostics, d => d.Subject == "coverage" && d.Message.Contains("unknown source 's9'", StringComparison.Ordinal) && d.Line > 0);
    }

    [Fact]
    public void LoadText_FactWithoutCitation_IsReported()
    {
        var text = With("domains:\n", Facts.Replace("citation: 通知, ", string.Empty, StringComparison.Ordinal) + "\n");

        var d = Assert.Single(CatalogLoader.LoadText(text, "x.yaml", "x-ftz/2024").Diagnostics);

        Assert.Contains("'citation' is required", d.Message, StringComparison.Ordinal);
        Assert.Equal("approval", d.Subject);
    }
}
