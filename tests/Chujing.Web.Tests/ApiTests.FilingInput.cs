using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Chujing.Web.Demo;

namespace Chujing.Web.Tests;

/// <summary>Bad filing bodies: rules broken (422) and bodies that cannot be read (400), each naming the field.</summary>
public abstract partial class ApiTests
{
    [Fact]
    public async Task CreateFiling_BreaksRules_422NamingEveryFieldAndWritesNothing()
    {
        var enterprise = await platform.As(DemoAccounts.EnterpriseB);
        var before = JsonNode.Parse(await enterprise.GetStringAsync("api/filings"))!.AsArray().Count;
        var bad = NewFiling() with { Scenario = "", Recipients = [new("X", "Germany")], RetentionMonths = 0 };
        var problem = await ProblemAsync(await enterprise.PostAsJsonAsync("api/filings", bad), HttpStatusCode.UnprocessableEntity);
        var errors = problem["errors"]!.AsObject();
        Assert.True(errors.ContainsKey("scenario"));
        Assert.True(errors.ContainsKey("recipients[0].country"));
        Assert.True(errors.ContainsKey("retentionMonths"));
        Assert.Equal(before, JsonNode.Parse(await enterprise.GetStringAsync("api/filings"))!.AsArray().Count);
    }

    [Fact]
    public async Task CreateFiling_WrongJsonType_400NamingTheField()
    {
        var enterprise = await platform.As(DemoAccounts.EnterpriseB);
        using var content = new StringContent("""{"scenario":"bj-auto-ota","persons":{"personal":"many","sensitive":0}}""", System.Text.Encoding.UTF8, "application/json");
        var problem = await ProblemAsync(await enterprise.PostAsync("api/filings", content), HttpStatusCode.BadRequest);
        Assert.True(problem["errors"]!.AsObject().ContainsKey("persons.personal"));
    }

    [Fact]
    public async Task CreateFiling_UnknownProperty_400NamingIt()
    {
        var enterprise = await platform.As(DemoAccounts.EnterpriseB);
        using var content = new StringContent("""{"scenario":"bj-auto-ota","recipient":"typo"}""", System.Text.Encoding.UTF8, "application/json");
        var problem = await ProblemAsync(await enterprise.PostAsync("api/filings", content), HttpStatusCode.BadRequest);
        Assert.Contains("recipient", problem["detail"]!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateFiling_PersonsAsString_400OnPersonsPersonal()
    {
        var enterprise = await platform.As(DemoAccounts.EnterpriseB);
        using var content = new StringContent("""{"scenario":"bj-auto-ota","persons":{"personal":"1000","sensitive":0}}""", System.Text.Encoding.UTF8, "application/json");
        var problem = await ProblemAsync(await enterprise.PostAsync("api/filings", content), HttpStatusCode.BadRequest);
        Assert.Contains("whole number", problem["errors"]!["persons.personal"]![0]!.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"validFrom":"2026/06/01"}""", "validFrom", "YYYY-MM-DD")]
    [InlineData("""{"recipients":{"name":"x"}}""", "recipients", "array")]
    [InlineData("""{"scenario":"bj-auto-ota","recipient":"typo"}""", "recipient", "unknown property")]
    [InlineData("""{"scenario":""", "body", "not valid JSON")]
    public async Task CreateFiling_UnreadableBody_400InPlainWordsWithoutDotNetTypeNames(string body, string field, string wording)
    {
        var enterprise = await platform.As(DemoAccounts.EnterpriseB);
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        var response = await enterprise.PostAsync("api/filings", content);
        var text = await response.Content.ReadAsStringAsync();
        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem["errors"]![field] is not null, text);
        Assert.Contains(wording, problem["errors"]![field]![0]!.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("System.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Chujing.", text, StringComparison.Ordinal);
    }
}
