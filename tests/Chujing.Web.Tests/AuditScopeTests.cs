using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Chujing.Web.Demo;

namespace Chujing.Web.Tests;

/// <summary>The audit log is scoped like the entity it describes: a draft never submitted stays the enterprise's own.</summary>
public abstract class AuditScopeTests(PlatformFixture platform)
{
    [Fact]
    public async Task Audit_UnsubmittedDraft_NotInTheRegulatorsAuditApiNorPage()
    {
        var enterprise = await platform.As(DemoAccounts.EnterpriseA);
        var secret = "未提交草稿-" + platform.ProviderName + "-机密目的";
        var draft = ApiTests.NewFiling() with { Purpose = secret };
        var id = (string)(await ApiTests.Json(await enterprise.PostAsJsonAsync("api/filings", draft), HttpStatusCode.Created))["id"]!;

        foreach (var regulator in (string[])[DemoAccounts.Daxing, DemoAccounts.City])
        {
            var client = await platform.As(regulator);
            var entries = JsonNode.Parse(await client.GetStringAsync($"api/audit?entity=filing&entityId={id}"))!.AsArray();
            Assert.Empty(entries);
            Assert.DoesNotContain(secret, await client.GetStringAsync("api/audit"), StringComparison.Ordinal);
            Assert.DoesNotContain(secret, await client.GetStringAsync("Audit"), StringComparison.Ordinal);
        }

        // Once submitted, the filing and its whole history are the regulator's to see.
        await ApiTests.Json(await enterprise.PostAsync($"api/filings/{id}/submit", null), HttpStatusCode.OK);
        var officer = await platform.As(DemoAccounts.Daxing);
        var history = JsonNode.Parse(await officer.GetStringAsync($"api/audit?entity=filing&entityId={id}"))!.AsArray();
        Assert.Equal(["submit", "create"], history.Select(h => (string?)h!["action"]));
    }
}

[Collection(SqlitePlatformCollection.Name)]
public sealed class SqliteAuditScopeTests(SqlitePlatformFixture platform) : AuditScopeTests(platform);

[Collection(PostgresPlatformCollection.Name)]
public sealed class PostgresAuditScopeTests(PostgresPlatformFixture platform) : AuditScopeTests(platform);
