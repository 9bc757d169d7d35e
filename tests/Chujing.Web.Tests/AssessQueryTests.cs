using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Chujing.Cli;
using Chujing.TestSupport;
using Chujing.Web.Demo;

namespace Chujing.Web.Tests;

/// <summary><c>POST /api/assess?asOf=&amp;minConfidence=&amp;compare=</c>: the same answers as the CLI's options.</summary>
[Collection(SqlitePlatformCollection.Name)]
public sealed class AssessQueryTests(SqlitePlatformFixture platform)
{
    private async Task<(HttpStatusCode Status, string Body)> PostAsync(string query, string file)
    {
        var client = await platform.As(DemoAccounts.EnterpriseA);
        using var content = new StringContent(await File.ReadAllTextAsync(RepositoryPaths.Of("examples", file)), Encoding.UTF8, "application/json");
        var response = await client.PostAsync("api/assess" + query, content);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private async Task<string> CliAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await ChujingCommand.RunAsync(args, new CliContext(output, error, TextReader.Null, false, platform.Time));
        Assert.True(exit == 0, error.ToString());
        return output.ToString().TrimEnd();
    }

    [Fact]
    public async Task Assess_Compare_SameDocumentAsTheCliOptionOverTheSameEditions()
    {
        // "Each list edition that could apply" includes an edition published in the platform and in force today: the
        // platform compares it, and so does the CLI once it is given the same editions (their YAML, via --catalog-dir).
        var city = await platform.As(DemoAccounts.City);
        var revision = "beijing-ftz/q" + Guid.NewGuid().ToString("N")[..10];
        var today = Domain.Calendar.RegulatoryCalendar.Today(platform.Time).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        await ApiTests.Json(await city.PostAsJsonAsync("api/editions/drafts", new { from = "beijing-ftz/2024", id = revision }), HttpStatusCode.Created);
        await ApiTests.Json(await city.PostAsJsonAsync($"api/editions/drafts/{revision}/approvals", new { kind = "provincial-approval", authority = "北京市网络安全和信息化委员会", documentNumber = "京网信委〔2026〕2号", date = today }), HttpStatusCode.OK);
        await ApiTests.Json(await city.PostAsJsonAsync($"api/editions/drafts/{revision}/approvals", new { kind = "national-filing", authority = "国家互联网信息办公室", documentNumber = "备案〔2026〕8号", date = today }), HttpStatusCode.OK);
        await ApiTests.Json(await city.PostAsJsonAsync($"api/editions/drafts/{revision}/publish", new { effective = today }), HttpStatusCode.OK);

        var folder = Directory.CreateTempSubdirectory("chujing-compare-");
        try
        {
            var published = JsonNode.Parse(await city.GetStringAsync("api/editions"))!.AsArray()
                .Where(e => (string?)e!["status"] == "published" && string.CompareOrdinal((string?)e["effective"], today) <= 0).Select(e => (string)e!["id"]!).ToList();
            foreach (var id in published)
            {
                var file = Path.Combine(folder.FullName, id + ".yaml");
                Directory.CreateDirectory(Path.GetDirectoryName(file)!);
                await File.WriteAllTextAsync(file, await city.GetStringAsync($"api/editions/{id}?format=yaml"), new UTF8Encoding(false));
            }

            var cli = await CliAsync("assess", RepositoryPaths.Of("examples", "beijing-clinical-trial.json"), "--json", "--compare", "--catalog-dir", folder.FullName);
            var (status, body) = await PostAsync("?compare=true", "beijing-clinical-trial.json");

            Assert.Equal(HttpStatusCode.OK, status);
            Assert.Contains(JsonNode.Parse(body)!["comparisons"]!.AsArray(), c => (string?)c!["edition"] == revision);
            Assert.Equal(cli, body.TrimEnd());
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData("?asOf=2023-06-01", "--as-of", "2023-06-01")]
    [InlineData("?minConfidence=confirmed-two-sources", "--min-confidence", "confirmed-two-sources")]
    public async Task Assess_Query_SameDocumentAsTheCliOption(string query, string option, string? value)
    {
        var path = RepositoryPaths.Of("examples", "beijing-clinical-trial.json");
        string[] args = value is null ? ["assess", path, "--json", option] : ["assess", path, "--json", option, value];
        var cli = await CliAsync(args);

        var (status, body) = await PostAsync(query, "beijing-clinical-trial.json");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(cli, body.TrimEnd());
    }

    [Fact]
    public async Task Assess_AsOfBeforeTheList_NationalRulesOfThatDayDecide()
    {
        var (status, body) = await PostAsync("?asOf=2023-01-15", "beijing-clinical-trial.json");

        Assert.Equal(HttpStatusCode.OK, status);
        var root = JsonNode.Parse(body)!;
        Assert.Equal("cn-national/2022", (string?)root["catalogs"]![0]!["id"]);
        Assert.Equal("security-assessment", (string?)root["pathway"]);
    }

    [Fact]
    public async Task Assess_ClinicalTrial_ReportsConfidenceAndTheStrictAnswer()
    {
        var (_, body) = await PostAsync(string.Empty, "beijing-clinical-trial.json");

        var root = JsonNode.Parse(body)!;
        Assert.Equal("standard-contract-or-certification", (string?)root["pathway"]);
        Assert.Equal("unverified", (string?)root["confidence"]);
        Assert.Equal("security-assessment", (string?)root["strict"]!["pathway"]);
    }

    [Theory]
    [InlineData("?asOf=2024-13-01", "asOf")]
    [InlineData("?asOf=2020-01-01", "asOf")]
    [InlineData("?minConfidence=sure", "minConfidence")]
    public async Task Assess_BadQuery_400NamingTheParameter(string query, string field)
    {
        var (status, body) = await PostAsync(query, "national-standard-contract.json");

        Assert.True(status == HttpStatusCode.BadRequest, body);
        Assert.True(JsonNode.Parse(body)!["errors"]!.AsObject().ContainsKey(field), body);
    }
}
