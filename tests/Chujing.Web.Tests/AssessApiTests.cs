using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Chujing.Cli;
using Chujing.TestSupport;
using Chujing.Web.Demo;

namespace Chujing.Web.Tests;

/// <summary><c>POST /api/assess</c> returns exactly what <c>chujing assess --json</c> prints, for every shipped example.</summary>
[Collection(SqlitePlatformCollection.Name)]
public sealed class AssessApiTests(SqlitePlatformFixture platform)
{
    public static TheoryData<string> Examples()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(RepositoryPaths.Of("examples"), "*.json").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task Assess_Example_SameDocumentAsTheCli(string example)
    {
        var path = RepositoryPaths.Of("examples", example);
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await ChujingCommand.RunAsync(["assess", path, "--json"], new CliContext(output, error, TextReader.Null, false, platform.Time));
        Assert.True(exit == 0, error.ToString());

        var client = await platform.As(DemoAccounts.EnterpriseA);
        using var content = new StringContent(await File.ReadAllTextAsync(path), Encoding.UTF8, "application/json");
        var response = await client.PostAsync("api/assess", content);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(output.ToString().TrimEnd(), (await response.Content.ReadAsStringAsync()).TrimEnd());
    }

    [Fact]
    public async Task Assess_UnknownScenario_422WithSuggestion()
    {
        var client = await platform.As(DemoAccounts.EnterpriseA);
        using var content = new StringContent(
            """{"processor":{"ciio":false,"freeTradeZone":"beijing","listApproved":true},"list":"beijing-ftz/2024","scenario":"bj-pharma-clinical-trail","importantData":false,"persons":{"personal":1,"sensitive":0}}""",
            Encoding.UTF8,
            "application/json");
        var response = await client.PostAsync("api/assess", content);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Contains("bj-pharma-clinical-trial", problem["errors"]!["scenario"]![0]!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Assess_UnknownScenarioWhoseIdReadsLikeATypeError_Still422()
    {
        // The status follows the diagnostic's kind, never its wording: this id once matched the "wrong JSON type" pattern.
        var client = await platform.As(DemoAccounts.EnterpriseA);
        using var content = new StringContent(
            """{"processor":{"ciio":false,"freeTradeZone":"beijing","listApproved":true},"list":"beijing-ftz/2024","scenario":"x, not the string y","importantData":false,"persons":{"personal":1,"sensitive":0}}""",
            Encoding.UTF8,
            "application/json");
        var response = await client.PostAsync("api/assess", content);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
    }

    [Theory]
    [InlineData("""{"processor":{"ciio":false},"importantData":false,"persons":{"personal":1,"sensitve":0}}""", "persons.sensitve")]
    [InlineData("""{"processor":{"ciio":false},"importantData":false,"persons":{"personal":"1","sensitive":0}}""", "persons.personal")]
    [InlineData("""{"processor":{"ciio":false},"importantData":"no","persons":{"personal":1,"sensitive":0}}""", "importantData")]
    [InlineData("""{"processor":{"ciio":false},""", "body")]
    public async Task Assess_UnreadableJsonWrongTypeOrUnknownProperty_400NamingTheField(string body, string field)
    {
        var client = await platform.As(DemoAccounts.EnterpriseA);
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        var response = await client.PostAsync("api/assess", content);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, text);
        Assert.True(JsonNode.Parse(text)!["errors"]!.AsObject().ContainsKey(field), text);
    }

    [Fact]
    public async Task Assess_NegativeCount_422OnTheField()
    {
        var client = await platform.As(DemoAccounts.EnterpriseA);
        using var content = new StringContent("""{"processor":{"ciio":false},"importantData":false,"persons":{"personal":-1,"sensitive":0}}""", Encoding.UTF8, "application/json");
        var response = await client.PostAsync("api/assess", content);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.True(JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]!.AsObject().ContainsKey("persons.personal"));
    }

    [Fact]
    public async Task DemoFiling_CarriesTheEnginesAssessment()
    {
        var client = await platform.As(DemoAccounts.EnterpriseA);
        var filings = JsonNode.Parse(await client.GetStringAsync("api/filings"))!.AsArray();
        // The demo filing is the first of its scenario; other tests of the shared database may add more.
        var trial = filings.Where(f => (string?)f!["scenario"] == "bj-pharma-clinical-trial").OrderBy(f => (string?)f!["id"], StringComparer.Ordinal).First()!;
        Assert.Equal("standard-contract-or-certification", (string?)trial["pathway"]);
        Assert.NotEmpty(trial["assessment"]!["basis"]!.AsArray());
    }
}
