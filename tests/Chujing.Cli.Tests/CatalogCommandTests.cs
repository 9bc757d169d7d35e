using System.Text.Json;

namespace Chujing.Cli.Tests;

public sealed class CatalogCommandTests
{
    [Fact]
    public async Task List_Json_HasTheThreeShippedEditionsWithTitleAndEffectiveDate()
    {
        var run = await CliRun.RunAsync("catalog", "list", "--json");

        Assert.Equal(0, run.ExitCode);
        var editions = run.Json().EnumerateArray().ToArray();
        Assert.Contains(editions, e => e.GetProperty("id").GetString() == "cn-national/2024" && e.GetProperty("effective").GetString() == "2024-03-22");
        Assert.Contains(editions, e => e.GetProperty("id").GetString() == "beijing-ftz/2024");
        Assert.Contains(editions, e => e.GetProperty("id").GetString() == "tianjin-ftz/2024" && e.GetProperty("family").GetString() == "category");
        Assert.All(editions, e => Assert.False(string.IsNullOrEmpty(e.GetProperty("title").GetString())));
    }

    [Fact]
    public async Task List_Table_ShowsCoverage()
    {
        var run = await CliRun.RunAsync("catalog", "list");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("beijing-ftz/2024", run.Out, StringComparison.Ordinal);
        Assert.Contains("/48", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_BeijingJson_HasTheFiveDomainsInChinese_AndEveryItemACitation()
    {
        var run = await CliRun.RunAsync("catalog", "show", "beijing-ftz/2024", "--json");

        Assert.Equal(0, run.ExitCode);
        var root = run.Json();
        Assert.Equal("beijing-ftz/2024", root.GetProperty("id").GetString());
        Assert.Equal("2024-08-30", root.GetProperty("effective").GetString());
        var domains = root.GetProperty("domains").EnumerateArray().ToArray();
        Assert.Equal(["汽车", "医药", "零售和现代服务", "民航", "人工智能训练数据"], domains.Select(d => d.GetProperty("name").GetString()));
        var items = domains.SelectMany(d => d.GetProperty("scenarios").EnumerateArray().SelectMany(s => s.GetProperty("items").EnumerateArray())
            .Concat(d.TryGetProperty("items", out var di) ? di.EnumerateArray() : Enumerable.Empty<JsonElement>())).ToArray();
        Assert.NotEmpty(items);
        Assert.All(items, i =>
        {
            Assert.False(string.IsNullOrEmpty(i.GetProperty("citation").GetString()));
            Assert.True(i.TryGetProperty("kind", out _));
            Assert.True(i.TryGetProperty("thresholds", out _));
            Assert.True(i.TryGetProperty("fields", out _));
        });
        Assert.Equal(48, root.GetProperty("coverage").GetProperty("declared").GetProperty("items").GetInt32());
    }

    [Theory]
    [InlineData("cn-national/2024")]
    [InlineData("beijing-ftz/2024")]
    [InlineData("tianjin-ftz/2024")]
    public async Task Show_Table_PrintsTheEditionAndItsCoverage(string edition)
    {
        var run = await CliRun.RunAsync("catalog", "show", edition);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains(edition, run.Out, StringComparison.Ordinal);
        Assert.Contains("coverage", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Diff_WorksBetweenAnyTwoEditions()
    {
        string[] ids = ["cn-national/2024", "beijing-ftz/2024", "tianjin-ftz/2024"];
        foreach (var a in ids)
        {
            foreach (var b in ids)
            {
                var run = await CliRun.RunAsync("catalog", "diff", a, b, "--json");
                Assert.Equal(0, run.ExitCode);
                var changes = run.Json().GetProperty("changes").GetArrayLength();
                Assert.True(a == b ? changes == 0 : changes > 0, $"{a} → {b}: {changes}");
                Assert.Equal(0, (await CliRun.RunAsync("catalog", "diff", a, b)).ExitCode);
            }
        }
    }

    [Fact]
    public async Task Show_UnknownEdition_IsExit2WithASuggestion()
    {
        var run = await CliRun.RunAsync("catalog", "show", "beijing-ftz/2025");

        Assert.Equal(2, run.ExitCode);
        Assert.Single(run.ErrorLines);
        Assert.Contains("did you mean 'beijing-ftz/2024'", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CatalogDir_WithABrokenCatalog_IsExit2ListingEveryProblemWithFileAndLine()
    {
        var dir = Directory.CreateTempSubdirectory("chujing-cli-");
        try
        {
            Directory.CreateDirectory(Path.Combine(dir.FullName, "x-ftz"));
            await File.WriteAllTextAsync(Path.Combine(dir.FullName, "x-ftz", "2025.yaml"),
                "id: x-ftz/2025\nfamily: scenaro\ntitle: 测试\neffective: 2025-13-01\nfoo: 1\n");

            var run = await CliRun.RunAsync("catalog", "list", "--catalog-dir", dir.FullName);

            Assert.Equal(2, run.ExitCode);
            Assert.True(run.ErrorLines.Length >= 3, run.Error);
            Assert.All(run.ErrorLines, l => Assert.Contains("2025.yaml:", l, StringComparison.Ordinal));
            Assert.All(run.ErrorLines, l => Assert.True(CliRun.IsBilingual(l), l));
            Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task CatalogDir_WithAnEditionOfAShippedId_ReplacesItAndSaysSo()
    {
        var dir = Directory.CreateTempSubdirectory("chujing-cli-");
        try
        {
            Directory.CreateDirectory(Path.Combine(dir.FullName, "beijing-ftz"));
            var text = await File.ReadAllTextAsync(Path.Combine(TestSupport.RepositoryPaths.Catalogs, "beijing-ftz", "2024.yaml"));
            await File.WriteAllTextAsync(Path.Combine(dir.FullName, "beijing-ftz", "2024.yaml"), text.Replace("coverage:", "# official text\ncoverage:", StringComparison.Ordinal));

            var run = await CliRun.RunAsync("catalog", "list", "--json", "--catalog-dir", dir.FullName);

            Assert.Equal(0, run.ExitCode);
            Assert.Contains("replaces the shipped edition", run.Error, StringComparison.Ordinal);
            Assert.Single(run.Json().EnumerateArray(), e => e.GetProperty("id").GetString() == "beijing-ftz/2024");
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task CatalogDir_GivenAFile_IsExit2SayingItWantsAFolder()
    {
        var run = await CliRun.RunAsync("catalog", "list", "--catalog-dir", Path.Combine(TestSupport.RepositoryPaths.Catalogs, "cn-national", "2024.yaml"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("takes a folder", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_Table_NamesEveryScenarioAndItemIdWithItsCitation()
    {
        var run = await CliRun.RunAsync("catalog", "show", "beijing-ftz/2024");

        Assert.Contains("bj-pharma-clinical-trial", run.Out, StringComparison.Ordinal);
        Assert.Contains("bj-auto-id-ota-vehicle-control", run.Out, StringComparison.Ordinal);
        Assert.Contains("miit-filed-tamper-proof", run.Out, StringComparison.Ordinal);
        Assert.Contains("autonomous-driving", run.Out, StringComparison.Ordinal);
        Assert.Contains("《中国（北京）自由贸易试验区数据出境管理清单", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_Json_ListsDomainLevelItemsInTheScenariosTheyApplyTo()
    {
        var root = (await CliRun.RunAsync("catalog", "show", "beijing-ftz/2024", "--json")).Json();

        var pharma = root.GetProperty("domains").EnumerateArray().Single(d => d.GetProperty("id").GetString() == "pharmaceutical");
        var rd = pharma.GetProperty("scenarios").EnumerateArray().Single(s => s.GetProperty("id").GetString() == "bj-pharma-drug-rd");
        Assert.Contains(rd.GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetString() == "bj-pharma-id-group-health");
        Assert.All(rd.GetProperty("items").EnumerateArray(), i => Assert.True(i.TryGetProperty("pathway", out _)));
    }

    [Fact]
    public async Task Diff_ReportsEditionMetadataAndFieldsAddedOrRemoved()
    {
        var root = (await CliRun.RunAsync("catalog", "diff", "tianjin-ftz/2024", "beijing-ftz/2024", "--json")).Json();

        var edition = root.GetProperty("changes").EnumerateArray().Single(c => c.GetProperty("entry").GetString() == "edition");
        Assert.Contains(edition.GetProperty("details").EnumerateArray(), d => d.GetProperty("aspect").GetString() == "effective");
    }

    [Fact]
    public async Task UnknownVerb_SaysItIsUnrecognised()
    {
        var run = await CliRun.RunAsync("frob");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Unrecognized command or argument 'frob'", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CatalogDir_WithAValidUserCatalog_AddsItsEdition()
    {
        var dir = Directory.CreateTempSubdirectory("chujing-cli-");
        try
        {
            Directory.CreateDirectory(Path.Combine(dir.FullName, "beijing-ftz"));
            var text = await File.ReadAllTextAsync(Path.Combine(TestSupport.RepositoryPaths.Catalogs, "beijing-ftz", "2024.yaml"));
            await File.WriteAllTextAsync(Path.Combine(dir.FullName, "beijing-ftz", "2024-official.yaml"),
                text.Replace("id: beijing-ftz/2024", "id: beijing-ftz/2024-official", StringComparison.Ordinal));

            var run = await CliRun.RunAsync("catalog", "diff", "beijing-ftz/2024", "beijing-ftz/2024-official", "--catalog-dir", dir.FullName, "--json");

            Assert.Equal(0, run.ExitCode);
            Assert.Equal(0, run.Json().GetProperty("changes").GetArrayLength());
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
