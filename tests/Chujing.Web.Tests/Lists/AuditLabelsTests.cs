using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Chujing.Domain.Filings;
using Chujing.Persistence;
using Chujing.Web.Audit;
using Chujing.Web.Demo;
using Chujing.Web.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Chujing.Web.Tests.Lists;

/// <summary>
/// The audit page and its export show kinds, actions, properties and coded values by their labels; the codes stay in
/// the API's JSON and in the export's code columns. A bad <c>entity</c> filter is a problem naming it, on the page
/// and in the API, and the filter offers every kind the log records. Regressions: raw codes (<c>filing</c>,
/// <c>approve</c>, <c>status</c>) where officers read, and an unknown kind silently answering nothing.
/// </summary>
public abstract class AuditLabelsTests(PlatformFixture platform)
{
    [Fact]
    public async Task AuditPageAndExport_ApprovedFiling_LabelsNotCodes_CodesInTheirOwnColumns()
    {
        var id = await ApprovedFilingAsync();
        var officer = await platform.As(DemoAccounts.Daxing);

        var html = WebUtility.HtmlDecode(await officer.GetStringAsync($"Audit?entity=filing&q={id}"));
        var table = html[html.IndexOf("data-testid=\"audit\"", StringComparison.Ordinal)..];
        Assert.Contains(">备案 " + id + "</td>", table, StringComparison.Ordinal);
        Assert.Contains(">通过</td>", table, StringComparison.Ordinal);
        Assert.Contains("<strong>状态</strong>", table, StringComparison.Ordinal);
        Assert.Contains("→ 已通过", table, StringComparison.Ordinal);
        Assert.Contains("<strong>名称</strong>", table, StringComparison.Ordinal);
        Assert.DoesNotContain(">approve</td>", table, StringComparison.Ordinal);
        Assert.DoesNotContain(">filing " + id, table, StringComparison.Ordinal);
        Assert.DoesNotContain("<strong>status</strong>", table, StringComparison.Ordinal);
        Assert.DoesNotContain("<strong>title</strong>", table, StringComparison.Ordinal);

        // The creation's snapshot: the scenario and edition by name, persons and recipients in words.
        Assert.Contains("药物警戒", table, StringComparison.Ordinal);
        Assert.Contains("自由贸易试验区", table, StringComparison.Ordinal);
        Assert.Contains("个人信息 1,000 人，敏感个人信息 0 人", table, StringComparison.Ordinal);
        Assert.Contains("Novum Pharma AG（瑞士）", table, StringComparison.Ordinal);
        Assert.DoesNotContain("bj-pharma-pharmacovigilance", table, StringComparison.Ordinal);
        Assert.DoesNotContain("\"sensitive\"", table, StringComparison.Ordinal);

        var csv = Encoding.UTF8.GetString(await officer.GetByteArrayAsync($"api/audit/export.csv?entity=filing&q={id}"));
        var approval = csv.Split("\r\n").Single(l => l.EndsWith(",filing,approve", StringComparison.Ordinal));
        Assert.Contains(",备案," + id + ",通过,大兴,", approval, StringComparison.Ordinal);
        Assert.Contains("状态：", approval, StringComparison.Ordinal);
        Assert.Contains("→ 已通过", approval, StringComparison.Ordinal);
        Assert.DoesNotContain("status：", csv, StringComparison.Ordinal);
        Assert.Contains("业务场景：∅ → 药物警戒", csv, StringComparison.Ordinal);

        // The API keeps the codes: a machine filters on them.
        var entries = JsonNode.Parse(await officer.GetStringAsync($"api/audit?entity=filing&entityId={id}"))!.AsArray();
        Assert.Contains(entries, e => (string?)e!["action"] == "approve" && (string?)e["entity"] == "filing");
    }

