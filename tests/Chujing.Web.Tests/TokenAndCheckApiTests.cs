using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Chujing.Persistence;
using Chujing.Web.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Chujing.Web.Tests;

/// <summary>
/// <c>POST /api/check</c> at an export gateway and the API tokens machine clients call it with: made (shown once),
/// used without a cookie, scoped, revoked → 401, audited. Same tests on SQLite and PostgreSQL.
/// </summary>
public abstract class TokenAndCheckApiTests(PlatformFixture platform)
{
    private readonly PlatformFixture _platform = platform;

    [Fact]
    public async Task Token_UsedWithoutACookie_ChecksRecordsAndReadsOnlyItsProcessor_ThenRevokedIs401()
    {
        var (id, uscc, enterprise) = await ConsistencyApiTests.ApprovedFilingAsync(_platform, "token");
        var created = await ApiTests.Json(await enterprise.PostAsJsonAsync("api/tokens", new { name = "出境网关" }), HttpStatusCode.Created);
        var token = (string)created["token"]!;
        var tokenId = (int)created["id"]!;
        Assert.StartsWith("chj_", token, StringComparison.Ordinal);

        using var gateway = Bearer(token);
        var check = await ApiTests.Json(await gateway.PostAsJsonAsync("api/check", new[] { ConsistencyApiTests.Event(uscc, id, "Novum Pharma AG", "CH", "token-1") }), HttpStatusCode.OK);
        Assert.True((bool)check["results"]![0]!["allowed"]!);
        var receipt = await ApiTests.Json(await gateway.PostAsJsonAsync("api/evidence", new[] { ConsistencyApiTests.Event(uscc, id, "Novum Pharma AG", "CH", "token-1") }), HttpStatusCode.OK);
        Assert.Single(receipt["leafIndexes"]!.AsArray());
        var filings = JsonNode.Parse(await gateway.GetStringAsync("api/filings"))!.AsArray();
        Assert.All(filings, f => Assert.Equal(uscc, (string?)f!["processor"]));
        Assert.Equal(HttpStatusCode.Forbidden, (await gateway.GetAsync("api/tokens")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await gateway.PostAsJsonAsync("api/filings", ApiTests.NewFiling())).StatusCode);

        // The token is stored hashed and its last use recorded; listing never shows it again.
        var listed = JsonNode.Parse(await enterprise.GetStringAsync("api/tokens"))!.AsArray().Single(t => (int)t!["id"]! == tokenId)!;
        Assert.Null(listed["token"]);
        Assert.NotNull(listed["lastUsedAt"]);
        var lastUsed = DateTimeOffset.Parse((string)listed["lastUsedAt"]!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(0, lastUsed.Ticks % TimeSpan.TicksPerMinute);
        using (var scope = _platform.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ChujingDbContext>();
            var row = await db.ApiTokens.SingleAsync(t => t.Id == tokenId);
            Assert.NotEqual(token, row.TokenHash);
            Assert.Equal(64, row.TokenHash.Length);
        }

        Assert.Equal(HttpStatusCode.NoContent, (await enterprise.DeleteAsync($"api/tokens/{tokenId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await gateway.PostAsJsonAsync("api/check", new[] { ConsistencyApiTests.Event(uscc, id, "Novum Pharma AG", "CH", "token-2") })).StatusCode);
        var refused = await ApiTests.ProblemAsync(await gateway.GetAsync("api/filings"), HttpStatusCode.Unauthorized);
        Assert.StartsWith("访问令牌无效、已撤销或已过期", (string)refused["detail"]!, StringComparison.Ordinal);

        var audit = JsonNode.Parse(await (await _platform.As(DemoAccounts.Daxing)).GetStringAsync($"api/audit?entity=api-token&entityId={tokenId}"))!.AsArray();
        Assert.Equal(["revoke", "create"], audit.Select(a => (string?)a!["action"]));
    }

    [Fact]
    public async Task TokenList_LastUse_StatedToTheMinute()
    {
        var enterprise = await _platform.As(DemoAccounts.EnterpriseA);
        var tokenId = (int)(await ApiTests.Json(await enterprise.PostAsJsonAsync("api/tokens", new { name = "分钟网关" }), HttpStatusCode.Created))["id"]!;
        var used = new DateTimeOffset(2026, 5, 4, 10, 42, 17, TimeSpan.Zero).AddTicks(3_850_000);
        using (var scope = _platform.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ChujingDbContext>();
            await db.ApiTokens.Where(t => t.Id == tokenId).ExecuteUpdateAsync(u => u.SetProperty(t => t.LastUsedAt, used));
        }

        var listed = JsonNode.Parse(await enterprise.GetStringAsync("api/tokens"))!.AsArray().Single(t => (int)t!["id"]! == tokenId)!;
        Assert.Equal(new DateTimeOffset(2026, 5, 4, 10, 42, 0, TimeSpan.Zero), DateTimeOffset.Parse((string)listed["lastUsedAt"]!, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task TokenAudit_TheEnterpriseReadsItsOwnTokensOnly()
    {
        var enterprise = await _platform.As(DemoAccounts.EnterpriseA);
        var tokenId = (int)(await ApiTests.Json(await enterprise.PostAsJsonAsync("api/tokens", new { name = "审计网关" }), HttpStatusCode.Created))["id"]!;
        var other = await _platform.As(DemoAccounts.EnterpriseB);
        var otherId = (int)(await ApiTests.Json(await other.PostAsJsonAsync("api/tokens", new { name = "他人网关" }), HttpStatusCode.Created))["id"]!;

        var own = JsonNode.Parse(await enterprise.GetStringAsync("api/audit?entity=api-token"))!.AsArray();
        Assert.Contains(own, a => (string?)a!["entityId"] == tokenId.ToString(System.Globalization.CultureInfo.InvariantCulture) && (string?)a["action"] == "create");
        Assert.DoesNotContain(own, a => (string?)a!["entityId"] == otherId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.All(own, a => Assert.Equal("api-token", (string?)a!["entity"]));
        Assert.Empty(JsonNode.Parse(await enterprise.GetStringAsync($"api/audit?entity=api-token&entityId={otherId}"))!.AsArray());

        // Nothing else of the log: not the filings', not the unfiltered log.
        await ApiTests.ProblemAsync(await enterprise.GetAsync("api/audit"), HttpStatusCode.Forbidden);
        await ApiTests.ProblemAsync(await enterprise.GetAsync("api/audit?entity=filing"), HttpStatusCode.Forbidden);
        await ApiTests.ProblemAsync(await enterprise.GetAsync("api/audit/export.csv?entity=api-token"), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Token_AnotherProcessorsTokenOrEvents_AreRefused()
    {
        var enterpriseB = await _platform.As(DemoAccounts.EnterpriseB);
        var tokenB = (string)(await ApiTests.Json(await enterpriseB.PostAsJsonAsync("api/tokens", new { name = "B gateway" }), HttpStatusCode.Created))["token"]!;
        var usccA = await ConsistencyApiTests.UsccAsync(await _platform.As(DemoAccounts.EnterpriseA));
        using var gatewayB = Bearer(tokenB);
        var problem = await ApiTests.ProblemAsync(await gatewayB.PostAsJsonAsync("api/check", new[] { ConsistencyApiTests.Event(usccA, "F-2026-0001", "Novum Pharma AG", "CH", "b-for-a") }), HttpStatusCode.UnprocessableEntity);
        Assert.True(problem["errors"]!.AsObject().ContainsKey("[0].processor"));
        var tokenIdA = (int)(await ApiTests.Json(await (await _platform.As(DemoAccounts.EnterpriseA)).PostAsJsonAsync("api/tokens", new { name = "A" }), HttpStatusCode.Created))["id"]!;
        Assert.Equal(HttpStatusCode.NotFound, (await enterpriseB.DeleteAsync($"api/tokens/{tokenIdA}")).StatusCode);
        using var unknown = Bearer("chj_not-a-token");
        Assert.Equal(HttpStatusCode.Unauthorized, (await unknown.GetAsync("api/filings")).StatusCode);
    }

    [Fact]
    public async Task Token_BadRequest_422NamingTheField()
    {
        var enterprise = await _platform.As(DemoAccounts.EnterpriseA);
        var problem = await ApiTests.ProblemAsync(await enterprise.PostAsJsonAsync("api/tokens", new { name = " ", scopes = new[] { "filings.write" } }), HttpStatusCode.UnprocessableEntity);
        Assert.True(problem["errors"]!.AsObject().ContainsKey("name"));
        Assert.True(problem["errors"]!.AsObject().ContainsKey("scopes[0]"));
    }

    [Fact]
    public async Task Check_AnswersPerEvent_StoresNoEvidence_ChangesNoCounter_RecordsEachCheck()
    {
        var (id, uscc, enterprise) = await ConsistencyApiTests.ApprovedFilingAsync(_platform, "gateway");
        var counters = (await enterprise.GetStringAsync("api/counters"));
        static long Personal(JsonNode c) => (long)c[0]!["personal"]!;
        object[] events =
        [
            ConsistencyApiTests.Event(uscc, id, "Novum Pharma AG", "CH", "gateway-1"),
            ConsistencyApiTests.Event(uscc, id, "Gateway Unfiled Ltd", "CH", "gateway-2"),
            new { processor = uscc, filing = id, time = "2026-06-01T07:00:00Z", recipient = "Novum Pharma AG", country = "CH", fields = new[] { "shoe-size" }, persons = 1, digest = "sha256:00112233445566778899aabbccddeeff" },
        ];
        var answer = await ApiTests.Json(await enterprise.PostAsJsonAsync("api/check", events), HttpStatusCode.OK);
        var results = answer["results"]!.AsArray();
        Assert.Equal([true, false, true], results.Select(r => (bool)r!["allowed"]!));
        Assert.Empty(results[0]!["deviations"]!.AsArray());
        Assert.Equal("recipient-not-filed", (string?)results[1]!["deviations"]![0]!["kind"]);
        Assert.Equal("field-not-listed", (string?)results[2]!["deviations"]![0]!["kind"]);
        Assert.Contains("band-crossed", answer["skipped"]!.AsArray().Select(s => (string?)s));
        Assert.Equal(Personal(JsonNode.Parse(counters)!), Personal(JsonNode.Parse(await enterprise.GetStringAsync("api/counters"))!));
        Assert.Empty(JsonNode.Parse(await enterprise.GetStringAsync($"api/deviations?filing={id}"))!.AsArray());

        using var scope = _platform.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ChujingDbContext>();
        Assert.Equal(0, await db.ExportRecords.CountAsync(r => r.FilingId == id));
        var recorded = await db.GatewayChecks.Where(c => c.FilingId == id).OrderBy(c => c.Id).ToListAsync();
        Assert.Equal([true, false, true], recorded.Select(c => c.Allowed));
        Assert.Equal("sha256:00112233445566778899aabbccddeeff", recorded[2].EventDigest);
        Assert.StartsWith("sha256:", recorded[0].EventDigest, StringComparison.Ordinal);
        Assert.Equal(["recipient-not-filed"], recorded[1].Kinds);
    }

    [Fact]
    public async Task TokensPage_ListsTheEnterprisesTokens_ForbiddenToOfficers()
    {
        var enterprise = await _platform.As(DemoAccounts.EnterpriseA);
        await ApiTests.Json(await enterprise.PostAsJsonAsync("api/tokens", new { name = "页面令牌" }), HttpStatusCode.Created);
        var html = await enterprise.GetStringAsync("Account/Tokens");
        Assert.Contains("data-testid=\"tokens\"", html, StringComparison.Ordinal);
        Assert.Contains("chj_", html, StringComparison.Ordinal);
        var officer = await _platform.As(DemoAccounts.Daxing);
        var denied = await officer.GetAsync("Account/Tokens");
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        Assert.EndsWith("/Account/Tokens", denied.RequestMessage!.RequestUri!.AbsolutePath, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckCommand_OnTheFilingTheApiReturns_GivesTheSameAnswerAsTheGateway()
    {
        var (id, uscc, enterprise) = await ConsistencyApiTests.ApprovedFilingAsync(_platform, "same-answer");
        object[] events =
        [
            ConsistencyApiTests.Event(uscc, id, "Novum Pharma AG", "CH", "same-1"),
            ConsistencyApiTests.Event(uscc, id, "Elsewhere Inc.", "US", "same-2"),
            new { processor = uscc, filing = id, time = "2026-05-01T07:00:00Z", recipient = "Novum Pharma AG", country = "CH", persons = 0, sensitive = true },
        ];
        var answer = await ApiTests.Json(await enterprise.PostAsJsonAsync("api/check", events), HttpStatusCode.OK);
        var folder = Directory.CreateTempSubdirectory("chujing-same-").FullName;
        try
        {
            var filing = Path.Combine(folder, "filing.json");
            await File.WriteAllTextAsync(filing, await enterprise.GetStringAsync($"api/filings/{id}"));
            var lines = string.Join("\n", events.Select(e => System.Text.Json.JsonSerializer.Serialize(e))) + "\n";
            using var output = new StringWriter();
            using var error = new StringWriter();
            var exit = await Chujing.Cli.ChujingCommand.RunAsync(["check", filing, "-", "--json"], new Chujing.Cli.CliContext(output, error, new StringReader(lines), false, _platform.Time));
            Assert.Equal(1, exit);
            var offline = JsonNode.Parse(output.ToString())!["deviations"]!.AsArray().Select(d => $"{d!["event"]}|{d["kind"]}|{d["path"]}|{d["severity"]}|{d["detail"]}").ToList();
            var online = answer["results"]!.AsArray().SelectMany(r => r!["deviations"]!.AsArray()).Select(d => $"{d!["event"]}|{d["kind"]}|{d["path"]}|{d["severity"]}|{d["detail"]}").ToList();
            Assert.NotEmpty(online);
            Assert.Equal(online, offline);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private HttpClient Bearer(string token)
    {
        var client = new HttpClient { BaseAddress = _platform.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}

[Collection(SqlitePlatformCollection.Name)]
public sealed class SqliteTokenAndCheckApiTests(SqlitePlatformFixture platform) : TokenAndCheckApiTests(platform);

[Collection(PostgresPlatformCollection.Name)]
public sealed class PostgresTokenAndCheckApiTests(PostgresPlatformFixture platform) : TokenAndCheckApiTests(platform);
