using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Chujing.Web.Demo;

namespace Chujing.Web.Tests;

/// <summary>
/// Every API endpoint × every role × both tenants: anonymous callers get 401, a role without the permission 403, a
/// caller of another tenant 404 (or a refused write), and the owner passes authorization. List endpoints return
/// only the caller's tenant's rows.
/// </summary>
public abstract class AuthorizationMatrixTests(PlatformFixture platform)
{
    private const string Anonymous = "anonymous";

    private static readonly string[] Callers =
        [Anonymous, DemoAccounts.EnterpriseA, DemoAccounts.EnterpriseB, DemoAccounts.Daxing, DemoAccounts.Haidian, DemoAccounts.City];

    /// <summary>What a caller gets: passes authorization (any other status), or one of the refusals.</summary>
    private enum Outcome
    {
        Pass,
        Unauthorized,
        Forbidden,
        NotFound,
        Refused,
    }

    [Fact]
    public async Task EveryEndpoint_EveryRoleAndTenant_GetsTheExpectedAccess()
    {
        var entA = await platform.As(DemoAccounts.EnterpriseA);
        var filingA = (string)(await ApiTests.Json(await entA.PostAsJsonAsync("api/filings", ApiTests.NewFiling()), HttpStatusCode.Created))["id"]!;

        // Submitted, so that regulators see it (a draft never submitted stays the enterprise's own).
        await ApiTests.Json(await entA.PostAsync($"api/filings/{filingA}/submit", null), HttpStatusCode.OK);
        var processorA = JsonNode.Parse(await entA.GetStringAsync("api/processors"))!.AsArray()[0]!;
        var processorAId = (int)processorA["id"]!;
        var usccA = (string)processorA["uscc"]!;
        var applicationA = (int)JsonNode.Parse(await entA.GetStringAsync("api/applications"))!.AsArray()[0]!["id"]!;
        var draft = "beijing-ftz/m" + Guid.NewGuid().ToString("N")[..10];
        await ApiTests.Json(await (await platform.As(DemoAccounts.City)).PostAsJsonAsync("api/editions/drafts", new { from = "beijing-ftz/2024", id = draft }), HttpStatusCode.Created);

        // Spot checks of 大兴: one planned, one drawn, one run (for a finding of enterprise A).
        var daxing = await platform.As(DemoAccounts.Daxing);
        var period = new { from = "2026-01-01", to = "2026-06-01", filings = 100, recordsPerFiling = 100 };
        var planned = (string)(await ApiTests.Json(await daxing.PostAsJsonAsync("api/spot-checks", period), HttpStatusCode.Created))["id"]!;
        var drawn = (string)(await ApiTests.Json(await daxing.PostAsJsonAsync("api/spot-checks", period), HttpStatusCode.Created))["id"]!;
        await ApiTests.Json(await daxing.PostAsJsonAsync($"api/spot-checks/{drawn}/draw", new { seed = "authorization-matrix-seed-0001" }), HttpStatusCode.OK);
        var run = (string)(await ApiTests.Json(await daxing.PostAsJsonAsync("api/spot-checks", period), HttpStatusCode.Created))["id"]!;
        await ApiTests.Json(await daxing.PostAsJsonAsync($"api/spot-checks/{run}/draw", new { seed = "authorization-matrix-seed-0002" }), HttpStatusCode.OK);
        var finding = (string)(await ApiTests.Json(await daxing.PostAsync($"api/spot-checks/{run}/run", null), HttpStatusCode.OK))["findings"]![0]!["id"]!;
        var objection = (string)(await ApiTests.Json(await entA.PostAsJsonAsync($"api/processors/{usccA}/rating/objections", new { finding, reason = "matrix" }), HttpStatusCode.Created))["id"]!;
        var tokenA = (int)(await ApiTests.Json(await entA.PostAsJsonAsync("api/tokens", new { name = "matrix" }), HttpStatusCode.Created))["id"]!;

        // Accounts: a colleague invited by enterprise A's administrator, an officer of 大兴 created by the city.
        var colleague = (string)(await ApiTests.Json(await entA.PostAsJsonAsync("api/accounts", new { email = $"matrix-{Guid.NewGuid():N}@example.cn", displayName = "matrix" }), HttpStatusCode.Created))["account"]!["id"]!;
        var officer = (string)(await ApiTests.Json(await (await platform.As(DemoAccounts.City)).PostAsJsonAsync("api/accounts", new { email = $"matrix-{Guid.NewGuid():N}@example.cn", displayName = "matrix", role = "zone-officer", zoneGroup = "daxing" }), HttpStatusCode.Created))["account"]!["id"]!;
        var attachmentA = (long)(await ApiTests.Json(await Filings.FilingAttachmentApiTests.UploadAsync(entA, filingA, "pipia-report", "pipia.pdf", Filings.AttachmentSamples.Pdf), HttpStatusCode.Created))["id"]!;

        // A notification of enterprise A's user (its latest): nobody else may mark it.
        var notificationA = (long)JsonNode.Parse(await entA.GetStringAsync("api/notifications?pageSize=1"))!["items"]![0]!["id"]!;

        // Owner, other enterprise, own officer, other officer, city — for a resource of enterprise A in 大兴.
        (string Method, string Path, string? Body, Outcome EntA, Outcome EntB, Outcome Daxing, Outcome Haidian, Outcome City)[] rows =
        [
            ("GET", "api/filings", null, Outcome.Pass, Outcome.Pass, Outcome.Pass, Outcome.Pass, Outcome.Pass),
            ("GET", "api/filings?page=1&pageSize=5", null, Outcome.Pass, Outcome.Pass, Outcome.Pass, Outcome.Pass, Outcome.Pass),
            ("GET", $"api/filings/{filingA}", null, Outcome.Pass, Outcome.NotFound, Outcome.Pass, Outcome.NotFound, Outcome.Pass),
            ("GET", $"api/filings/{filingA}/form.xlsx", null, Outcome.Pass, Outcome.NotFound, Outcome.Pass, Outcome.NotFound, Outcome.Pass),
            ("GET", $"api/filings/{filingA}/documents", null, Outcome.Pass, Outcome.NotFound, Outcome.Pass, Outcome.NotFound, Outcome.Pass),
            ("GET", $"api/filings/{filingA}/documents/filing-form.docx", null, Outcome.Pass, Outcome.NotFound, Outcome.Pass, Outcome.NotFound, Outcome.Pass),
            ("GET", $"api/filings/{filingA}/documents/filing-form.pdf", null, Outcome.Pass, Outcome.NotFound, Outcome.Pass, Outcome.NotFound, Outcome.Pass),
            ("POST", "api/filings", "{}", Outcome.Pass, Outcome.Pass, Outcome.Forbidden, Outcome.Forbidden, Outcome.Forbidden),
            ("PUT", $"api/filings/{filingA}", Body(ApiTests.NewFiling()), Outcome.Pass, Outcome.NotFound, Outcome.Forbidden, Outcome.Forbidden, Outcome.Forbidden),
            ("POST", $"api/filings/{filingA}/submit", null, Outcome.Pass, Outcome.NotFound, Outcome.Forbidden, Outcome.Forbidden, Outcome.Forbidden),
            ("POST", $"api/filings/{filingA}/start-review", "{}", Outcome.Forbidden, Outcome.Forbidden, Outcome.Pass, Outcome.NotFound, Outcome.Forbidden),
            ("POST", $"api/filings/{filingA}/return-for-correction", """{"note":"x"}""", Outcome.Forbidden, Outcome.Forbidden, Outcome.Pass, Outcome.NotFound, Outcome.Forbidden),
            ("POST", $"api/filings/{filingA}/approve", "{}", Outcome.Forbidden, Outcome.Forbidden, Outcome.Pass, Outcome.NotFound, Outcome.Forbidden),
            ("POST", $"api/filings/{filingA}/revoke", """{"note":"x"}""", Outcome.Forbidden, Outcome.Forbidden, Outcome.Pass, Outcome.NotFound, Outcome.Forbidden),
            ("POST", $"api/filings/{filingA}/reject", """{"note":"x"}""", Outcome.Forbidden, Outcome.Forbidden, Outcome.Pass, Outcome.NotFound, Outcome.Forbidden),
            ("POST", $"api/filings/{filingA}/suspend", """{"note":"x"}""", Outcome.Forbidden, Outcome.Forbidden, Outcome.Pass, Outcome.NotFound, Outcome.Forbidden),
            ("POST", $"api/filings/{filingA}/reinstate", """{"note":"x"}""", Outcome.Forbidden, Outcome.Forbidden, Outcome.Pass, Outcome.NotFound, Outcome.Forbidden),
            ("POST", $"api/filings/{filingA}/pathway", """{"reference":"x","date":"2026-05-01"}""", Outcome.Pass, Outcome.NotFound, Outcome.Forbidden, Outcome.Forbidden, Outcome.Forbidden),
            ("GET", "api/processors", null, Outcome.Pass, Outcome.Pass, Outcome.Pass, Outcome.Pass, Outcome.Pass),
            ("GET", $"api/processors/{processorAId}", null, Outcome.Pass, Outcome.NotFound, Outcome.Pass, Outcome.NotFound, Outcome.Pass),
            ("POST", "api/processors", """{"uscc":"91110000802100433C","name":"x","zoneGroup":"daxing","contactEmail":"a@b.c"}""", Outcome.Forbidden, Outcome.Forbidden, Outcome.Pass, Outcome.Forbidden, Outcome.Pass),
            ("GET", "api/applications", null, Outcome.Pass, Outcome.Pass, Outcome.Pass, Outcome.Pass, Outcome.Pass),
            ("POST", "api/applications", "{}", Outcome.Pass, Outcome.Pass, Outcome.Forbidden, Outcome.Forbidden, Outcome.Forbidden),
            ("POST", $"api/applications/{applicationA}/approve", "{}", Outcome.Forbidden, Outcome.Forbidden, Outcome.Pass, Outcome.NotFound, Outcome.Forbidden),
            ("POST", $"api/applications/{applicationA}/reject", """{"note":"x"}""", Outcome.Forbidden, Outcome.Forbidden, Outcome.Pass, Outcome.NotFound, Outcome.Forbidden),
            ("GET", "api/audit", null, Outcome.Forbidden, Outcome.Forbidden, Outcome.Pass, Outcome.Pass, Outcome.Pass),
            ("GET", "api/audit?entity=api-token", null, Outcome.Pass, Outcome.Pass, Outcome.Pass, Outcome.Pass, Outcome.Pass),
            ("GET", $"api/audit?entity=filing&entityId={filingA}&q=F&processor={usccA}&zone=daxing&from=2026-01-01&to=2026-12-31&take=5", null, Outcome.Forbidden, Outcome.Forbidden, Outcome.Pass, Outcome.Pass, Outcome.Pass),
            ("POST", "api/evidence", $$"""[{"processor":"{{usccA}}","time":"2026-05-01T08:00:00Z","recipient":"R","country":"DE","persons":1,"personKeys":["sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"]}]""", Outcome.Pass, Outcome.Refused, Outcome.Forbidden, Outcome.Forbidden, Outcome.Forbidden),
            ("GET", "api/counters", null, Outcome.Pass, Outcome.Pass, Outcome.Pass, Outcome.Pass, Outcome.Pass),
            ("POST", "api/assess", """{"processor":{"ciio":false},"importantData":false,"persons":{"personal":1,"sensitive":0}}""", Outcome.Pass, Outcome.Pass, Outcome.Pass, Outcome.Pass, Outcome.Pass),
            ("GET", "api/auth/me", null, Outcome.Pass, Outcome.Pass, Outcome.Pass, Outcome.Pass, Outcome.Pass),
            ("GET", "api/deviations", null, Outcome.Pass, Outcome.Pass, Outcome.Pass, Outcome.Pass, Outcome.Pass),
            ("GET", "api/deviations/counts", null, Outcome.Pass, Outcome.Pass, Outcome.Pass, Outcome.Pass, Outcome.Pass),
            ("GET", "api/spot-checks", null, Outcome.Pass, Outcome.Pass, Outcome.Pass, Outcome.Pass, Outcome.Pass),
            ("GET", $"api/spot-checks/{drawn}", null, Outcome.Pass, Outcome.NotFound, Outcome.Pass, Outcome.NotFound, Outcome.Pass),
            ("POST", "api/spot-checks", "{}", Outcome.Forbidden, Outcome.Forbidden, Outcome.Pass, Outcome.Pass, Outcome.Pass),
            ("GET", $"api/spot-checks/{planned}/population", null, Outcome.Forbidden, Outcome.Forbidden, Outcome.Pass, Outcome.NotFound, Outcome.Pass),
            ("POST", $"api/spot-checks/{planned}/draw", """{"seed":"short"}""", Outcome.Forbidden, Outcome.Forbidden, Outcome.Pass, Outcome.NotFound, Outcome.Pass),
            ("POST", $"api/spot-checks/{drawn}/recusals", "{}", Outcome.Forbidden, Outcome.Forbidden, Outcome.Pass, Outcome.NotFound, Outcome.Pass),
            ("POST", $"api/spot-checks/{drawn}/payloads/0", "x", Outcome.Pass, Outcome.NotFound, Outcome.Forbidden, Outcome.Forbidden, Outcome.Forbidden),
            ("POST", $"api/spot-checks/{drawn}/payloads/no-leaf", "x", Outcome.NotFound, Outcome.NotFound, Outcome.Forbidden, Outcome.Forbidden, Outcome.Forbidden),
            ("POST", $"api/spot-checks/{planned}/run", null, Outcome.Forbidden, Outcome.Forbidden, Outcome.Pass, Outcome.NotFound, Outcome.Pass),
            ("GET", "api/findings", null, Outcome.Pass, Outcome.Pass, Outcome.Pass, Outcome.Pass, Outcome.Pass),
            ("GET", $"api/findings/{finding}", null, Outcome.Pass, Outcome.NotFound, Outcome.Pass, Outcome.NotFound, Outcome.Pass),
            ("POST", $"api/findings/{finding}/rectification", "{}", Outcome.Pass, Outcome.NotFound, Outcome.Forbidden, Outcome.Forbidden, Outcome.Forbidden),
            ("POST", $"api/findings/{finding}/accept", "{}", Outcome.Forbidden, Outcome.Forbidden, Outcome.Pass, Outcome.NotFound, Outcome.Forbidden),
            ("POST", $"api/findings/{finding}/reopen", "{}", Outcome.Forbidden, Outcome.Forbidden, Outcome.Pass, Outcome.NotFound, Outcome.Forbidden),
            ("POST", $"api/findings/{finding}/escalate", """{"filingAction":"suspend-everything"}""", Outcome.Forbidden, Outcome.Forbidden, Outcome.Pass, Outcome.NotFound, Outcome.Forbidden),
            ("GET", $"api/processors/{usccA}/rating", null, Outcome.Pass, Outcome.NotFound, Outcome.Pass, Outcome.NotFound, Outcome.Pass),
            ("POST", $"api/processors/{usccA}/rating/objections", "{}", Outcome.Pass, Outcome.NotFound, Outcome.Forbidden, Outcome.Forbidden, Outcome.Forbidden),
            ("GET", "api/rating-objections", null, Outcome.Pass, Outcome.Pass, Outcome.Pass, Outcome.Pass, Outcome.Pass),
            ("GET", $"api/rating-objections/{objection}", null, Outcome.Pass, Outcome.NotFound, Outcome.Pass, Outcome.NotFound, Outcome.Pass),
            ("POST", $"api/rating-objections/{objection}/uphold", "{}", Outcome.Forbidden, Outcome.Forbidden, Outcome.Pass, Outcome.NotFound, Outcome.Forbidden),
            ("POST", $"api/rating-objections/{objection}/reject", "{}", Outcome.Forbidden, Outcome.Forbidden, Outcome.Pass, Outcome.NotFound, Outcome.Forbidden),
            ("GET", "api/editions", null, Outcome.Pass, Outcome.Pass, Outcome.Pass, Outcome.Pass, Outcome.Pass),
            ("GET", "api/editions/beijing-ftz/2024", null, Outcome.Pass, Outcome.Pass, Outcome.Pass, Outcome.Pass, Outcome.Pass),
            ("GET", "api/editions/beijing-ftz/2024?format=yaml", null, Outcome.Pass, Outcome.Pass, Outcome.Pass, Outcome.Pass, Outcome.Pass),
            ("GET", $"api/editions/{draft}", null, Outcome.NotFound, Outcome.NotFound, Outcome.NotFound, Outcome.NotFound, Outcome.Pass),
            ("GET", $"api/editions/{draft}/history", null, Outcome.Forbidden, Outcome.Forbidden, Outcome.Forbidden, Outcome.Forbidden, Outcome.Pass),
            ("POST", "api/editions/drafts", "{}", Outcome.Forbidden, Outcome.Forbidden, Outcome.Forbidden, Outcome.Forbidden, Outcome.Pass),
            ("PATCH", $"api/editions/drafts/{draft}/items/nope", "{}", Outcome.Forbidden, Outcome.Forbidden, Outcome.Forbidden, Outcome.Forbidden, Outcome.Pass),
            ("DELETE", $"api/editions/drafts/{draft}/items/nope", null, Outcome.Forbidden, Outcome.Forbidden, Outcome.Forbidden, Outcome.Forbidden, Outcome.Pass),
            ("POST", $"api/editions/drafts/{draft}/approvals", "{}", Outcome.Forbidden, Outcome.Forbidden, Outcome.Forbidden, Outcome.Forbidden, Outcome.Pass),
            ("GET", $"api/editions/drafts/{draft}/impact", null, Outcome.Forbidden, Outcome.Forbidden, Outcome.Forbidden, Outcome.Forbidden, Outcome.Pass),
            ("POST", $"api/editions/drafts/{draft}/publish", "{}", Outcome.Forbidden, Outcome.Forbidden, Outcome.Forbidden, Outcome.Forbidden, Outcome.Pass),
            ("GET", "api/editions/beijing-ftz/2024/export.xlsx", null, Outcome.Pass, Outcome.Pass, Outcome.Pass, Outcome.Pass, Outcome.Pass),
            ("GET", $"api/editions/{draft}/export.xlsx", null, Outcome.NotFound, Outcome.NotFound, Outcome.NotFound, Outcome.NotFound, Outcome.Pass),
            ("POST", "api/editions/drafts/xlsx?from=beijing-ftz/2024&id=beijing-ftz/x", "{}", Outcome.Forbidden, Outcome.Forbidden, Outcome.Forbidden, Outcome.Forbidden, Outcome.Pass),
            ("GET", "api/editions/notices", null, Outcome.Pass, Outcome.Pass, Outcome.Pass, Outcome.Pass, Outcome.Pass),
            ("POST", "api/editions/notices/999999/move", null, Outcome.NotFound, Outcome.NotFound, Outcome.Forbidden, Outcome.Forbidden, Outcome.Forbidden),
            ("POST", "api/check", $$"""[{"processor":"{{usccA}}","time":"2026-05-01T08:00:00Z","recipient":"R","country":"DE","persons":1}]""", Outcome.Pass, Outcome.Refused, Outcome.Forbidden, Outcome.Forbidden, Outcome.Forbidden),
            ("GET", "api/tokens", null, Outcome.Pass, Outcome.Pass, Outcome.Forbidden, Outcome.Forbidden, Outcome.Forbidden),
            ("POST", "api/tokens", """{"name":"matrix"}""", Outcome.Pass, Outcome.Pass, Outcome.Forbidden, Outcome.Forbidden, Outcome.Forbidden),
            ("DELETE", $"api/tokens/{tokenA}", null, Outcome.Pass, Outcome.NotFound, Outcome.Forbidden, Outcome.Forbidden, Outcome.Forbidden),
            ("GET", "api/ledger/bundle", null, Outcome.Pass, Outcome.Pass, Outcome.Pass, Outcome.Pass, Outcome.Pass),
            ("GET", $"api/ledger/bundle?processor={usccA}", null, Outcome.Pass, Outcome.NotFound, Outcome.Pass, Outcome.NotFound, Outcome.Pass),
            ("GET", "api/ledger/proof?leaf=0", null, Outcome.Pass, Outcome.Pass, Outcome.Pass, Outcome.Pass, Outcome.Pass),
            ("GET", $"api/ledger/proof?leaf=0&processor={usccA}", null, Outcome.Pass, Outcome.NotFound, Outcome.Pass, Outcome.NotFound, Outcome.Pass),
            ("GET", "api/filings/export.csv", null, Outcome.Pass, Outcome.Pass, Outcome.Pass, Outcome.Pass, Outcome.Pass),
            ("GET", "api/filings/export.xlsx", null, Outcome.Pass, Outcome.Pass, Outcome.Pass, Outcome.Pass, Outcome.Pass),
            ("GET", "api/evidence/records", null, Outcome.Pass, Outcome.Pass, Outcome.Pass, Outcome.Pass, Outcome.Pass),
            ("GET", "api/evidence/records/export.csv", null, Outcome.Pass, Outcome.Pass, Outcome.Pass, Outcome.Pass, Outcome.Pass),
            ("GET", "api/evidence/records/export.xlsx", null, Outcome.Pass, Outcome.Pass, Outcome.Pass, Outcome.Pass, Outcome.Pass),
            ("GET", "api/audit/export.csv", null, Outcome.Forbidden, Outcome.Forbidden, Outcome.Pass, Outcome.Pass, Outcome.Pass),
            ("GET", "api/audit/export.xlsx", null, Outcome.Forbidden, Outcome.Forbidden, Outcome.Pass, Outcome.Pass, Outcome.Pass),
            ("GET", "api/statistics", null, Outcome.Forbidden, Outcome.Forbidden, Outcome.Pass, Outcome.Pass, Outcome.Pass),
            ("GET", "api/statistics/export.csv", null, Outcome.Forbidden, Outcome.Forbidden, Outcome.Pass, Outcome.Pass, Outcome.Pass),
            ("GET", "api/statistics/export.xlsx", null, Outcome.Forbidden, Outcome.Forbidden, Outcome.Pass, Outcome.Pass, Outcome.Pass),
            ("GET", "api/accounts", null, Outcome.Pass, Outcome.Pass, Outcome.Forbidden, Outcome.Forbidden, Outcome.Pass),
            ("POST", "api/accounts", "{}", Outcome.Pass, Outcome.Pass, Outcome.Forbidden, Outcome.Forbidden, Outcome.Pass),
            ("GET", $"api/accounts/{colleague}", null, Outcome.Pass, Outcome.NotFound, Outcome.Forbidden, Outcome.Forbidden, Outcome.NotFound),
            ("PATCH", $"api/accounts/{colleague}", "{}", Outcome.Pass, Outcome.NotFound, Outcome.Forbidden, Outcome.Forbidden, Outcome.NotFound),
            ("POST", $"api/accounts/{colleague}/lock", null, Outcome.Pass, Outcome.NotFound, Outcome.Forbidden, Outcome.Forbidden, Outcome.NotFound),
            ("POST", $"api/accounts/{colleague}/unlock", null, Outcome.Pass, Outcome.NotFound, Outcome.Forbidden, Outcome.Forbidden, Outcome.NotFound),
            ("POST", $"api/accounts/{colleague}/two-factor/reset", null, Outcome.Pass, Outcome.NotFound, Outcome.Forbidden, Outcome.Forbidden, Outcome.NotFound),
            ("POST", $"api/accounts/{colleague}/reset", null, Outcome.Pass, Outcome.NotFound, Outcome.Forbidden, Outcome.Forbidden, Outcome.NotFound),
            ("GET", $"api/accounts/{officer}", null, Outcome.NotFound, Outcome.NotFound, Outcome.Forbidden, Outcome.Forbidden, Outcome.Pass),
            ("PATCH", $"api/accounts/{officer}", """{"zoneGroup":"daxing"}""", Outcome.NotFound, Outcome.NotFound, Outcome.Forbidden, Outcome.Forbidden, Outcome.Pass),
            ("POST", $"api/accounts/{officer}/lock", null, Outcome.NotFound, Outcome.NotFound, Outcome.Forbidden, Outcome.Forbidden, Outcome.Pass),
            ("POST", $"api/accounts/{officer}/unlock", null, Outcome.NotFound, Outcome.NotFound, Outcome.Forbidden, Outcome.Forbidden, Outcome.Pass),
            ("POST", $"api/accounts/{officer}/two-factor/reset", null, Outcome.NotFound, Outcome.NotFound, Outcome.Forbidden, Outcome.Forbidden, Outcome.Pass),
            ("POST", $"api/accounts/{officer}/reset", null, Outcome.NotFound, Outcome.NotFound, Outcome.Forbidden, Outcome.Forbidden, Outcome.Pass),
            ("POST", "api/auth/password", "{}", Outcome.Pass, Outcome.Pass, Outcome.Pass, Outcome.Pass, Outcome.Pass),
            ("GET", $"api/filings/{filingA}/attachments", null, Outcome.Pass, Outcome.NotFound, Outcome.Pass, Outcome.NotFound, Outcome.Pass),
            ("POST", $"api/filings/{filingA}/attachments?kind=pipia-report&fileName=x.pdf", "{}", Outcome.Pass, Outcome.NotFound, Outcome.Forbidden, Outcome.Forbidden, Outcome.Forbidden),
            ("GET", $"api/filings/{filingA}/attachments/{attachmentA}", null, Outcome.Pass, Outcome.NotFound, Outcome.Pass, Outcome.NotFound, Outcome.Pass),
            ("DELETE", $"api/filings/{filingA}/attachments/{attachmentA}", null, Outcome.Pass, Outcome.NotFound, Outcome.Forbidden, Outcome.Forbidden, Outcome.Forbidden),
            ("GET", "api/notifications", null, Outcome.Pass, Outcome.Pass, Outcome.Pass, Outcome.Pass, Outcome.Pass),
            ("GET", "api/notifications/unread-count", null, Outcome.Pass, Outcome.Pass, Outcome.Pass, Outcome.Pass, Outcome.Pass),
            ("POST", $"api/notifications/{notificationA}/read", null, Outcome.Pass, Outcome.NotFound, Outcome.NotFound, Outcome.NotFound, Outcome.NotFound),
            ("POST", "api/notifications/read-all", null, Outcome.Pass, Outcome.Pass, Outcome.Pass, Outcome.Pass, Outcome.Pass),
        ];

        var mismatches = new List<string>();
        foreach (var row in rows)
        {
            Outcome[] expected = [Outcome.Unauthorized, row.EntA, row.EntB, row.Daxing, row.Haidian, row.City];
            for (var i = 0; i < Callers.Length; i++)
            {
                var client = Callers[i] == Anonymous ? platform.Anonymous() : await platform.As(Callers[i]);
                using var request = new HttpRequestMessage(new HttpMethod(row.Method), row.Path);
                if (row.Body is not null)
                {
                    request.Content = new StringContent(row.Body, Encoding.UTF8, "application/json");
                }

                var response = await client.SendAsync(request);
                var actual = Classify(response.StatusCode);
                // A write that passed authorization may still be refused for its content (422); that is a pass.
                if (actual != expected[i] && !(expected[i] == Outcome.Pass && actual == Outcome.Refused))
                {
                    mismatches.Add($"{row.Method} {row.Path} as {Callers[i]}: expected {expected[i]}, got {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                }

                if (Callers[i] == Anonymous)
                {
                    client.Dispose();
                }
            }
        }

        Assert.True(mismatches.Count == 0, string.Join(Environment.NewLine, mismatches));
    }

    [Fact]
    public async Task PublicSpotChecks_AnswerWithoutSignIn()
    {
        using var anonymous = platform.Anonymous();
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("public/spot-checks")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("public/spot-checks/SC-1999-0001/population")).StatusCode);
    }