    [Fact]
    public async Task Search_ByTheActionsLabel_FindsEntriesStoredByCode()
    {
        var id = await ApprovedFilingAsync();
        var officer = await platform.As(DemoAccounts.Daxing);
        var csv = Encoding.UTF8.GetString(await officer.GetByteArrayAsync("api/audit/export.csv?entity=filing&q=" + Uri.EscapeDataString("通过")));
        var rows = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries)[1..];
        Assert.Contains(rows, r => r.Contains("," + id + ",通过,", StringComparison.Ordinal));
        Assert.All(rows, r => Assert.EndsWith(",approve", r, StringComparison.Ordinal));
    }

    [Fact]
    public async Task EntityFilter_UnknownKind_ProblemNamingTheParameter_AndTheChineseMessageNamingTheFilter()
    {
        var officer = await platform.As(DemoAccounts.Daxing);
        foreach (var path in (string[])["api/audit", "api/audit/export.csv", "api/audit/export.xlsx"])
        {
            var problem = await ApiTests.ProblemAsync(await officer.GetAsync(path + "?entity=flling"), HttpStatusCode.BadRequest);
            Assert.True(problem["errors"]!.AsObject().ContainsKey("entity"), problem.ToJsonString());
        }

        var html = WebUtility.HtmlDecode(await officer.GetStringAsync("Audit?entity=flling"));
        Assert.Contains("data-testid=\"filter-problems\"", html, StringComparison.Ordinal);
        Assert.Contains("对象类型：“flling”不是审计日志记录的对象类型。", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"audit\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EntityFilter_OffersEveryKindTheLogRecords_AccountsIncluded()
    {
        var city = await platform.As(DemoAccounts.City);
        var html = await city.GetStringAsync("Audit");
        foreach (var kind in AuditLabels.Entities)
        {
            Assert.Contains($"<option value=\"{kind}\"", html, StringComparison.Ordinal);
            Assert.True(UiText.Has("audit.entity." + kind), kind);
        }

        // An account change is recorded under "account", and the filter finds it.
        var invited = await city.PostAsJsonAsync("api/accounts", new { email = $"audit-{Guid.NewGuid():N}@example.cn", displayName = "审计测试", role = Chujing.Persistence.Accounts.PlatformRoles.ZoneOfficer, zoneGroup = "daxing" });
        Assert.True(invited.IsSuccessStatusCode, await invited.Content.ReadAsStringAsync());
        var accounts = JsonNode.Parse(await city.GetStringAsync("api/audit?entity=account"))!.AsArray();
        Assert.Contains(accounts, e => (string?)e!["action"] == "invite");
        Assert.Contains(">账户 ", WebUtility.HtmlDecode(await city.GetStringAsync("Audit?entity=account")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryKindActionAndPropertyTheLogHolds_HasALabel()
    {
        await ApprovedFilingAsync();
        using var scope = platform.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ChujingDbContext>();
        var entries = await db.AuditEntries.AsNoTracking().Select(a => new { a.Entity, a.Action, a.Before, a.After }).ToListAsync();
        Assert.All(entries.Select(e => e.Entity).Distinct(), e => Assert.Contains(e, AuditLabels.Entities));
        Assert.All(entries.Select(e => e.Action).Distinct(), a => Assert.True(UiText.Has("audit.action." + a), a));
        var properties = entries.SelectMany(e => AuditDiff.Changes(e.Before, e.After)).Select(c => c.Property).Distinct();
        Assert.All(properties, p => Assert.True(UiText.Has("audit.property." + p), p));
        Assert.All(Enum.GetValues<FilingAction>(), a => Assert.True(UiText.Has("audit.action." + FilingNames.Of(a)), a.ToString()));
    }

    private async Task<string> ApprovedFilingAsync()
    {
        var enterprise = await platform.As(DemoAccounts.EnterpriseA);
        var created = await ApiTests.Json(await enterprise.PostAsJsonAsync("api/filings", ApiTests.NewFiling()), HttpStatusCode.Created);
        var id = (string)created["id"]!;
        await ApiTests.Json(await enterprise.PostAsync($"api/filings/{id}/submit", null), HttpStatusCode.OK);
        var officer = await platform.As(DemoAccounts.Daxing);
        await ApiTests.Json(await officer.PostAsJsonAsync($"api/filings/{id}/approve", new { note = "ok" }), HttpStatusCode.OK);
        return id;
    }
}

[Collection(SqlitePlatformCollection.Name)]
public sealed class SqliteAuditLabelsTests(SqlitePlatformFixture platform) : AuditLabelsTests(platform);

[Collection(PostgresPlatformCollection.Name)]
public sealed class PostgresAuditLabelsTests(PostgresPlatformFixture platform) : AuditLabelsTests(platform);
