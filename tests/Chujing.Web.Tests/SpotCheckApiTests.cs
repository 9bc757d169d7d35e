using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Chujing.Domain.Serialization;
using Chujing.Domain.SpotChecks;
using Chujing.Web.Demo;

namespace Chujing.Web.Tests;

/// <summary>
/// Spot checks through the API on SQLite and PostgreSQL: the population is frozen and hashed before the seed, the draw
/// is the documented algorithm (the same sample anyone derives from the published population), the run turns the
/// demo's deviating records into findings with a deadline in working days, and rectification moves them to closed.
/// </summary>
public abstract class SpotCheckApiTests(PlatformFixture platform)
{
    private const string Seed = "126331563425354643662325-api";

    private async Task<(HttpClient Officer, JsonNode Check)> PlanAsync(object? body = null)
    {
        var officer = await platform.As(DemoAccounts.Daxing);
        var check = await ApiTests.Json(await officer.PostAsJsonAsync("api/spot-checks", body ?? new { from = "2026-01-01", to = "2026-06-01" }), HttpStatusCode.Created);
        return (officer, check);
    }

    [Fact]
    public async Task Plan_PublishesTheHashOfThePopulationBeforeAnySeed()
    {
        var (officer, check) = await PlanAsync();
        Assert.Equal("planned", (string?)check["status"]);
        Assert.Null(check["seed"]);
        var population = await officer.GetStringAsync($"api/spot-checks/{check["id"]}/population");
        var hash = "sha256:" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(population)));
        Assert.Equal(hash, (string?)check["population"]!["hash"]);
        var parsed = PopulationJson.Parse(Encoding.UTF8.GetBytes(population)).Value;
        Assert.All(parsed.Filings, f => Assert.Equal("daxing", f.ZoneGroup));
        Assert.True(parsed.Inspectors.Count >= 2);
    }

    [Fact]
    public async Task Draw_SampleIsWhatAnyoneDerivesFromThePublishedPopulation()
    {
        var (officer, check) = await PlanAsync(new { from = "2026-01-01", to = "2026-06-01", recordsPerFiling = 2 });
        var id = (string)check["id"]!;
        var drawn = await ApiTests.Json(await officer.PostAsJsonAsync($"api/spot-checks/{id}/draw", new
        {
            contributions = new[] { new { party = "zone-group", value = "126331563425" }, new { party = "enterprise-witness", value = "354643662325-api" } },
        }), HttpStatusCode.OK);
        Assert.Equal(Seed, (string?)drawn["seed"]);
        Assert.Equal(2, drawn["contributors"]!.AsArray().Count);

        var population = PopulationJson.Parse(Encoding.UTF8.GetBytes(await officer.GetStringAsync($"api/spot-checks/{id}/population"))).Value;
        var derived = SpotCheckSampler.Draw(population, Seed, new SampleSizes(null, 2)).Value;
        Assert.Equal(JsonSerializer.Serialize(derived.Sample, JsonConventions.Compact), Compact(drawn["sample"]!));
        Assert.All(derived.Sample, s => Assert.True(s.Inspectors.Count >= 2));

        // Stored, the sample reads back the same.
        var again = await ApiTests.Json(await officer.GetAsync($"api/spot-checks/{id}"), HttpStatusCode.OK);
        Assert.Equal(Compact(drawn["sample"]!), Compact(again["sample"]!));

        // A check is drawn once.
        var twice = await ApiTests.ProblemAsync(await officer.PostAsJsonAsync($"api/spot-checks/{id}/draw", new { seed = Seed + "-again" }), HttpStatusCode.UnprocessableEntity);
        Assert.Contains("drawn once", (string?)twice["detail"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Plan_TwoApprovedFilingsOfOneProcessor_ListTheProcessorOnce()
    {
        // Regression: filings read without tracking carry one processor instance each; grouping by instance listed
        // the processor twice and the population refused itself (500).
        var enterprise = await platform.As(DemoAccounts.EnterpriseA);
        var officer = await platform.As(DemoAccounts.Daxing);
        var id = (string)(await ApiTests.Json(await enterprise.PostAsJsonAsync("api/filings", ApiTests.NewFiling()), HttpStatusCode.Created))["id"]!;
        await ApiTests.Json(await enterprise.PostAsync($"api/filings/{id}/submit", null), HttpStatusCode.OK);
        await ApiTests.Json(await officer.PostAsJsonAsync($"api/filings/{id}/start-review", new { }), HttpStatusCode.OK);
        await ApiTests.Json(await officer.PostAsJsonAsync($"api/filings/{id}/approve", new { }), HttpStatusCode.OK);
        var (_, check) = await PlanAsync();
        Assert.True((int)check["population"]!["filings"]! >= 2);
        Assert.Equal(1, (int)check["population"]!["processors"]!);
    }

    [Fact]
    public async Task Draw_ShortSeed_IsRefusedNamingTheSeed()
    {
        var (officer, check) = await PlanAsync();
        var problem = await ApiTests.ProblemAsync(await officer.PostAsJsonAsync($"api/spot-checks/{check["id"]}/draw", new { seed = "123" }), HttpStatusCode.UnprocessableEntity);
        Assert.NotNull(problem["errors"]!["seed"]);
    }

    [Fact]
    public async Task Plan_OtherZoneGroup_IsForbiddenAndBadPeriodNamesTheField()
    {
        var officer = await platform.As(DemoAccounts.Daxing);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.PostAsJsonAsync("api/spot-checks", new { from = "2026-01-01", to = "2026-06-01", zoneGroup = "haidian" })).StatusCode);
        var problem = await ApiTests.ProblemAsync(await officer.PostAsJsonAsync("api/spot-checks", new { from = "2026-06-01", to = "2026-01-01" }), HttpStatusCode.UnprocessableEntity);
        Assert.NotNull(problem["errors"]!["to"]);
    }

    [Fact]
    public async Task Run_DeviatingDemoRecords_BecomeFindingsThatTheEnterpriseRectifiesAndTheOfficerCloses()
    {
        var (officer, check) = await PlanAsync();
        var id = (string)check["id"]!;
        await ApiTests.Json(await officer.PostAsJsonAsync($"api/spot-checks/{id}/draw", new { seed = Seed + "-run" }), HttpStatusCode.OK);
        var run = await ApiTests.Json(await officer.PostAsync($"api/spot-checks/{id}/run", null), HttpStatusCode.OK);
        var findings = run["findings"]!.AsArray();

        // The demo's second export of the clinical-trial filing went to an unfiled recipient in an unfiled country.
        Assert.Contains(findings, f => (string?)f!["kind"] == "recipient-not-filed" && (string?)f["severity"] == "serious");
        Assert.All(findings, f => Assert.Equal("open", (string?)f!["status"]));

        // 20 working days from Monday 2026-06-01, skipping the Dragon Boat Festival (19 June): 30 June.
        Assert.All(findings, f => Assert.Equal("2026-06-30", (string?)f!["deadline"]));
        Assert.Equal("finished", (string?)run["check"]!["status"]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await officer.PostAsync($"api/spot-checks/{id}/run", null)).StatusCode);

        // The enterprise sees its findings and rating; it answers one.
        var enterprise = await platform.As(DemoAccounts.EnterpriseA);
        var serious = (string)findings.First(f => (string?)f!["severity"] == "serious")!["id"]!;
        var mine = JsonNode.Parse(await enterprise.GetStringAsync("api/findings"))!.AsArray();
        Assert.Contains(mine, f => (string?)f!["id"] == serious);
        var uscc = (string)findings[0]!["processor"]!;
        var rating = await ApiTests.Json(await enterprise.GetAsync($"api/processors/{uscc}/rating"), HttpStatusCode.OK);
        Assert.Equal(RatingModel.Version, (string?)rating["model"]);
        Assert.True((int)rating["score"]! < 100);
        Assert.NotEmpty(rating["reasons"]!.AsArray());
        Assert.Contains((string)rating["class"]!, new[] { "C", "D" });

        var missing = await ApiTests.ProblemAsync(await enterprise.PostAsJsonAsync($"api/findings/{serious}/rectification", new { rootCause = "" }), HttpStatusCode.UnprocessableEntity);
        Assert.NotNull(missing["errors"]!["measures"]);
        var answered = await ApiTests.Json(await enterprise.PostAsJsonAsync($"api/findings/{serious}/rectification", new
        {
            rootCause = "接收方名单未同步到出境网关",
            measures = "网关改为只允许备案列明的接收方；补充备案变更",
            attachments = new[] { new { name = "网关配置变更单.pdf", sha256 = new string('a', 64), bytes = 1024 } },
        }), HttpStatusCode.OK);
        Assert.Equal("rectification-submitted", (string?)answered["status"]);

        // A serious finding does not close on acceptance: it waits for a clean re-check sample.
        var accepted = await ApiTests.Json(await officer.PostAsJsonAsync($"api/findings/{serious}/accept", new { note = "措施可行" }), HttpStatusCode.OK);
        Assert.Equal("recheck-pending", (string?)accepted["status"]);
        // No record was exported since the check: a re-check over nothing is refused and the finding stays pending.
        var nothing = await ApiTests.ProblemAsync(await officer.PostAsJsonAsync("api/spot-checks", new { recheckOf = serious }), HttpStatusCode.UnprocessableEntity);
        Assert.Contains("没有可抽查的出境记录", (string?)nothing["errors"]!["recheckOf"]![0], StringComparison.Ordinal);
        Assert.Equal("recheck-pending", (string?)(await ApiTests.Json(await officer.GetAsync($"api/findings/{serious}"), HttpStatusCode.OK))["status"]);

        // Another finding: reopened, then escalated.
        var major = (string)findings.First(f => (string?)f!["id"] != serious)!["id"]!;
        await ApiTests.Json(await enterprise.PostAsJsonAsync($"api/findings/{major}/rectification", new { rootCause = "x", measures = "y" }), HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await officer.PostAsJsonAsync($"api/findings/{major}/reopen", new { })).StatusCode);
        Assert.Equal("open", (string?)(await ApiTests.Json(await officer.PostAsJsonAsync($"api/findings/{major}/reopen", new { note = "措施不具体" }), HttpStatusCode.OK))["status"]);
        Assert.Equal("escalated", (string?)(await ApiTests.Json(await officer.PostAsJsonAsync($"api/findings/{major}/escalate", new { note = "逾期未整改" }), HttpStatusCode.OK))["status"]);

        // The audit log holds every step.
        var audit = JsonNode.Parse(await officer.GetStringAsync($"api/audit?entity=finding&entityId={serious}"))!.AsArray();
        Assert.Contains(audit, a => (string?)a!["action"] == "create");
        Assert.Contains(audit, a => (string?)a!["action"] == "rectify");
        Assert.Contains(audit, a => (string?)a!["action"] == "accept");
    }

    [Fact]
    public async Task Findings_OtherTenants_DoNotSeeThem()
    {
        var (officer, check) = await PlanAsync();
        var id = (string)check["id"]!;
        await ApiTests.Json(await officer.PostAsJsonAsync($"api/spot-checks/{id}/draw", new { seed = Seed + "-tenants" }), HttpStatusCode.OK);
        var findings = (await ApiTests.Json(await officer.PostAsync($"api/spot-checks/{id}/run", null), HttpStatusCode.OK))["findings"]!.AsArray();
        Assert.NotEmpty(findings);
        var finding = (string)findings[0]!["id"]!;
        Assert.Equal(HttpStatusCode.NotFound, (await (await platform.As(DemoAccounts.EnterpriseB)).GetAsync($"api/findings/{finding}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await platform.As(DemoAccounts.Haidian)).GetAsync($"api/findings/{finding}")).StatusCode);
        Assert.DoesNotContain(JsonNode.Parse(await (await platform.As(DemoAccounts.Haidian)).GetStringAsync("api/findings"))!.AsArray(), f => (string?)f!["id"] == finding);
        Assert.Equal(HttpStatusCode.OK, (await (await platform.As(DemoAccounts.City)).GetAsync($"api/findings/{finding}")).StatusCode);
    }

    [Fact]
    public async Task Public_FinishedCheck_IsListedWithoutSignInAndReDerivable()
    {
        var (officer, check) = await PlanAsync(new { from = "2026-01-01", to = "2026-06-01", filings = 1 });
        var id = (string)check["id"]!;
        await ApiTests.Json(await officer.PostAsJsonAsync($"api/spot-checks/{id}/draw", new { seed = Seed + "-public" }), HttpStatusCode.OK);
        await ApiTests.Json(await officer.PostAsync($"api/spot-checks/{id}/run", null), HttpStatusCode.OK);

        var anonymous = platform.Anonymous();
        var list = JsonNode.Parse(await anonymous.GetStringAsync("public/spot-checks"))!.AsArray();
        var published = list.Single(c => (string?)c!["id"] == id)!;
        var population = await anonymous.GetStringAsync((string)published["populationUrl"]!);
        var parsed = PopulationJson.Parse(Encoding.UTF8.GetBytes(population)).Value;
        Assert.Equal((string?)published["populationHash"], parsed.Hash);
        var derived = SpotCheckSampler.Draw(parsed, (string)published["seed"]!, new SampleSizes(1, null)).Value;
        Assert.Equal(JsonSerializer.Serialize(derived.Sample, JsonConventions.Compact), Compact(published["sample"]!));
        Assert.DoesNotContain("personKeys", published.ToJsonString(), StringComparison.Ordinal);

        // A planned check's population is not public.
        var (_, planned) = await PlanAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"public/spot-checks/{planned["id"]}/population")).StatusCode);
    }

    [Fact]
    public async Task Run_ProducedPayloads_AreCheckedAgainstTheirDigests()
    {
        Assert.Equal(SpotCheckDemo.Payload, File.ReadAllText(Chujing.TestSupport.RepositoryPaths.Of("examples", "spot-check-payload.csv")));
        var (officer, check) = await PlanAsync(new { from = "2026-01-01", to = "2026-06-01", filings = 100, recordsPerFiling = 1000 });
        var id = (string)check["id"]!;
        await ApiTests.Json(await officer.PostAsJsonAsync($"api/spot-checks/{id}/draw", new { seed = Seed + "-payloads" }), HttpStatusCode.OK);

        // The demo's leaves 10 and 11 carry digests (10: the example payload's; 11: another); 12 has an unfiled scenario.
        var enterprise = await platform.As(DemoAccounts.EnterpriseA);
        using var payload = new ByteArrayContent(Encoding.UTF8.GetBytes(SpotCheckDemo.Payload));
        var matching = await ApiTests.Json(await enterprise.PostAsync($"api/spot-checks/{id}/payloads/10", payload), HttpStatusCode.OK);
        Assert.True((bool)matching["matches"]!);

        // The payload's column blood_test is the list's field blood-test by its synonym, as the scanner maps columns.
        Assert.Contains("blood-test", matching["fields"]!.AsArray().Select(f => (string?)f));
        using var same = new ByteArrayContent(Encoding.UTF8.GetBytes(SpotCheckDemo.Payload));
        Assert.False((bool)(await ApiTests.Json(await enterprise.PostAsync($"api/spot-checks/{id}/payloads/11", same), HttpStatusCode.OK))["matches"]!);
        using var none = new ByteArrayContent([1, 2, 3]);
        await ApiTests.ProblemAsync(await enterprise.PostAsync($"api/spot-checks/{id}/payloads/3", none), HttpStatusCode.UnprocessableEntity);

        var findings = (await ApiTests.Json(await officer.PostAsync($"api/spot-checks/{id}/run", null), HttpStatusCode.OK))["findings"]!.AsArray();
        Assert.Contains(findings, f => (string?)f!["kind"] == "digest-mismatch" && (long?)f["leaf"] == 11);
        Assert.Contains(findings, f => (string?)f!["kind"] == "scenario-not-filed" && (long?)f["leaf"] == 12);
        Assert.DoesNotContain(findings, f => (long?)f!["leaf"] == 10 && ((string?)f["kind"] is "digest-mismatch" or "record-missing"));
    }

    [Fact]
    public async Task Run_GatewayCheckNeverFollowedByEvidence_IsAFinding()
    {
        // The event follows the demo's approved clinical-trial filing (other tests approve filings of other scenarios
        // in the same database, so "the first approved filing" is not necessarily it): it is allowed, then never logged.
        var enterprise = await platform.As(DemoAccounts.EnterpriseA);
        var demo = JsonNode.Parse(await enterprise.GetStringAsync("api/filings?status=approved"))!.AsArray()
            .First(f => (string?)f!["scenario"] == "bj-pharma-clinical-trial" && (string?)f["title"] == "临床试验数据出境（多中心III期）")!;
        var filing = (string)demo["id"]!;
        var recipient = demo["recipients"]![0]!;
        var answer = await ApiTests.Json(await enterprise.PostAsJsonAsync("api/check", new[]
        {
            new { processor = (string)demo["processor"]!, filing, time = "2026-06-01T06:00:00Z", recipient = (string)recipient["name"]!, country = (string)recipient["country"]!, scenario = (string)demo["scenario"]!, fields = new[] { (string)demo["fields"]![0]! }, persons = 1, digest = "sha256:" + new string('7', 64) },
        }), HttpStatusCode.OK);
        Assert.True((bool)answer["results"]![0]!["allowed"]!, answer.ToJsonString());

        var (officer, check) = await PlanAsync(new { from = "2026-01-01", to = "2026-06-01", filings = 100, recordsPerFiling = 1 });
        await ApiTests.Json(await officer.PostAsJsonAsync($"api/spot-checks/{check["id"]}/draw", new { seed = Seed + "-gateway" }), HttpStatusCode.OK);
        var findings = (await ApiTests.Json(await officer.PostAsync($"api/spot-checks/{check["id"]}/run", null), HttpStatusCode.OK))["findings"]!.AsArray();
        var gateway = Assert.Single(findings, f => (string?)f!["kind"] == "check-without-evidence" && (string?)f["filing"] == filing)!;
        Assert.Equal("major", (string?)gateway["severity"]);
        Assert.Null(gateway["leaf"]);
    }

    [Fact]
    public async Task Pages_OfficerEnterpriseCityAndPublic_Render()
    {
        var (officer, check) = await PlanAsync();
        var details = await officer.GetStringAsync($"SpotChecks/Details?id={check["id"]}");
        Assert.Contains((string)check["population"]!["hash"]!, details, StringComparison.Ordinal);
        Assert.Contains("<svg", await (await platform.As(DemoAccounts.City)).GetStringAsync("SpotChecks"), StringComparison.Ordinal);
        Assert.Contains("data-testid=\"rating\"", await (await platform.As(DemoAccounts.EnterpriseA)).GetStringAsync("Findings"), StringComparison.Ordinal);
        var anonymous = platform.Anonymous();
        var page = await anonymous.GetAsync("public/spot-checks/view");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Scope, seed, population hash", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static string Compact(JsonNode node) => JsonSerializer.Serialize(JsonDocument.Parse(node.ToJsonString()).RootElement, JsonConventions.Compact);
}

[Collection(SqlitePlatformCollection.Name)]
public sealed class SqliteSpotCheckApiTests(SqlitePlatformFixture platform) : SpotCheckApiTests(platform);

[Collection(PostgresPlatformCollection.Name)]
public sealed class PostgresSpotCheckApiTests(PostgresPlatformFixture platform) : SpotCheckApiTests(platform);
