namespace Chujing.Cli.Tests;

/// <summary><c>catalog list/show/diff</c> over the skeleton editions of other zones and the facts an edition records.</summary>
public sealed class CatalogOtherZonesTests
{
    private static readonly string[] Skeletons = ["chongqing-ftz/2025", "shanghai-ftz/2024", "zhejiang-ftz/2024", "hainan-ftp/2024"];

    [Fact]
    public async Task List_Json_HasEachSkeletonWithItsZoneAndCoverage()
    {
        var run = await CliRun.RunAsync("catalog", "list", "--json");

        Assert.Equal(0, run.ExitCode);
        var editions = run.Json().EnumerateArray().ToDictionary(e => e.GetProperty("id").GetString()!);
        foreach (var id in Skeletons)
        {
            var e = editions[id];
            Assert.False(string.IsNullOrEmpty(e.GetProperty("zone").GetString()), id);
            var coverage = e.GetProperty("coverage");
            Assert.Equal(0, coverage.GetProperty("encoded").GetProperty("items").GetInt32());
            Assert.True(coverage.GetProperty("declared").GetProperty("items").GetInt32() > 0, id);
        }
    }

    [Fact]
    public async Task List_Table_ShowsHowLittleOfEachSkeletonIsEncoded()
    {
        var run = await CliRun.RunAsync("catalog", "list");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("items 0/110 · scenarios 0/9", run.Out, StringComparison.Ordinal);
        Assert.Contains("items 0/134 · scenarios 0/8", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_Skeleton_PrintsItsFactsWithCitationAndConfidence()
    {
        var table = await CliRun.RunAsync("catalog", "show", "chongqing-ftz/2025");
        var json = (await CliRun.RunAsync("catalog", "show", "chongqing-ftz/2025", "--json")).Json();

        Assert.Equal(0, table.ExitCode);
        Assert.Contains("approval-and-filing", table.Out, StringComparison.Ordinal);
        Assert.Contains("智能网联汽车", table.Out, StringComparison.Ordinal);
        var fact = json.GetProperty("facts").EnumerateArray().First(f => f.GetProperty("id").GetString() == "approval-and-filing");
        Assert.Contains("国家数据安全工作协调机制", fact.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(fact.GetProperty("citation").GetString()));
    }

    [Fact]
    public async Task Show_Beijing_PrintsTheSignedDateAndZoneGroups()
    {
        var table = await CliRun.RunAsync("catalog", "show", "beijing-ftz/2024");
        var json = (await CliRun.RunAsync("catalog", "show", "beijing-ftz/2024", "--json")).Json();

        Assert.Contains("2024-08-26", table.Out, StringComparison.Ordinal);
        Assert.Contains("朝阳、海淀、昌平、通州、顺义、大兴、亦庄", table.Out, StringComparison.Ordinal);
        Assert.Equal("2024-08-26", json.GetProperty("signed").GetString());
        Assert.Equal(7, json.GetProperty("applicability").GetProperty("zoneGroups").GetArrayLength());
    }

    [Fact]
    public async Task Diff_BetweenSkeletons_ReportsTheirFactsAndDomains()
    {
        var run = await CliRun.RunAsync("catalog", "diff", "shanghai-ftz/2024", "zhejiang-ftz/2024", "--json");

        Assert.Equal(0, run.ExitCode);
        var changes = run.Json().GetProperty("changes").EnumerateArray().ToArray();
        Assert.Contains(changes, c => c.GetProperty("entry").GetString() == "fact" && c.GetProperty("change").GetString() == "added");
        Assert.Contains(changes, c => c.GetProperty("entry").GetString() == "domain" && c.GetProperty("change").GetString() == "removed");
        Assert.Equal(0, (await CliRun.RunAsync("catalog", "diff", "hainan-ftp/2024", "hainan-ftp/2024", "--json")).Json().GetProperty("changes").GetArrayLength());
    }

    [Fact]
    public async Task Show_EveryShippedEdition_PrintsAsTableAndJson()
    {
        var ids = (await CliRun.RunAsync("catalog", "list", "--json")).Json().EnumerateArray().Select(e => e.GetProperty("id").GetString()!).ToArray();

        Assert.Contains("guangxi-ftz/2025", ids);
        foreach (var id in ids)
        {
            var table = await CliRun.RunAsync("catalog", "show", id);
            var json = await CliRun.RunAsync("catalog", "show", id, "--json");
            Assert.True(table.ExitCode == 0, id + ": " + table.Error);
            Assert.Equal(id, json.Json().GetProperty("id").GetString());
        }
    }
}
