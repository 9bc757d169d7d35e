using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Chujing.Web.Demo;

namespace Chujing.Web.Tests;

/// <summary>
/// Suspension on SQLite and PostgreSQL: an escalated finding suspends its filing (audited, with the reason), the
/// gateway check and evidence then answer exports under it as not in force citing the policy, the filing page and
/// list show it, and the suspension is lifted only once the finding's rectification is accepted.
/// </summary>
public abstract class SuspensionApiTests(PlatformFixture platform)
{
    [Fact]
    public async Task EscalationSuspends_GatewayBlocks_LiftedAfterAcceptedRectification()
    {
        var enterprise = await platform.As(DemoAccounts.EnterpriseA);
        var officer = await platform.As(DemoAccounts.Daxing);
        var filing = (string)(await ApiTests.Json(await enterprise.PostAsJsonAsync("api/filings", ApiTests.NewFiling() with { Title = "暂停测试备案" }), HttpStatusCode.Created))["id"]!;
        await ApiTests.Json(await enterprise.PostAsync($"api/filings/{filing}/submit", null), HttpStatusCode.OK);
        await ApiTests.Json(await officer.PostAsJsonAsync($"api/filings/{filing}/approve", new { }), HttpStatusCode.OK);
        var uscc = (string)JsonNode.Parse(await enterprise.GetStringAsync($"api/filings/{filing}"))!["processor"]!;
        var person = 0;
        object Export(string recipient) => new
        {
            processor = uscc, filing, time = "2026-06-01T06:00:00Z", recipient, country = "CH", scenario = "bj-pharma-pharmacovigilance", persons = 1,
            personKeys = new[] { "sha256:" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(filing + "/" + person++))) },
        };

        // Allowed before; one export to an unfiled recipient is logged and becomes a finding of a spot check.
        Assert.True((bool)(await ApiTests.Json(await enterprise.PostAsJsonAsync("api/check", new[] { Export("Novum Pharma AG") }), HttpStatusCode.OK))["results"]![0]!["allowed"]!);
        await ApiTests.Json(await enterprise.PostAsJsonAsync("api/evidence", new[] { Export("Unfiled Labs AG") }), HttpStatusCode.OK);
        var check = await ApiTests.Json(await officer.PostAsJsonAsync("api/spot-checks", new { from = "2026-06-01", to = "2026-06-01", filings = 1000, recordsPerFiling = 1000 }), HttpStatusCode.Created);
        await ApiTests.Json(await officer.PostAsJsonAsync($"api/spot-checks/{check["id"]}/draw", new { seed = "suspension-seed-000000000001" }), HttpStatusCode.OK);
        var findings = (await ApiTests.Json(await officer.PostAsync($"api/spot-checks/{check["id"]}/run", null), HttpStatusCode.OK))["findings"]!.AsArray()
            .Where(f => (string?)f!["filing"] == filing).Select(f => (string)f!["id"]!).ToList();
        Assert.NotEmpty(findings);

        // Escalated with a suspension: the finding and the filing change together, each audited with the reason.
        var refused = await ApiTests.ProblemAsync(await officer.PostAsJsonAsync($"api/findings/{findings[0]}/escalate", new { note = "x", filingAction = "pause" }), HttpStatusCode.UnprocessableEntity);
        Assert.NotNull(refused["errors"]!["filingAction"]);
        var escalated = await ApiTests.Json(await officer.PostAsJsonAsync($"api/findings/{findings[0]}/escalate", new { note = "接收方未备案且未说明", filingAction = "suspend" }), HttpStatusCode.OK);
        Assert.Equal("escalated", (string?)escalated["status"]);
        var suspended = JsonNode.Parse(await enterprise.GetStringAsync($"api/filings/{filing}"))!;
        Assert.Equal("suspended", (string?)suspended["status"]);
        Assert.Contains(findings[0], (string?)suspended["reviewNote"], StringComparison.Ordinal);
        var audit = JsonNode.Parse(await officer.GetStringAsync($"api/audit?entity=filing&entityId={filing}"))!.AsArray();
        Assert.Contains(audit, a => (string?)a!["action"] == "suspend");

        // The gateway blocks, citing the suspension as platform policy; evidence records the export and the deviation.
        var blocked = (await ApiTests.Json(await enterprise.PostAsJsonAsync("api/check", new[] { Export("Novum Pharma AG") }), HttpStatusCode.OK))["results"]![0]!;
        Assert.False((bool)blocked["allowed"]!);
        var deviation = Assert.Single(blocked["deviations"]!.AsArray())!;
        Assert.Equal("filing-not-in-force", (string?)deviation["kind"]);
        Assert.Equal("serious", (string?)deviation["severity"]);
        Assert.Contains("已暂停", (string?)deviation["detail"], StringComparison.Ordinal);
        Assert.Contains(deviation["basis"]!.AsArray(), b => (string?)b!["rule"] == "chujing#filing-suspension");
        var logged = await ApiTests.Json(await enterprise.PostAsJsonAsync("api/evidence", new[] { Export("Novum Pharma AG") }), HttpStatusCode.OK);
        Assert.Contains(logged["deviations"]!.AsArray(), d => (string?)d!["kind"] == "filing-not-in-force");
        Assert.Single(logged["leafIndexes"]!.AsArray());

        // The filing page and the list show it.
        var page = await enterprise.GetStringAsync($"Filings/Details/{filing}");
        Assert.Contains("data-testid=\"suspended\"", page, StringComparison.Ordinal);
        Assert.Contains("已暂停", page, StringComparison.Ordinal);
        Assert.Contains(JsonNode.Parse(await officer.GetStringAsync("api/filings?status=suspended"))!.AsArray(), f => (string?)f!["id"] == filing);
        Assert.Contains("action-reinstate", await officer.GetStringAsync($"Filings/Details/{filing}"), StringComparison.Ordinal);

        // Not lifted while a finding behind it is unrectified; the enterprise cannot lift it.
        var early = await ApiTests.ProblemAsync(await officer.PostAsJsonAsync($"api/filings/{filing}/reinstate", new { note = "已整改" }), HttpStatusCode.UnprocessableEntity);
        Assert.Contains(findings[0], early.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await enterprise.PostAsJsonAsync($"api/filings/{filing}/reinstate", new { note = "x" })).StatusCode);

        // The enterprise answers every finding of the filing (the escalated one too); the officer accepts them.
        foreach (var id in findings)
        {
            await ApiTests.Json(await enterprise.PostAsJsonAsync($"api/findings/{id}/rectification", new { rootCause = "网关未同步接收方名单", measures = "网关只允许备案列明的接收方" }), HttpStatusCode.OK);
            var accepted = await ApiTests.Json(await officer.PostAsJsonAsync($"api/findings/{id}/accept", new { note = "措施可行" }), HttpStatusCode.OK);
            Assert.Contains((string)accepted["status"]!, new[] { "closed", "recheck-pending" });
        }

        Assert.Equal("note", (string?)(await ApiTests.ProblemAsync(await officer.PostAsJsonAsync($"api/filings/{filing}/reinstate", new { }), HttpStatusCode.UnprocessableEntity))["errors"]!.AsObject().Single().Key);
        var lifted = await ApiTests.Json(await officer.PostAsJsonAsync($"api/filings/{filing}/reinstate", new { note = "整改已通过，解除暂停" }), HttpStatusCode.OK);
        Assert.Equal("approved", (string?)lifted["status"]);
        Assert.Contains(JsonNode.Parse(await officer.GetStringAsync($"api/audit?entity=filing&entityId={filing}"))!.AsArray(), a => (string?)a!["action"] == "reinstate");
        Assert.True((bool)(await ApiTests.Json(await enterprise.PostAsJsonAsync("api/check", new[] { Export("Novum Pharma AG") }), HttpStatusCode.OK))["results"]![0]!["allowed"]!);
        Assert.DoesNotContain("data-testid=\"suspended\"", await enterprise.GetStringAsync($"Filings/Details/{filing}"), StringComparison.Ordinal);
    }
}

[Collection(SqlitePlatformCollection.Name)]
public sealed class SqliteSuspensionApiTests(SqlitePlatformFixture platform) : SuspensionApiTests(platform);

[Collection(PostgresPlatformCollection.Name)]
public sealed class PostgresSuspensionApiTests(PostgresPlatformFixture platform) : SuspensionApiTests(platform);
