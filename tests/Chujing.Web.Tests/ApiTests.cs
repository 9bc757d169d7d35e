using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Chujing.Persistence.Accounts;
using Chujing.Web.Demo;
using Chujing.Web.Filings;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Chujing.Web.Tests;

/// <summary>The HTTP API against a running platform; the same tests run on SQLite and on PostgreSQL.</summary>
public abstract partial class ApiTests(PlatformFixture platform)
{
    private async Task<string> NewCityAccountAsync(string tag)
    {
        var email = tag + "-" + platform.ProviderName + "@demo.local";
        await using var scope = platform.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PlatformUser>>();
        var user = new PlatformUser { UserName = email, Email = email, DisplayName = tag, Regulator = "cac" };
        Assert.True((await users.CreateAsync(user, DemoAccounts.Password)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, PlatformRoles.CityRegulator)).Succeeded);
        return email;
    }

    internal static FilingRequest NewFiling() => new()
    {
        Title = "测试备案",
        ListEdition = "beijing-ftz/2024",
        Scenario = "bj-pharma-pharmacovigilance",
        Fields = [],
        Recipients = [new RecipientBody("Novum Pharma AG", "CH")],
        Purpose = "药物警戒",
        Persons = new PersonsBody(1000, 0),
        RetentionMonths = 24,
        SecurityMeasures = "加密传输",
        ValidFrom = new DateOnly(2026, 6, 1),
        ValidUntil = new DateOnly(2027, 5, 31),
    };

    private async Task<(string Id, HttpClient Officer)> SubmittedFilingAsync(FilingRequest? request = null)
    {
        var enterprise = await platform.As(DemoAccounts.EnterpriseA);
        var created = await Json(await enterprise.PostAsJsonAsync("api/filings", request ?? NewFiling()), HttpStatusCode.Created);
        var id = (string)created["id"]!;
        await Json(await enterprise.PostAsync($"api/filings/{id}/submit", null), HttpStatusCode.OK);
        return (id, await platform.As(DemoAccounts.Daxing));
    }

    /// <summary>The anti-forgery token of a page's form (either attribute order), for posting the form as a browser does.</summary>
    internal static string AntiforgeryToken(string page)
    {
        var token = System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"|value=\"([^\"]+)\" name=\"__RequestVerificationToken\"");
        Assert.True(token.Success, "the page has no anti-forgery token");
        return token.Groups[1].Success ? token.Groups[1].Value : token.Groups[2].Value;
    }

    internal static async Task<JsonNode> Json(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode} {response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}: {body}");
        return JsonNode.Parse(body)!;
    }

    internal static async Task<JsonNode> ProblemAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await Json(response, expected);
        var title = (string?)problem["title"];
        Assert.True(title is null || title.Any(c => c is >= '\u4e00' and <= '\u9fff'), $"the problem's title is not Chinese first: {title}");
        if (problem["errors"] is not null && expected is HttpStatusCode.BadRequest or HttpStatusCode.UnprocessableEntity)
        {
            // Every field problem is also said in Chinese, under the forms' labels.
            Assert.Equal(problem["errors"]!.AsObject().Sum(e => e.Value!.AsArray().Count), problem["messagesZh"]!.AsArray().Count);
        }

        // Every problem says what is wrong in Chinese as well (messagesZh), and a detail of its own, Chinese first.
        AssertChinese(problem);
        return problem;
    }

    /// <summary>Asserts that <paramref name="problem"/> says what is wrong in Chinese: <c>messagesZh</c>, and a detail, Chinese first with the English beside.</summary>
    internal static void AssertChinese(JsonNode problem)
    {
        var status = (int?)problem["status"];
        var messages = problem["messagesZh"]?.AsArray();
        Assert.True(messages is { Count: > 0 }, $"the {status} problem has no messagesZh: {problem.ToJsonString()}");
        Assert.All(messages, m => Assert.True(Chujing.Web.Problems.ProblemText.HasChinese((string?)m), $"a message of the {status} problem is not Chinese: {m}"));
        var detail = (string?)problem["detail"];
        Assert.False(string.IsNullOrWhiteSpace(detail), $"the {status} problem has no detail: {problem.ToJsonString()}");
        {
            var beside = detail!.IndexOf(" · ", StringComparison.Ordinal);
            Assert.True(Chujing.Web.Problems.ProblemText.HasChinese(beside > 0 ? detail[..beside] : detail), $"the {status} problem's detail is not Chinese first: {detail}");
            Assert.True(detail.Any(char.IsAsciiLetter), $"the {status} problem's detail has no English beside the Chinese: {detail}");
        }
    }
}

[Collection(SqlitePlatformCollection.Name)]
public sealed class SqliteApiTests(SqlitePlatformFixture platform) : ApiTests(platform);

[Collection(PostgresPlatformCollection.Name)]
public sealed class PostgresApiTests(PostgresPlatformFixture platform) : ApiTests(platform);
