using System.Net;
using System.Text.Json.Nodes;
using Chujing.Web.Demo;
using static Chujing.Web.Tests.ConsistencyApiTests;

namespace Chujing.Web.Tests.Consistency;

/// <summary>
/// A bad filter of the deviations list is never silently no filter: the page says in Chinese which filter (by its
/// label) is wrong and lists nothing, the API answers a problem with messagesZh naming it; good filters narrow.
/// Same tests on SQLite and PostgreSQL.
/// </summary>
public abstract class DeviationFilterTests(PlatformFixture platform)
{
    [Theory]
    [InlineData("severity=grave", "严重程度：“grave”不是严重程度")]
    [InlineData("from=2026-13-01", "日期起：")]
    [InlineData("to=yesterday", "日期止：")]
    [InlineData("zone=paris", "自贸组团：")]
    [InlineData("processor=123", "数据处理者：")]
    public async Task Page_BadFilter_SaysWhichFilterInChinese_AndListsNothing(string query, string expected)
    {
        var (id, uscc, enterprise) = await ApprovedFilingAsync(platform, "filter-" + query[..4]);
        await ApiTests.Json(await enterprise.PostAsync("api/evidence", Body(Event(uscc, id, "Shadow Analytics Ltd", "CH", "filter-" + query))), HttpStatusCode.OK);
        var city = await platform.As(DemoAccounts.City);
        var response = await city.GetAsync("Deviations?" + query);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("data-testid=\"filter-problems\"", html, StringComparison.Ordinal);
        Assert.Contains("筛选条件有误", html, StringComparison.Ordinal);
        Assert.Contains(expected, html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"deviations\"", html, StringComparison.Ordinal);
    }

    // Regression: /Deviations?status=zzz answered "“zzz”不是备案状态" (the filings list's filters were parsed), and
    // status=approved was silently no filter. No events are posted: the shared demo platform's first page stays as it is.
    [Theory]
    [InlineData("status=zzz", "状态：不是偏差列表的筛选条件（仅用于备案列表）")]
    [InlineData("status=approved", "状态：不是偏差列表的筛选条件（仅用于备案列表）")]
    [InlineData("pathway=exempt", "出境路径：不是偏差列表的筛选条件（仅用于备案列表）")]
    [InlineData("entity=filing", "对象类型：不是偏差列表的筛选条件（仅用于审计日志）")]
    [InlineData("q=abc", "搜索：不是偏差列表的筛选条件")]
    public async Task Page_FilterOfAnotherList_IsRefusedByItsLabel_NotParsedAsThatList(string query, string expected)
    {
        var city = await platform.As(DemoAccounts.City);
        var response = await city.GetAsync("Deviations?" + query);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("data-testid=\"filter-problems\"", html, StringComparison.Ordinal);
        Assert.Contains(expected, html, StringComparison.Ordinal);
        Assert.DoesNotContain("不是备案状态", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"deviations\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("status=zzz", "status", "状态：")]
    [InlineData("pathway=exempt&severity=grave", "pathway", "出境路径：")]
    [InlineData("entityId=F-1", "entityId", "对象编号：")]
    public async Task Api_FilterOfAnotherList_ProblemNamingTheParameter(string query, string parameter, string zh)
    {
        var city = await platform.As(DemoAccounts.City);
        var problem = await ApiTests.ProblemAsync(await city.GetAsync("api/deviations?" + query), HttpStatusCode.UnprocessableEntity);
        Assert.True(problem["errors"]!.AsObject().ContainsKey(parameter), problem.ToJsonString());
        Assert.Contains(problem["messagesZh"]!.AsArray(), m => ((string?)m)!.StartsWith(zh + "不是偏差列表的筛选条件", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("severity=grave", "severity", HttpStatusCode.UnprocessableEntity, "严重程度：")]
    [InlineData("from=2026-13-01", "from", HttpStatusCode.BadRequest, "日期起：")]
    [InlineData("zone=paris", "zone", HttpStatusCode.UnprocessableEntity, "自贸组团：")]
    public async Task Api_BadFilter_ProblemNamingTheParameter_WithMessagesZh(string query, string parameter, HttpStatusCode status, string zh)
    {
        var city = await platform.As(DemoAccounts.City);
        var problem = await ApiTests.ProblemAsync(await city.GetAsync("api/deviations?" + query), status);
        Assert.True(problem["errors"]!.AsObject().ContainsKey(parameter), problem.ToJsonString());
        Assert.Contains(problem["messagesZh"]!.AsArray(), m => ((string?)m)!.StartsWith(zh, StringComparison.Ordinal));
    }

    [Fact]
    public async Task GoodFilters_Narrow_ByZoneAndDate()
    {
        var (id, uscc, enterprise) = await ApprovedFilingAsync(platform, "filter-narrow");
        await ApiTests.Json(await enterprise.PostAsync("api/evidence", Body(Event(uscc, id, "Shadow Analytics Ltd", "CH", "filter-narrow"))), HttpStatusCode.OK);
        var city = await platform.As(DemoAccounts.City);
        Assert.NotEmpty(await RowsAsync(city, $"filing={id}&from=2026-06-01&to=2026-06-01"));
        Assert.Empty(await RowsAsync(city, $"filing={id}&from=2026-06-02"));
        Assert.Empty(await RowsAsync(city, $"filing={id}&to=2026-05-31"));
        var zone = (string)Assert.Single(await RowsAsync(city, $"filing={id}"))!["zoneGroup"]!;
        Assert.NotEmpty(await RowsAsync(city, $"filing={id}&zone={zone}"));
        var other = zone == "daxing" ? "chaoyang" : "daxing";
        Assert.Empty(await RowsAsync(city, $"filing={id}&zone={other}"));

        var page = WebUtility.HtmlDecode(await city.GetStringAsync($"Deviations?filing={id}&from=2026-06-02"));
        Assert.DoesNotContain("filter-problems", page, StringComparison.Ordinal);
        Assert.Contains("暂无偏差", page, StringComparison.Ordinal);
    }

    private static async Task<JsonArray> RowsAsync(HttpClient client, string query) =>
        JsonNode.Parse(await client.GetStringAsync("api/deviations?" + query))!.AsArray();

    private static StringContent Body(object e) =>
        new(System.Text.Json.JsonSerializer.Serialize(new[] { e }), System.Text.Encoding.UTF8, "application/json");
}

[Collection(SqlitePlatformCollection.Name)]
public sealed class SqliteDeviationFilterTests(SqlitePlatformFixture platform) : DeviationFilterTests(platform);

[Collection(PostgresPlatformCollection.Name)]
public sealed class PostgresDeviationFilterTests(PostgresPlatformFixture platform) : DeviationFilterTests(platform);
