using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Chujing.Web.Demo;

namespace Chujing.Web.Tests.Lists;

/// <summary>
/// The lists' JSON API as their pages are: <c>GET /api/audit</c> takes the audit page's and export's filters (one
/// parser) besides <c>entity</c>, <c>entityId</c> and <c>take</c>, within the caller's tenant only; <c>GET
/// /api/filings</c> answers a page at a time with <c>page</c>/<c>pageSize</c>, still a JSON array, the total in
/// <c>X-Total-Count</c>. Regressions: the audit API ignoring every filter but <c>entity</c>/<c>entityId</c>, and
/// <c>pageSize</c> ignored on filings.
/// </summary>
public abstract class ListApiTests(PlatformFixture platform)
{
    private static readonly string[] Lifecycle = ["approve", "submit", "create"];

    private static readonly string[] Approval = ["approve"];

    [Fact]
    public async Task AuditApi_TakesThePagesFilters_AndHoldsWhatTheExportHolds()
    {
        var (id, uscc, _) = await ConsistencyApiTests.ApprovedFilingAsync(platform, "审计接口筛选");
        var officer = await platform.As(DemoAccounts.Daxing);

        // The search text finds the filing's entries by its id; entityId by exact id; the action's label its approval.
        Assert.Equal(Lifecycle, await ActionsAsync(officer, $"q={id}"));
        Assert.Equal(Lifecycle, await ActionsAsync(officer, $"entityId={id}"));
        Assert.Equal(Approval, await ActionsAsync(officer, $"entityId={id}&q=" + Uri.EscapeDataString("通过")));
        Assert.Empty(await ActionsAsync(officer, $"entityId={id}&entity=processor"));

        // The date range (Beijing days), the processor and the zone group narrow as on the page.
        Assert.Equal(3, (await ActionsAsync(officer, $"entityId={id}&from=2026-06-01&to=2026-06-01")).Count);
        Assert.Empty(await ActionsAsync(officer, $"entityId={id}&from=2026-06-02"));
        Assert.Empty(await ActionsAsync(officer, $"entityId={id}&to=2026-05-31"));
        Assert.Equal(3, (await ActionsAsync(officer, $"entityId={id}&processor={uscc}")).Count);
        var usccB = await ConsistencyApiTests.UsccAsync(await platform.As(DemoAccounts.EnterpriseB));
        Assert.Empty(await ActionsAsync(await platform.As(DemoAccounts.City), $"entityId={id}&processor={usccB}"));
        var city = await platform.As(DemoAccounts.City);
        Assert.Equal(3, (await ActionsAsync(city, $"entityId={id}&zone=daxing")).Count);
        Assert.Empty(await ActionsAsync(city, $"entityId={id}&zone=haidian"));

        // take keeps its meaning: the newest that many.
        Assert.Equal(Approval, await ActionsAsync(officer, $"entityId={id}&take=1"));

        // The export under the same filters holds the same entries.
        var query = $"entity=filing&q={id}&from=2026-06-01&to=2026-06-01";
        var csv = Encoding.UTF8.GetString(await officer.GetByteArrayAsync("api/audit/export.csv?" + query));
        var rows = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries)[1..];
        Assert.Equal(await ActionsAsync(officer, query), [.. rows.Select(r => r[(r.LastIndexOf(',') + 1)..])]);

