using System.Net;
using System.Text.Json.Nodes;
using Chujing.Web.Demo;

namespace Chujing.Web.Tests.Lists;

/// <summary>
/// <c>GET /api/evidence/records</c> pages as <c>GET /api/filings</c> does (page, pageSize, X-Total-Count), and
/// <c>take</c> keeps working. Same tests on SQLite and PostgreSQL.
/// </summary>
public abstract class EvidenceRecordPagingTests(PlatformFixture platform)
{
    [Fact]
    public async Task PageAndPageSize_AnswerOnePage_WithTheTotalInTheHeader()
    {
        var enterprise = await platform.As(DemoAccounts.EnterpriseA);
        var all = await GetAsync(enterprise, "api/evidence/records?take=1000");
        var total = int.Parse(Assert.Single(all.Response.Headers.GetValues("X-Total-Count")), System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(all.Rows.Count, total);
        Assert.True(total >= 3, $"the demo has {total} records");

        var first = await GetAsync(enterprise, "api/evidence/records?page=1&pageSize=2");
        var second = await GetAsync(enterprise, "api/evidence/records?page=2&pageSize=2");
        Assert.Equal(2, first.Rows.Count);
        Assert.Equal(total.ToString(System.Globalization.CultureInfo.InvariantCulture), Assert.Single(second.Response.Headers.GetValues("X-Total-Count")));
        Assert.Equal(Ids(all.Rows).Take(2), Ids(first.Rows));
        Assert.Equal(Ids(all.Rows).Skip(2).Take(2), Ids(second.Rows));

        var byDefault = await GetAsync(enterprise, "api/evidence/records?page=1");
        Assert.Equal(Math.Min(20, total), byDefault.Rows.Count);

        var taken = await GetAsync(enterprise, "api/evidence/records?take=1");
        Assert.Equal(Ids(all.Rows).Take(1), Ids(taken.Rows));
        Assert.Equal(total.ToString(System.Globalization.CultureInfo.InvariantCulture), Assert.Single(taken.Response.Headers.GetValues("X-Total-Count")));
    }

    [Theory]
    [InlineData("pageSize=0", "pageSize", HttpStatusCode.UnprocessableEntity)]
    [InlineData("pageSize=5000", "pageSize", HttpStatusCode.UnprocessableEntity)]
    [InlineData("page=0", "page", HttpStatusCode.UnprocessableEntity)]
    [InlineData("pageSize=abc", "pageSize", HttpStatusCode.BadRequest)]
    public async Task BadPaging_IsAProblemNamingTheParameter(string query, string parameter, HttpStatusCode status)
    {
        var enterprise = await platform.As(DemoAccounts.EnterpriseA);
        var problem = await ApiTests.ProblemAsync(await enterprise.GetAsync("api/evidence/records?" + query), status);
        Assert.NotNull(problem["errors"]![parameter]);
    }

    private static IEnumerable<long> Ids(JsonArray rows) => rows.Select(r => (long)r!["id"]!);

    private static async Task<(HttpResponseMessage Response, JsonArray Rows)> GetAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (response, JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsArray());
    }
}

[Collection(SqlitePlatformCollection.Name)]
public sealed class SqliteEvidenceRecordPagingTests(SqlitePlatformFixture platform) : EvidenceRecordPagingTests(platform);

[Collection(PostgresPlatformCollection.Name)]
public sealed class PostgresEvidenceRecordPagingTests(PostgresPlatformFixture platform) : EvidenceRecordPagingTests(platform);
