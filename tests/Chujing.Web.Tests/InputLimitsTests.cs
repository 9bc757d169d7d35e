using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Chujing.Domain.Filings;
using Chujing.Web.Demo;
using Chujing.Web.Filings;

namespace Chujing.Web.Tests;

/// <summary>Every text and list of a filing has a size limit, stated in the API document; a repeated field or recipient is refused.</summary>
public abstract class InputLimitsTests(PlatformFixture platform)
{
    [Fact]
    public async Task CreateFiling_OversizedTitleRecipientsAndFields_422NamingEachAndWritesNothing()
    {
        var enterprise = await platform.As(DemoAccounts.EnterpriseB);
        var before = JsonNode.Parse(await enterprise.GetStringAsync("api/filings"))!.AsArray().Count;
        var huge = ApiTests.NewFiling() with
        {
            Title = new string('题', 100_000),
            Recipients = [.. Enumerable.Range(0, 20_000).Select(i => new RecipientBody("R" + i, "DE"))],
            Fields = [.. Enumerable.Range(0, 5_000).Select(i => "f" + i)],
            Purpose = new string('目', InputLimits.Text + 1),
        };
        var problem = await ApiTests.ProblemAsync(await enterprise.PostAsJsonAsync("api/filings", huge), HttpStatusCode.UnprocessableEntity);
        var errors = problem["errors"]!.AsObject();
        foreach (var field in (string[])["title", "recipients", "fields", "purpose"])
        {
            Assert.True(errors.ContainsKey(field), field + " in " + errors.ToJsonString());
        }

        Assert.True(problem.ToJsonString().Length < 20_000, "the problem lists each limit once, not every entry");
        Assert.Equal(before, JsonNode.Parse(await enterprise.GetStringAsync("api/filings"))!.AsArray().Count);
    }

    [Fact]
    public async Task CreateFiling_DuplicateFieldsAndRecipients_422NamingTheRepeatsOnceWithinTheLimits()
    {
        var enterprise = await platform.As(DemoAccounts.EnterpriseA);
        var before = JsonNode.Parse(await enterprise.GetStringAsync("api/filings"))!.AsArray().Count;
        var request = ApiTests.NewFiling() with
        {
            Fields = [.. Enumerable.Repeat("medical-imaging", 5_000), "blood-test"],
            Recipients = [new("Novum Pharma AG", "CH"), new("novum pharma ag ", "CH")],
        };
        var problem = await ApiTests.ProblemAsync(await enterprise.PostAsJsonAsync("api/filings", request), HttpStatusCode.UnprocessableEntity);
        var errors = problem["errors"]!.AsObject();
        // The 199 repeats within the limit are said once, with how many and the first three.
        Assert.Contains("is filed twice (as fields[0]) (199 times: fields[1], fields[2], fields[3] and 196 more)", errors["fields"]!.AsArray().Select(m => m!.ToString()));
        Assert.False(errors.ContainsKey("fields[1]"), "each repeat is not listed one by one: " + errors.ToJsonString());
        Assert.Contains("twice (as recipients[0])", errors["recipients[1]"]![0]!.ToString(), StringComparison.Ordinal);
        Assert.True(errors.ContainsKey("fields"), "the oversized list is named once: " + errors.ToJsonString());
        Assert.False(errors.ContainsKey($"fields[{InputLimits.Fields}]"), "repeats beyond the limit are not listed one by one");
        Assert.Equal(before, JsonNode.Parse(await enterprise.GetStringAsync("api/filings"))!.AsArray().Count);
    }

    [Fact]
    public async Task Return_NoteTooLong_422OnNote()
    {
        var enterprise = await platform.As(DemoAccounts.EnterpriseA);
        var id = (string)(await ApiTests.Json(await enterprise.PostAsJsonAsync("api/filings", ApiTests.NewFiling()), HttpStatusCode.Created))["id"]!;
        await ApiTests.Json(await enterprise.PostAsync($"api/filings/{id}/submit", null), HttpStatusCode.OK);
        var officer = await platform.As(DemoAccounts.Daxing);
        var problem = await ApiTests.ProblemAsync(
            await officer.PostAsJsonAsync($"api/filings/{id}/return-for-correction", new { note = new string('注', InputLimits.Text + 1) }),
            HttpStatusCode.UnprocessableEntity);
        Assert.True(problem["errors"]!.AsObject().ContainsKey("note"));
    }

    [Fact]
    public async Task ApplyForList_StatementTooLong_422OnStatement()
    {
        var enterprise = await platform.As(DemoAccounts.EnterpriseB);
        var problem = await ApiTests.ProblemAsync(
            await enterprise.PostAsJsonAsync("api/applications", new { listEdition = "beijing-ftz/2024", statement = new string('述', InputLimits.Text + 1) }),
            HttpStatusCode.UnprocessableEntity);
        Assert.True(problem["errors"]!.AsObject().ContainsKey("statement"));
    }

    [Fact]
    public async Task OpenApi_StatesTheLimits()
    {
        using var client = platform.Anonymous();
        var document = JsonNode.Parse(await client.GetStringAsync("openapi/v1.json"))!;
        var schemas = document["components"]!["schemas"]!;
        var filing = schemas["FilingRequest"]!["properties"]!;
        Assert.Equal(InputLimits.Title, (int?)filing["title"]!["maxLength"]);
        Assert.Equal(InputLimits.Fields, (int?)filing["fields"]!["maxItems"]);
        Assert.Equal(InputLimits.Recipients, (int?)filing["recipients"]!["maxItems"]);
        Assert.Equal(InputLimits.Text, (int?)filing["purpose"]!["maxLength"]);
        Assert.Equal(InputLimits.Name, (int?)schemas["RecipientBody"]!["properties"]!["name"]!["maxLength"]);
    }
}

[Collection(SqlitePlatformCollection.Name)]
public sealed class SqliteInputLimitsTests(SqlitePlatformFixture platform) : InputLimitsTests(platform)
{
    [Fact]
    public async Task OfficerDashboard_LongQueue_PagedWithLinks()
    {
        var enterprise = await platform.As(DemoAccounts.EnterpriseA);
        for (var i = 0; i < 45; i++)
        {
            var id = (string)(await ApiTests.Json(await enterprise.PostAsJsonAsync("api/filings", ApiTests.NewFiling() with { Title = "队列分页 " + i }), HttpStatusCode.Created))["id"]!;
            await ApiTests.Json(await enterprise.PostAsync($"api/filings/{id}/submit", null), HttpStatusCode.OK);
        }

        var officer = await platform.As(DemoAccounts.Daxing);
        var html = await officer.GetStringAsync("/");
        var queue = html[html.IndexOf("data-testid=\"filings\"", StringComparison.Ordinal)..html.IndexOf("</table>", StringComparison.Ordinal)];
        Assert.Equal(20, System.Text.RegularExpressions.Regex.Count(queue, "<tr>") - 1);
        Assert.Contains("data-testid=\"pager-queue\"", html, StringComparison.Ordinal);
        Assert.Contains("?queue=2", html, StringComparison.Ordinal);
        var second = await officer.GetStringAsync("/?queue=2");
        Assert.Contains("第 2 /", second, StringComparison.Ordinal);
    }
}

[Collection(PostgresPlatformCollection.Name)]
public sealed class PostgresInputLimitsTests(PostgresPlatformFixture platform) : InputLimitsTests(platform);