    [Fact]
    public async Task SetPassword_AnswersWithoutSignIn_AndAnUnknownLinkSetsNothing()
    {
        using var anonymous = platform.Anonymous();
        var response = await anonymous.PostAsJsonAsync("api/auth/set-password", new { token = "not-a-link", password = "Demo-Passw0rd!x" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
    }

    [Fact]
    public async Task Accounts_ColleagueWithoutAdministration_IsForbidden()
    {
        var entA = await platform.As(DemoAccounts.EnterpriseA);
        var created = await ApiTests.Json(await entA.PostAsJsonAsync("api/accounts", new { email = $"plain-{Guid.NewGuid():N}@example.cn", displayName = "plain" }), HttpStatusCode.Created);
        using var colleague = platform.Anonymous();
        Assert.Equal(HttpStatusCode.NoContent, (await colleague.PostAsJsonAsync("api/auth/set-password", new { token = (string)created["invitation"]!["token"]!, password = "Kollege-Passw0rd!" })).StatusCode);
        await ApiTests.Json(await colleague.PostAsJsonAsync("api/auth/login", new { email = (string)created["account"]!["email"]!, password = "Kollege-Passw0rd!" }), HttpStatusCode.OK);
        foreach (var (method, path) in ((string, string)[])[("GET", "api/accounts"), ("POST", "api/accounts"), ("POST", $"api/accounts/{(string)created["account"]!["id"]!}/reset")])
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = method == "POST" ? new StringContent("{}", Encoding.UTF8, "application/json") : null };
            Assert.Equal(HttpStatusCode.Forbidden, (await colleague.SendAsync(request)).StatusCode);
        }
    }

