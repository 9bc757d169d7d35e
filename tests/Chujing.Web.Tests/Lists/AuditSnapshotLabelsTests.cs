using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Chujing.Domain.Catalog;
using Chujing.Persistence;
using Chujing.Web.Audit;
using Chujing.Web.Demo;
using Chujing.Web.Filings;
using Chujing.Web.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Chujing.Web.Tests.Lists;

/// <summary>
/// The values inside audit snapshots, on the audit page and in its export, as a person reads them: a deviation
/// record's tallies by severity and kind in words, a filing's fields by their names, what an approved pathway still
/// requires as its text, a seed's contributors by party, the platform's own changes as 系统 system. Regressions: the
/// codes and raw JSON (<c>{"serious":1}</c>, <c>pathology</c>, <c>{"text":…}</c>, <c>"party":"zone-group"</c>,
/// <c>system</c>) where officers read. The codes stay in the API's JSON and the export's code columns.
/// </summary>
public abstract class AuditSnapshotLabelsTests(PlatformFixture platform)
{
    [Fact]
    public async Task ApprovedSecurityAssessmentFiling_FieldsByNameAndWhatIsStillRequiredAsText()
    {
        var enterprise = await platform.As(DemoAccounts.EnterpriseA);
        var request = ApiTests.NewFiling() with { Scenario = "bj-pharma-diagnosis-treatment", Fields = ["pathology", "blood-test"], Persons = new PersonsBody(0, 7000) };
        var id = (string)(await ApiTests.Json(await enterprise.PostAsJsonAsync("api/filings", request), HttpStatusCode.Created))["id"]!;
        await ApiTests.Json(await enterprise.PostAsync($"api/filings/{id}/submit", null), HttpStatusCode.OK);
        var officer = await platform.As(DemoAccounts.Daxing);
        var approved = await ApiTests.Json(await officer.PostAsJsonAsync($"api/filings/{id}/approve", new { note = "ok" }), HttpStatusCode.OK);
        Assert.Equal("security-assessment", (string?)approved["pathway"]);
        Assert.NotNull(approved["stillRequired"]);
        var required = PathwayRequirement.Of(Pathway.SecurityAssessment)!.Describe(english: false);

        var table = await TableAsync(officer, $"entity=filing&q={id}");
        Assert.Contains("<strong>字段</strong>: <span class=\"muted\">∅</span> → 病理、血液检测", table, StringComparison.Ordinal);
        Assert.Contains("<strong>尚需办理</strong>: <span class=\"muted\">∅</span> → " + required, table, StringComparison.Ordinal);
        Assert.DoesNotContain("pathology", table, StringComparison.Ordinal);
        Assert.DoesNotContain("\"citation\"", table, StringComparison.Ordinal);

        var csv = await CsvAsync(officer, $"entity=filing&q={id}");
        Assert.Contains("字段：∅ → 病理、血液检测", csv, StringComparison.Ordinal);
        Assert.Contains("尚需办理：∅ → " + required, csv, StringComparison.Ordinal);
        Assert.DoesNotContain("pathology", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("\"\"citation\"\"", csv, StringComparison.Ordinal);
        Assert.Contains(csv.Split("\r\n"), l => l.EndsWith(",filing,approve", StringComparison.Ordinal));

        // The API keeps the codes.
        var entries = JsonNode.Parse(await officer.GetStringAsync($"api/audit?entity=filing&entityId={id}"))!.AsArray();
        Assert.Contains(entries, e => e!["after"]?["fields"]?.ToJsonString() == """["pathology","blood-test"]""");
    }

    [Fact]
    public async Task DeviationRecord_TalliesBySeverityAndKindInWords()
    {
        var (id, uscc, enterprise) = await ConsistencyApiTests.ApprovedFilingAsync(platform, "审计偏差计数");
        object[] events = [ConsistencyApiTests.Event(uscc, id, "Shadow Analytics Ltd", "CH", "audit-tally-" + Guid.NewGuid().ToString("N"))];
        var receipt = await ApiTests.Json(await enterprise.PostAsJsonAsync("api/evidence", events), HttpStatusCode.OK);
        Assert.Equal("recipient-not-filed", (string?)Assert.Single(receipt["deviations"]!.AsArray())!["kind"]);

        var officer = await platform.As(DemoAccounts.Daxing);
        var table = await TableAsync(officer, $"entity=deviation&q={uscc}");
        Assert.Contains("<strong>按严重程度</strong>: <span class=\"muted\">∅</span> → 严重 1 项", table, StringComparison.Ordinal);
        Assert.Contains("<strong>按类型</strong>: <span class=\"muted\">∅</span> → 接收方未备案 1 项", table, StringComparison.Ordinal);
        Assert.DoesNotContain("\"serious\"", table, StringComparison.Ordinal);
        Assert.DoesNotContain("recipient-not-filed", table, StringComparison.Ordinal);

        var csv = await CsvAsync(officer, $"entity=deviation&q={uscc}");
        Assert.Contains("按严重程度：∅ → 严重 1 项", csv, StringComparison.Ordinal);
        Assert.Contains("按类型：∅ → 接收方未备案 1 项", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("recipient-not-filed", csv, StringComparison.Ordinal);
        Assert.Contains(csv.Split("\r\n"), l => l.EndsWith(",deviation,record", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SpotCheckDraw_ContributorsByParty()
    {
        var officer = await platform.As(DemoAccounts.Daxing);
        var check = await ApiTests.Json(await officer.PostAsJsonAsync("api/spot-checks", new { from = "2026-01-01", to = "2026-06-01" }), HttpStatusCode.Created);
        var id = (string)check["id"]!;
        await ApiTests.Json(await officer.PostAsJsonAsync($"api/spot-checks/{id}/draw", new
        {
            contributions = new[] { new { party = "zone-group", value = "126331563425" }, new { party = "enterprise-witness", value = "354643662325-audit" } },
        }), HttpStatusCode.OK);

        var expected = "自贸组团「126331563425」（" + DemoAccounts.Daxing + "）、企业见证人「354643662325-audit」";
        var table = await TableAsync(officer, $"entity=spot-check&q={id}");
        Assert.Contains("<strong>种子提供方</strong>: <span class=\"muted\">∅</span> → " + expected, table, StringComparison.Ordinal);
        Assert.DoesNotContain("\"party\"", table, StringComparison.Ordinal);
        Assert.Contains("种子提供方：∅ → " + expected, await CsvAsync(officer, $"entity=spot-check&q={id}"), StringComparison.Ordinal);
        // The check's status by its label (the draw moves it from planned to drawn).
        Assert.Contains("已抽取 Drawn", table, StringComparison.Ordinal);
        Assert.DoesNotContain("→ drawn", table, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThePlatformsOwnChange_ItsActorIsSystemInChineseFirst_AndSearchFindsIt()
    {
        var (id, _, _) = await ConsistencyApiTests.ApprovedFilingAsync(platform, "审计系统操作人");
        using (var scope = platform.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ChujingDbContext>();
            var filing = await db.Filings.AsNoTracking().SingleAsync(f => f.Id == id);
            scope.ServiceProvider.GetRequiredService<AuditLog>()
                .Record(db, null, "filing", id, "expire", filing.ProcessorId, filing.ZoneGroupId, new { status = "approved" }, new { status = "expired" });
            await db.SaveChangesAsync();
        }

        var officer = await platform.As(DemoAccounts.Daxing);
        var table = await TableAsync(officer, $"entity=filing&q={id}");
        Assert.Contains("data-actor=\"system\">系统 system</td>", table, StringComparison.Ordinal);
        Assert.Contains(">" + DemoAccounts.Daxing + "</td>", table, StringComparison.Ordinal);

        var csv = await CsvAsync(officer, $"entity=filing&q={id}");
        var row = Assert.Single(csv.Split("\r\n"), l => l.EndsWith(",filing,expire", StringComparison.Ordinal));
        Assert.Contains(",系统 system,备案," + id + ",", row, StringComparison.Ordinal);

        var bySystem = await CsvAsync(officer, "entity=filing&q=" + Uri.EscapeDataString("系统"));
        Assert.Contains(bySystem.Split("\r\n"), l => l.Contains("," + id + ",", StringComparison.Ordinal) && l.EndsWith(",filing,expire", StringComparison.Ordinal));

        // The API keeps the actor's code.
        var entries = JsonNode.Parse(await officer.GetStringAsync($"api/audit?entity=filing&entityId={id}"))!.AsArray();
        Assert.Contains(entries, e => (string?)e!["actor"] == AuditLog.SystemActor && (string?)e["action"] == "expire");
    }

    [Fact]
    public async Task TokenCreated_ItsScopesByLabel()
    {
        var enterprise = await platform.As(DemoAccounts.EnterpriseA);
        var token = await ApiTests.Json(await enterprise.PostAsJsonAsync("api/tokens", new { name = "审计令牌" }), HttpStatusCode.Created);
        var scopes = token["scopes"]!.AsArray().Select(x => (string)x!).ToList();
        Assert.NotEmpty(scopes);

        var officer = await platform.As(DemoAccounts.Daxing);
        var table = await TableAsync(officer, $"entity=api-token&entityId={token["id"]}");
        Assert.Contains("<strong>权限范围</strong>: <span class=\"muted\">∅</span> → " + string.Join("、", scopes.Select(x => UiText.In("scope." + x, english: false))), table, StringComparison.Ordinal);
        Assert.All(scopes, x => Assert.DoesNotContain("→ " + x, table, StringComparison.Ordinal));
    }

    private static async Task<string> TableAsync(HttpClient client, string query)
    {
        var html = WebUtility.HtmlDecode(await client.GetStringAsync("Audit?" + query));
        var start = html.IndexOf("data-testid=\"audit\"", StringComparison.Ordinal);
        Assert.True(start >= 0, "the audit page has no table");
        return html[start..];
    }

    private static async Task<string> CsvAsync(HttpClient client, string query) =>
        Encoding.UTF8.GetString(await client.GetByteArrayAsync("api/audit/export.csv?" + query));
}

[Collection(SqlitePlatformCollection.Name)]
public sealed class SqliteAuditSnapshotLabelsTests(SqlitePlatformFixture platform) : AuditSnapshotLabelsTests(platform);

[Collection(PostgresPlatformCollection.Name)]
public sealed class PostgresAuditSnapshotLabelsTests(PostgresPlatformFixture platform) : AuditSnapshotLabelsTests(platform);
