using Chujing.Domain.Catalog;
using Chujing.Catalog.Yaml;
using Chujing.TestSupport;

namespace Chujing.Catalog.Yaml.Tests;

public sealed class CatalogLoaderTests
{
    private const string MinimalList = TestCatalogs.MinimalList;

    /// <summary>The whole line of <see cref="MinimalList"/> that holds <paramref name="text"/>, with its indent and newline.</summary>
    private static string Line(string text) => MinimalList.Split('\n').Single(l => l.Contains(text, StringComparison.Ordinal)) + "\n";

    [Fact]
    public void LoadDirectories_ShippedCatalogs_LoadWithoutDiagnostics()
    {
        var result = CatalogLoader.LoadDirectories([RepositoryPaths.Catalogs]);

        Assert.True(result.IsSuccess, string.Join("\n", result.Diagnostics));
        var ids = result.Value.Editions.Select(e => e.Id).ToArray();
        Assert.Contains("cn-national/2024", ids);
        Assert.Contains("beijing-ftz/2024", ids);
        Assert.Contains("tianjin-ftz/2024", ids);
    }

    [Fact]
    public void ShippedBeijingList_HasTheFiveDomainsByTheirChineseNames_AndEveryItemCitesItsSource()
    {
        var beijing = CatalogLoader.LoadDirectories([RepositoryPaths.Catalogs]).Value.Find("beijing-ftz/2024")!;

        Assert.Equal(["汽车", "医药", "零售和现代服务", "民航", "人工智能训练数据"], beijing.Domains.Select(d => d.Name));
        Assert.All(beijing.Items, i =>
        {
            Assert.False(string.IsNullOrWhiteSpace(i.Citation));
            Assert.NotEmpty(i.Provenance.Sources);
        });
        Assert.Equal(48, beijing.Coverage!.Items);
    }

    [Fact]
    public void LoadText_MinimalList_Loads()
    {
        var result = CatalogLoader.LoadText(MinimalList, "x.yaml", "x-ftz/2024");

        Assert.True(result.IsSuccess, string.Join("\n", result.Diagnostics));
        var item = Assert.Single(result.Value.Items);
        Assert.Equal(new Threshold(Counter.Personal, 10, null, Pathway.StandardContractOrCertification), Assert.Single(item.Thresholds));
    }

    [Fact]
    public void LoadText_ManyProblems_ReportsAllOfThemWithFileLineAndId()
    {
        var broken = MinimalList
            .Replace("  - id: sc1\n", "  - id: d1\n", StringComparison.Ordinal)                     // duplicate id
            .Replace("sources: [s1], confidence: one-source}\n        items", "sources: [s2], confidence: one-source}\n        items", StringComparison.Ordinal) // unknown source
            .Replace("atLeast: 10,", "atLeast: 10, below: 5,", StringComparison.Ordinal)          // out of order
            .Replace(Line("citation: 清单第一条第一项"), string.Empty, StringComparison.Ordinal)          // missing citation
            .Replace("kind: personal-information", "kind: personal-informaton", StringComparison.Ordinal);

        var result = CatalogLoader.LoadText(broken, "x.yaml", "x-ftz/2024");

        Assert.False(result.IsSuccess);
        var text = string.Join("\n", result.Diagnostics);
        Assert.Contains("duplicate id 'd1'", text, StringComparison.Ordinal);
        Assert.Contains("unknown source 's2'", text, StringComparison.Ordinal);
        Assert.Contains("thresholds out of order", text, StringComparison.Ordinal);
        Assert.Contains("'citation' is required", text, StringComparison.Ordinal);
        Assert.Contains("'personal-information'", text, StringComparison.Ordinal);
        Assert.All(result.Diagnostics, d =>
        {
            Assert.Equal("x.yaml", d.Source);
            Assert.True(d.Line > 0, d.ToString());
        });
        Assert.Contains(result.Diagnostics, d => d.Subject == "i1");
    }

    [Fact]
    public void LoadText_BandsThatGetLaxerAsCountGrows_AreOutOfOrder()
    {
        var band = Line("- {counter: personal, atLeast: 10, pathway: standard-contract-or-certification}");
        var indent = band[..band.IndexOf('-', StringComparison.Ordinal)];
        var text = MinimalList.Replace(
            band,
            indent + "- {counter: personal, atLeast: 10, below: 100, pathway: security-assessment}\n" +
            indent + "- {counter: personal, atLeast: 100, pathway: standard-contract-or-certification}\n",
            StringComparison.Ordinal);

        var d = Assert.Single(CatalogLoader.LoadText(text, "x.yaml", null).Diagnostics);
        Assert.Contains("laxer", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadText_UnknownProperty_SuggestsTheSpelling()
    {
        var d = Assert.Single(CatalogLoader.LoadText(MinimalList.Replace("effective:", "efective:", StringComparison.Ordinal) + "\neffective: 2024-01-01\n", "x.yaml", null).Diagnostics);

        Assert.Contains("unknown property 'efective'", d.Message, StringComparison.Ordinal);
        Assert.Equal("'effective'", d.Suggestion);
    }

    [Fact]
    public void LoadText_YamlSyntaxError_GivesLineAndColumn()
    {
        var d = Assert.Single(CatalogLoader.LoadText("id: a/b\nfamily: [national\n", "x.yaml", null).Diagnostics);

        Assert.StartsWith("YAML syntax", d.Message, StringComparison.Ordinal);
        Assert.True(d.Line >= 2);
    }

    [Fact]
    public void LoadText_IdNotMatchingItsPath_IsReported()
    {
        var d = Assert.Single(CatalogLoader.LoadText(MinimalList, "x.yaml", "y-ftz/2024").Diagnostics);

        Assert.Contains("'y-ftz/2024'", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ContentHash_IgnoresLineEndings_AndChangesWithContent()
    {
        Assert.Equal(CatalogLoader.ContentHash("a\nb\n"), CatalogLoader.ContentHash("a\r\nb\r\n"));
        Assert.NotEqual(CatalogLoader.ContentHash("a\nb\n"), CatalogLoader.ContentHash("a\nc\n"));
    }

    [Fact]
    public void LoadDirectories_SameEditionTwice_IsAnError()
    {
        var dir = Directory.CreateTempSubdirectory("chujing-cat-");
        try
        {
            Directory.CreateDirectory(Path.Combine(dir.FullName, "cn-national"));
            File.Copy(Path.Combine(RepositoryPaths.Catalogs, "cn-national", "2024.yaml"), Path.Combine(dir.FullName, "cn-national", "2024.yaml"));

            var result = CatalogLoader.LoadDirectories([RepositoryPaths.Catalogs, dir.FullName]);

            Assert.Contains(result.Diagnostics, d => d.Message.Contains("defined twice", StringComparison.Ordinal));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