        // The page links its export with the entity's id, and keeps it when filtered again.
        var page = WebUtility.HtmlDecode(await officer.GetStringAsync($"Audit?entityId={id}"));
        Assert.Contains($"/api/audit/export.csv?entityId={id}", page, StringComparison.Ordinal);
        Assert.Contains($"name=\"entityId\" value=\"{id}\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AuditApi_Filters_NeverWidenTheTenant_AndDraftsStayTheEnterprises()
    {
        var (id, uscc, enterprise) = await ConsistencyApiTests.ApprovedFilingAsync(platform, "审计接口租户");
        var draft = (string)(await ApiTests.Json(await enterprise.PostAsJsonAsync("api/filings", ApiTests.NewFiling() with { Title = "审计接口草稿" }), HttpStatusCode.Created))["id"]!;

        var haidian = await platform.As(DemoAccounts.Haidian);
        foreach (var query in (string[])[$"entityId={id}", $"q={id}", "zone=daxing", $"processor={uscc}", $"entity=filing&entityId={id}&from=2026-06-01&to=2026-06-01"])
        {
            var entries = await EntriesAsync(haidian, query);
            Assert.All(entries, e => Assert.Equal("haidian", (string?)e!["zoneGroup"]));
            Assert.DoesNotContain(entries, e => (string?)e!["entityId"] == id);
        }

        var daxing = await platform.As(DemoAccounts.Daxing);
        var city = await platform.As(DemoAccounts.City);
        foreach (var client in (HttpClient[])[daxing, city])
        {
            foreach (var query in (string[])[$"entityId={draft}", $"q={draft}", $"entity=filing&q={draft}&processor={uscc}&from=2026-06-01"])
            {
                Assert.Empty(await EntriesAsync(client, query));
            }
        }

        // The enterprise has no audit log of its own to read.
        Assert.Equal(HttpStatusCode.Forbidden, (await enterprise.GetAsync($"api/audit?entityId={draft}")).StatusCode);
    }

    [Theory]
    [InlineData("from=2026-13-01", "from", HttpStatusCode.BadRequest, "日期起：")]
    [InlineData("to=yesterday", "to", HttpStatusCode.BadRequest, "日期止：")]
    [InlineData("entity=flling", "entity", HttpStatusCode.BadRequest, "对象类型：")]
    [InlineData("processor=123", "processor", HttpStatusCode.BadRequest, "数据处理者：")]
    [InlineData("take=abc", "take", HttpStatusCode.BadRequest, "abc")]
    [InlineData("zone=paris", "zone", HttpStatusCode.UnprocessableEntity, "自贸组团：")]
    [InlineData("from=2026-06-02&to=2026-06-01", "to", HttpStatusCode.UnprocessableEntity, "日期止：")]
    public async Task AuditApi_BadFilter_ProblemNamingTheParameter_InChineseToo(string query, string parameter, HttpStatusCode status, string zh)
    {
        var officer = await platform.As(DemoAccounts.Daxing);
        var problem = await ApiTests.ProblemAsync(await officer.GetAsync("api/audit?" + query), status);
        Assert.True(problem["errors"]!.AsObject().ContainsKey(parameter), problem.ToJsonString());
        Assert.Contains(problem["messagesZh"]!.AsArray(), m => ((string?)m)!.Contains(zh, StringComparison.Ordinal));
    }

    [Fact]
    public async Task AuditApi_TooLongTexts_RefusedWithTheirLimits()
    {
        var officer = await platform.As(DemoAccounts.Daxing);
        var problem = await ApiTests.ProblemAsync(await officer.GetAsync($"api/audit?q={new string('备', 101)}&entityId={new string('F', 65)}"), HttpStatusCode.UnprocessableEntity);
        Assert.Contains("at most 100", problem["errors"]!["q"]![0]!.ToString(), StringComparison.Ordinal);
        Assert.Contains("at most 64", problem["errors"]!["entityId"]![0]!.ToString(), StringComparison.Ordinal);
        Assert.Contains(problem["messagesZh"]!.AsArray(), m => ((string?)m)!.StartsWith("对象编号：", StringComparison.Ordinal));
    }

    [Fact]
    public async Task FilingsApi_PageAndPageSize_AnswerOnePage_StillAnArray_WithTheTotalInAHeader()
    {
        var enterprise = await platform.As(DemoAccounts.EnterpriseA);
        var tag = "分页" + Guid.NewGuid().ToString("N")[..8];
        for (var i = 0; i < 3; i++)
        {
            await ApiTests.Json(await enterprise.PostAsJsonAsync("api/filings", ApiTests.NewFiling() with { Title = tag + i }), HttpStatusCode.Created);
        }

        var (all, total) = await FilingsAsync(enterprise, $"q={tag}");
        Assert.Equal(3, all.Count);
        Assert.Equal(3, total);

        var (first, firstTotal) = await FilingsAsync(enterprise, $"q={tag}&pageSize=2");
        var (second, secondTotal) = await FilingsAsync(enterprise, $"q={tag}&pageSize=2&page=2");
        Assert.Equal(all[..2], first);
        Assert.Equal(all[2..], second);
        Assert.Equal(3, firstTotal);
        Assert.Equal(3, secondTotal);
        Assert.Equal((List<string>)[], (await FilingsAsync(enterprise, $"q={tag}&pageSize=2&page=3")).Ids);
        Assert.Equal(all, (await FilingsAsync(enterprise, $"q={tag}&page=1")).Ids);

        // Paging is within the caller's scope: another enterprise's page of the same search is empty, and says so.
        var other = await FilingsAsync(await platform.As(DemoAccounts.EnterpriseB), $"q={tag}&page=1&pageSize=2");
        Assert.Empty(other.Ids);
        Assert.Equal(0, other.Total);
    }

    [Theory]
    [InlineData("pageSize=0", "pageSize", HttpStatusCode.UnprocessableEntity)]
    [InlineData("pageSize=1001", "pageSize", HttpStatusCode.UnprocessableEntity)]
    [InlineData("page=0", "page", HttpStatusCode.UnprocessableEntity)]
    [InlineData("page=100001&pageSize=1", "page", HttpStatusCode.UnprocessableEntity)]
    [InlineData("pageSize=abc", "pageSize", HttpStatusCode.BadRequest)]
    [InlineData("page=1.5", "page", HttpStatusCode.BadRequest)]
    public async Task FilingsApi_BadPage_ProblemNamingTheParameter(string query, string parameter, HttpStatusCode status)
    {
        var officer = await platform.As(DemoAccounts.Daxing);
        var problem = await ApiTests.ProblemAsync(await officer.GetAsync("api/filings?" + query), status);
        Assert.True(problem["errors"]!.AsObject().ContainsKey(parameter), problem.ToJsonString());
        Assert.NotEmpty(problem["messagesZh"]!.AsArray());
    }

    [Fact]
    public async Task FilingsApi_BadPageAndBadFilter_BothReportedAtOnce()
    {
        var officer = await platform.As(DemoAccounts.Daxing);
        var problem = await ApiTests.ProblemAsync(await officer.GetAsync("api/filings?zone=paris&pageSize=0"), HttpStatusCode.UnprocessableEntity);
        var errors = problem["errors"]!.AsObject();
        Assert.True(errors.ContainsKey("zone") && errors.ContainsKey("pageSize"), problem.ToJsonString());
        Assert.Contains(problem["messagesZh"]!.AsArray(), m => ((string?)m)!.Contains("每页条数", StringComparison.Ordinal));
    }

    [Fact]
    public async Task OpenApi_StatesTheListFilters_ThePaging_TheBoundAndTheTotalHeader()
    {
        var paths = JsonNode.Parse(await (await platform.As(DemoAccounts.Daxing)).GetStringAsync("openapi/v1.json"))!["paths"]!;
        var audit = paths["/api/audit"]!["get"]!;
        Assert.Superset(new HashSet<string?> { "q", "entity", "entityId", "processor", "zone", "from", "to", "take" }, Names(audit));
        var filings = paths["/api/filings"]!["get"]!;
        Assert.Superset(new HashSet<string?> { "q", "status", "processor", "zone", "pathway", "from", "to", "page", "pageSize" }, Names(filings));
        Assert.Contains("at most the first 1000", (string?)filings["description"], StringComparison.Ordinal);
        Assert.NotNull(filings["responses"]!["200"]!["headers"]!["X-Total-Count"]);
        Assert.Superset(new HashSet<string?> { "q", "entity", "entityId" }, Names(paths["/api/audit/export.csv"]!["get"]!));
    }

    private static HashSet<string?> Names(JsonNode operation) =>
        [.. operation["parameters"]!.AsArray().Select(p => (string?)p!["name"])];

    private static async Task<JsonArray> EntriesAsync(HttpClient client, string query)
    {
        var response = await client.GetAsync("api/audit?" + query);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"api/audit?{query}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsArray();
    }

    private static async Task<List<string>> ActionsAsync(HttpClient client, string query) =>
        [.. (await EntriesAsync(client, query)).Select(e => (string)e!["action"]!)];

    private static async Task<(List<string> Ids, int Total)> FilingsAsync(HttpClient client, string query)
    {
        var response = await client.GetAsync("api/filings?" + query);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var ids = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsArray().Select(f => (string)f!["id"]!).ToList();
        return (ids, int.Parse(Assert.Single(response.Headers.GetValues("X-Total-Count")), System.Globalization.CultureInfo.InvariantCulture));
    }
}

[Collection(SqlitePlatformCollection.Name)]
public sealed class SqliteListApiTests(SqlitePlatformFixture platform) : ListApiTests(platform);

[Collection(PostgresPlatformCollection.Name)]
public sealed class PostgresListApiTests(PostgresPlatformFixture platform) : ListApiTests(platform);