    [Theory]
    [InlineData(DemoAccounts.EnterpriseA, "daxing")]
    [InlineData(DemoAccounts.EnterpriseB, "haidian")]
    [InlineData(DemoAccounts.Daxing, "daxing")]
    [InlineData(DemoAccounts.Haidian, "haidian")]
    public async Task Lists_ForATenant_HoldOnlyThatTenantsRows(string email, string zone)
    {
        var client = await platform.As(email);
        foreach (var path in (string[])["api/filings", "api/filings?page=1&pageSize=5", "api/processors", "api/applications", "api/counters", "api/deviations", "api/evidence/records"])
        {
            var rows = JsonNode.Parse(await client.GetStringAsync(path))!.AsArray();
            Assert.NotEmpty(rows);
            Assert.All(rows, r => Assert.Equal(zone, (string?)r!["zoneGroup"]));
        }

        if (email.StartsWith("ent-", StringComparison.Ordinal))
        {
            var processors = JsonNode.Parse(await client.GetStringAsync("api/processors"))!.AsArray();
            var uscc = (string?)Assert.Single(processors)!["uscc"];
            var filings = JsonNode.Parse(await client.GetStringAsync("api/filings"))!.AsArray();
            Assert.All(filings, f => Assert.Equal(uscc, (string?)f!["processor"]));
        }
        else
        {
            var audit = JsonNode.Parse(await client.GetStringAsync("api/audit"))!.AsArray();
            Assert.NotEmpty(audit);
            Assert.All(audit, a => Assert.Equal(zone, (string?)a!["zoneGroup"]));

            // A filter naming the other tenant narrows to nothing, never widens.
            foreach (var other in (string[])["zone=daxing", "zone=haidian", "entity=filing&take=1000"])
            {
                var filtered = JsonNode.Parse(await client.GetStringAsync("api/audit?" + other))!.AsArray();
                Assert.All(filtered, a => Assert.Equal(zone, (string?)a!["zoneGroup"]));
            }
        }
    }

