using Chujing.TestSupport;

namespace Chujing.Cli.Tests;

public sealed class AssessCommandTests
{
    private const string Base = """{"processor":{"ciio":false},"importantData":false,"persons":{"personal":150000,"sensitive":0}}""";

    [Theory]
    [InlineData("national-standard-contract.json", "standard-contract-or-certification")]
    [InlineData("ciio-contract-with-individual.json", "exempt")]
    [InlineData("important-data-with-hr-exemption.json", "security-assessment")]
    [InlineData("beijing-not-approved.json", "standard-contract-or-certification")]
    [InlineData("beijing-auto-ota.json", "security-assessment")]
    [InlineData("beijing-clinical-trial.json", "standard-contract-or-certification")]
    [InlineData("art3-trade-with-personal-data.json", "standard-contract-or-certification")]
    [InlineData("art3-trade-data-only.json", "exempt")]
    public async Task Assess_Examples_GiveTheExpectedPathwayWithBasisAndHeadroom(string file, string pathway)
    {
        var run = await CliRun.RunAsync("assess", RepositoryPaths.Of("examples", file), "--json");

        Assert.Equal(0, run.ExitCode);
        var root = run.Json();
        Assert.Equal(pathway, root.GetProperty("pathway").GetString());
        var basis = root.GetProperty("basis").EnumerateArray().ToArray();
        Assert.NotEmpty(basis);
        Assert.All(basis, b =>
        {
            Assert.False(string.IsNullOrEmpty(b.GetProperty("rule").GetString()));
            Assert.False(string.IsNullOrEmpty(b.GetProperty("citation").GetString()));
            Assert.False(string.IsNullOrEmpty(b.GetProperty("explanation").GetString()));
        });
        Assert.True(root.GetProperty("headroom").TryGetProperty("personal", out _));
        Assert.Contains(root.GetProperty("catalogs").EnumerateArray(), c => c.GetProperty("hash").GetString()!.StartsWith("sha256:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Assess_ExemptionOfALaterRegime_TablePrintsWhyInsteadOfAnEmptyElementsTable()
    {
        // Once, an exemption claimed before 2024-03-22 printed an elements table with no rows.
        const string Claim = """{"processor":{"ciio":false},"exemption":"contract-with-individual","importantData":false,"persons":{"personal":10,"sensitive":0}}""";
        var run = await CliRun.RunAsync(["assess", "-", "--as-of", "2023-06-01"], Claim);

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("Exemption elements", run.Out, StringComparison.Ordinal);
        Assert.Contains("豁免 Exemption: contract-with-individual", run.Out, StringComparison.Ordinal);
        Assert.Contains("尚不存在", run.Out, StringComparison.Ordinal);
        Assert.Contains("《促进和规范数据跨境流动规定》第五条第一款第（一）项", run.Out.Replace("\n", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("did not exist on 2023-06-01", run.Out.Replace("\n", " ", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Assess_FileWithInvalidUtf8_IsExit2WithOneLineNamingTheFileAndWhere()
    {
        // Once a .NET exception name and exit 1.
        var path = Path.Combine(Path.GetTempPath(), "chujing-bad-utf8-" + Guid.NewGuid().ToString("N") + ".json");
        await File.WriteAllBytesAsync(path, [.. "{\"processor\":{\"ciio\":false},\"importantData\":false,\n\"scenario\":\""u8, 0xFF, .. "\"}"u8]);
        try
        {
            var run = await CliRun.RunAsync("assess", path);
            Assert.Equal(2, run.ExitCode);
            var line = Assert.Single(run.ErrorLines);
            Assert.StartsWith("错误 error: " + path + ":2:13: ", line, StringComparison.Ordinal);
            Assert.Contains("not valid UTF-8", line, StringComparison.Ordinal);
            Assert.DoesNotContain("Exception", line, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Assess_Table_ShowsPathwayAndArticle()
    {
        var run = await CliRun.RunAsync(["assess", "-"], Base);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("standard-contract-or-certification", run.Out, StringComparison.Ordinal);
        Assert.Contains("第八条", run.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"processor":{"ciio":false},"importantData":false,"persons":{"personal":1,"sensitive":0},"exemptoin":"emergency"}""", "exemptoin: unknown property (did you mean 'exemption'?)")]
    [InlineData("""{"processor":{"ciio":"false"},"importantData":false,"persons":{"personal":1,"sensitive":0}}""", "processor.ciio: must be true or false")]
    [InlineData("""{"processor":{"ciio":false},"importantData":false,"persons":{"personal":-1,"sensitive":0}}""", "persons.personal: must be ≥ 0")]
    [InlineData("""{"processor":{"ciio":false},"importantData":false,"persons":{"personal":10.5,"sensitive":0}}""", "persons.personal: must be a whole number")]
    [InlineData("""{"processor":{"ciio":false},"importantData":false,"persons":{"personal":1,"sensitive":0},"exemption":"hr"}""", "exemption: unknown exemption 'hr'")]
    [InlineData("""{"processor":{"ciio":false},"importantData":false,"persons":{"personal":1,"sensitive":0},"list":"beijing-ftz/2023"}""", "did you mean 'beijing-ftz/2024'")]
    [InlineData("""{"processor":{"ciio":false,"freeTradeZone":"beijing","listApproved":true},"importantData":false,"persons":{"personal":1,"sensitive":0},"list":"beijing-ftz/2024","scenario":"bj-auto-otta"}""", "scenario: unknown scenario 'bj-auto-otta'")]
    [InlineData("""{"processor":{"ciio":false,"freeTradeZone":"beijing","listApproved":true},"importantData":false,"persons":{"personal":1,"sensitive":0},"list":"beijing-ftz/2024","scenario":"bj-auto-ota","fields":["ota-typ"]}""", "fields[0]: unknown field 'ota-typ'")]
    [InlineData("""{"processor":{"ciio":false},"importantData":false,"persons":{"personal":1,""", "stdin:1:")]
    [InlineData("", "the activity is empty")]
    [InlineData("""{"processor":{"ciio":"yes"},"importantData":false,"persons":{"personal":1,"sensitive":0}}""", "processor.ciio: must be true or false, not the string \"yes\"")]
    public async Task Assess_BadInput_IsExit2WithOneLineNamingTheFieldAndNoStackTrace(string json, string expected)
    {
        var run = await CliRun.RunAsync(["assess", "-"], json);

        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.Contains(expected, CliRun.English(line), StringComparison.Ordinal);
        Assert.Matches(@"^错误 error: [^·]*\p{IsCJKUnifiedIdeographs}[^·]* · ", line);
        Assert.StartsWith("错误 error: stdin", line, StringComparison.Ordinal);
        Assert.Empty(run.Out);
    }

    [Fact]
    public async Task Assess_MissingFile_IsExit2NamingTheFile()
    {
        var run = await CliRun.RunAsync("assess", "no-such-activity.json");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("错误 error: no-such-activity.json: 文件不存在。 · file not found", Assert.Single(run.ErrorLines));
    }

    [Fact]
    public async Task Assess_NoArgument_IsAUsageErrorWithExit2()
    {
        var run = await CliRun.RunAsync("assess");

        Assert.Equal(2, run.ExitCode);
        Assert.Single(run.ErrorLines);
    }

    [Fact]
    public async Task UnknownVerb_IsExit2()
    {
        Assert.Equal(2, (await CliRun.RunAsync("asess", "x.json")).ExitCode);
    }

    [Fact]
    public async Task Assess_Art3ClaimWithPersonalInformation_TableAndJsonNameTheFailedElementInChineseAndEnglish()
    {
        var json = await CliRun.RunAsync("assess", RepositoryPaths.Of("examples", "art3-trade-with-personal-data.json"), "--json");
        var table = await CliRun.RunAsync("assess", RepositoryPaths.Of("examples", "art3-trade-with-personal-data.json"));

        var root = json.Json();
        var claim = root.GetProperty("exemption");
        Assert.False(claim.GetProperty("holds").GetBoolean());
        var failed = claim.GetProperty("elements").EnumerateArray().Single(e => e.GetProperty("status").GetString() == "contradicted");
        Assert.Equal("no-personal-information", failed.GetProperty("element").GetString());
        var first = root.GetProperty("basis")[0];
        Assert.Equal("exemption-element-failed", first.GetProperty("kind").GetString());
        Assert.Contains("不包含个人信息", first.GetProperty("explanationZh").GetString(), StringComparison.Ordinal);
        Assert.Contains("not-required", root.GetProperty("duties").EnumerateArray().Select(d => d.GetProperty("status").GetString()));
        Assert.Contains("豁免要件", table.Out, StringComparison.Ordinal);
        Assert.Contains("相抵触 contradicted", table.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2022-08-31", null)]
    [InlineData("2022-09-01", "cn-national/2022")]
    [InlineData("2023-05-31", "cn-national/2022")]
    [InlineData("2023-06-01", "cn-national/2023")]
    [InlineData("2024-03-21", "cn-national/2023")]
    [InlineData("2024-03-22", "cn-national/2024")]
    public async Task Assess_AsOf_UsesTheNationalEditionInForceThatDay(string day, string? edition)
    {
        var run = await CliRun.RunAsync("assess", RepositoryPaths.Of("examples", "national-standard-contract.json"), "--json", "--as-of", day);

        if (edition is null)
        {
            Assert.Equal(2, run.ExitCode);
            Assert.Contains("--as-of", run.Error, StringComparison.Ordinal);
            Assert.Contains("2022-09-01", run.Error, StringComparison.Ordinal);
            Assert.Single(run.Error.Trim().Split('\n'));
            return;
        }

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(edition, run.Json().GetProperty("catalogs")[0].GetProperty("id").GetString());
    }

    [Fact]
    public async Task Assess_Compare_TableAndJsonShowNationalAndList()
    {
        var json = await CliRun.RunAsync("assess", RepositoryPaths.Of("examples", "beijing-clinical-trial.json"), "--json", "--compare");
        var table = await CliRun.RunAsync("assess", RepositoryPaths.Of("examples", "beijing-clinical-trial.json"), "--compare");

        var editions = json.Json().GetProperty("comparisons").EnumerateArray().Select(c => c.GetProperty("edition").GetString()!).ToArray();
        Assert.Equal(["cn-national/2024", "beijing-ftz/2024"], editions);
        Assert.Contains("比较 Comparison", table.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--min-confidence", "sure")]
    [InlineData("--as-of", "2024-02-30")]
    public async Task Assess_BadOption_IsExit2WithOneLine(string option, string value)
    {
        var run = await CliRun.RunAsync("assess", RepositoryPaths.Of("examples", "national-standard-contract.json"), option, value);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("错误 error: " + option, run.Error, StringComparison.Ordinal);
    }
}