    [Fact]
    public async Task Lists_ForTheCity_SpanEveryZoneGroup()
    {
        var city = await platform.As(DemoAccounts.City);
        var zones = JsonNode.Parse(await city.GetStringAsync("api/filings"))!.AsArray().Select(f => (string?)f!["zoneGroup"]).ToHashSet();
        Assert.Superset(new HashSet<string?> { "daxing", "haidian" }, zones);
    }

    private static Outcome Classify(HttpStatusCode status) => status switch
    {
        HttpStatusCode.Unauthorized => Outcome.Unauthorized,
        HttpStatusCode.Forbidden => Outcome.Forbidden,
        HttpStatusCode.NotFound => Outcome.NotFound,
        HttpStatusCode.UnprocessableEntity => Outcome.Refused,
        _ => Outcome.Pass,
    };

    private static string Body<T>(T value) => System.Text.Json.JsonSerializer.Serialize(value, PlatformJson.Options);
}

[Collection(SqlitePlatformCollection.Name)]
public sealed class SqliteAuthorizationMatrixTests(SqlitePlatformFixture platform) : AuthorizationMatrixTests(platform);

[Collection(PostgresPlatformCollection.Name)]
public sealed class PostgresAuthorizationMatrixTests(PostgresPlatformFixture platform) : AuthorizationMatrixTests(platform);
