using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Chujing.Persistence.Accounts;
using Chujing.Web.Demo;
using Chujing.Web.Filings;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;

namespace Chujing.Web.Tests;

/// <summary>The HTTP API against a running platform; the same tests run on SQLite and on PostgreSQL.</summary>
public abstract class ApiTests(PlatformFixture platform)
{
    [Fact]
    public async Task OpenApi_Document_HasSuccessCodesErrorCodesCookieSchemeAndTypedBodies()
    {
        using var client = platform.Anonymous();
        var document = JsonNode.Parse(await client.GetStringAsync("openapi/v1.json"))!;
        var paths = document["paths"]!;
        Assert.NotNull(paths["/api/auth/login"]!["post"]!["responses"]!["200"]);
        Assert.NotNull(paths["/api/auth/logout"]!["post"]!["responses"]!["204"]);
        Assert.NotNull(paths["/api/filings"]!["post"]!["responses"]!["201"]);
        Assert.NotNull(paths["/api/processors"]!["post"]!["responses"]!["201"]);
        foreach (var code in (string[])["400", "401", "403", "422"])
        {
            Assert.NotNull(paths["/api/filings"]!["post"]!["responses"]![code]);
        }

        Assert.NotNull(paths["/api/filings/{id}"]!["get"]!["responses"]!["404"]);
        Assert.Equal("cookie", (string?)document["components"]!["securitySchemes"]!["session"]!["in"]);
        var evidence = paths["/api/evidence"]!["post"]!["requestBody"]!["content"]!["application/json"]!["schema"]!;
        Assert.Equal("array", (string?)evidence["type"]);
        Assert.DoesNotContain("\"string\"", document["components"]!["schemas"]!["PersonsBody"]!["properties"]!["personal"]!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenApi_Assess_DescribesTheActivityAndTheAssessment()
    {
        using var client = platform.Anonymous();
        var document = JsonNode.Parse(await client.GetStringAsync("openapi/v1.json"))!;
        var post = document["paths"]!["/api/assess"]!["post"]!;
        var request = ((string?)post["requestBody"]!["content"]!["application/json"]!["schema"]!["$ref"])!.Split('/')[^1];
        var response = ((string?)post["responses"]!["200"]!["content"]!["application/json"]!["schema"]!["$ref"])!.Split('/')[^1];
        var schemas = document["components"]!["schemas"]!;

        Assert.Equal(["processor", "importantData", "persons"], schemas[request]!["required"]!.AsArray().Select(r => (string?)r));
        Assert.Contains("contract-with-individual", schemas["Exemption"]!["enum"]!.AsArray().Select(e => (string?)e));
        Assert.True(schemas[response]!["properties"]!.AsObject().ContainsKey("basis"));
    }

    [Fact]
    public async Task Pages_CarryNoSniffAndNoFramingHeaders()
    {
        using var client = platform.Anonymous();
        var response = await client.GetAsync("Account/Login");
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Logout_ReplayedSessionCookie_401()
    {
        var email = await NewCityAccountAsync("logout");
        var handler = new HttpClientHandler { UseCookies = true, CookieContainer = new CookieContainer() };
        using var client = new HttpClient(handler) { BaseAddress = platform.BaseAddress };
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync("api/auth/login", new { email, password = DemoAccounts.Password })).StatusCode);
        var session = handler.CookieContainer.GetCookies(platform.BaseAddress)["chujing.session"]!.Value;
        Assert.Equal(HttpStatusCode.NoContent, (await client.PostAsync("api/auth/logout", null)).StatusCode);
        platform.Time.Advance(TimeSpan.FromSeconds(1)); // the stamp is checked once any time has passed since the cookie was issued

        using var replay = new HttpClient(new HttpClientHandler { UseCookies = false }) { BaseAddress = platform.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/filings");
        request.Headers.Add("Cookie", "chujing.session=" + session);
        Assert.Equal(HttpStatusCode.Unauthorized, (await replay.SendAsync(request)).StatusCode);
    }

    [Fact]
    public async Task Filings_ForEnterprise_CarryTheContractFieldsAndOnlyItsOwn()
    {
        var client = await platform.As(DemoAccounts.EnterpriseA);
        var filings = JsonNode.Parse(await client.GetStringAsync("api/filings"))!.AsArray();
        Assert.NotEmpty(filings);
        foreach (var f in filings)
        {
            foreach (var field in (string[])["id", "status", "processor", "scenario", "listEdition"])
            {
                Assert.NotNull(f![field]);
            }

            Assert.Equal("daxing", (string?)f!["zoneGroup"]);
        }

        var statuses = filings.Select(f => (string?)f!["status"]).ToHashSet();
        Assert.Contains("approved", statuses);
        Assert.Contains("draft", statuses);
    }

    [Fact]
    public async Task Filing_MainJourney_DraftSubmitReturnAmendApprove()
    {
        var enterprise = await platform.As(DemoAccounts.EnterpriseA);
        var officer = await platform.As(DemoAccounts.Daxing);
        var created = await Json(await enterprise.PostAsJsonAsync("api/filings", NewFiling()), HttpStatusCode.Created);
        var id = (string)created["id"]!;
        Assert.Matches(@"^F-2026-\d{4}$", id);
        Assert.Equal("draft", (string?)created["status"]);

        await Json(await enterprise.PostAsync($"api/filings/{id}/submit", null), HttpStatusCode.OK);
        await Json(await officer.PostAsJsonAsync($"api/filings/{id}/start-review", new { }), HttpStatusCode.OK);
        var returned = await Json(await officer.PostAsJsonAsync($"api/filings/{id}/return-for-correction", new { note = "补充接收方" }), HttpStatusCode.OK);
        Assert.Equal("returned-for-correction", (string?)returned["status"]);

        var amended = await Json(await enterprise.PutAsJsonAsync($"api/filings/{id}", NewFiling() with { Recipients = [new("Novum Pharma AG", "CH"), new("Novum Labs", "DE")], Version = (int)returned["version"]! }), HttpStatusCode.OK);
        Assert.Equal(2, amended["recipients"]!.AsArray().Count);
        await Json(await enterprise.PostAsync($"api/filings/{id}/submit", null), HttpStatusCode.OK);
        var approved = await Json(await officer.PostAsJsonAsync($"api/filings/{id}/approve", new { note = "准予备案" }), HttpStatusCode.OK);
        Assert.Equal("approved", (string?)approved["status"]);

        var seen = await Json(await enterprise.GetAsync($"api/filings/{id}"), HttpStatusCode.OK);
        Assert.Equal("approved", (string?)seen["status"]);
        Assert.Equal(["amend"], seen["allowedActions"]!.AsArray().Select(a => (string?)a));

        var history = JsonNode.Parse(await officer.GetStringAsync($"api/audit?entity=filing&entityId={id}"))!.AsArray();
        Assert.Equal(["approve", "submit", "amend", "return-for-correction", "start-review", "submit", "create"], history.Select(h => (string?)h!["action"]));
        var approval = history[0]!;
        Assert.Equal(DemoAccounts.Daxing, (string?)approval["actor"]);
        Assert.Equal("submitted", (string?)approval["before"]!["status"]);
        Assert.Equal("approved", (string?)approval["after"]!["status"]);
    }

    [Fact]
    public async Task CreateFiling_BreaksRules_422NamingEveryFieldAndWritesNothing()
    {
        var enterprise = await platform.As(DemoAccounts.EnterpriseB);
        var before = JsonNode.Parse(await enterprise.GetStringAsync("api/filings"))!.AsArray().Count;
        var bad = NewFiling() with { Scenario = "", Recipients = [new("X", "Germany")], RetentionMonths = 0 };
        var problem = await ProblemAsync(await enterprise.PostAsJsonAsync("api/filings", bad), HttpStatusCode.UnprocessableEntity);
        var errors = problem["errors"]!.AsObject();
        Assert.True(errors.ContainsKey("scenario"));
        Assert.True(errors.ContainsKey("recipients[0].country"));
        Assert.True(errors.ContainsKey("retentionMonths"));
        Assert.Equal(before, JsonNode.Parse(await enterprise.GetStringAsync("api/filings"))!.AsArray().Count);
    }

    [Fact]
    public async Task CreateFiling_WrongJsonType_400NamingTheField()
    {
        var enterprise = await platform.As(DemoAccounts.EnterpriseB);
        using var content = new StringContent("""{"scenario":"bj-auto-ota","persons":{"personal":"many","sensitive":0}}""", System.Text.Encoding.UTF8, "application/json");
        var problem = await ProblemAsync(await enterprise.PostAsync("api/filings", content), HttpStatusCode.BadRequest);
        Assert.True(problem["errors"]!.AsObject().ContainsKey("persons.personal"));
    }

    [Fact]
    public async Task CreateFiling_UnknownProperty_400NamingIt()
    {
        var enterprise = await platform.As(DemoAccounts.EnterpriseB);
        using var content = new StringContent("""{"scenario":"bj-auto-ota","recipient":"typo"}""", System.Text.Encoding.UTF8, "application/json");
        var problem = await ProblemAsync(await enterprise.PostAsync("api/filings", content), HttpStatusCode.BadRequest);
        Assert.Contains("recipient", problem["detail"]!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateFiling_PersonsAsString_400OnPersonsPersonal()
    {
        var enterprise = await platform.As(DemoAccounts.EnterpriseB);
        using var content = new StringContent("""{"scenario":"bj-auto-ota","persons":{"personal":"1000","sensitive":0}}""", System.Text.Encoding.UTF8, "application/json");
        var problem = await ProblemAsync(await enterprise.PostAsync("api/filings", content), HttpStatusCode.BadRequest);
        Assert.Contains("whole number", problem["errors"]!["persons.personal"]![0]!.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"validFrom":"2026/06/01"}""", "validFrom", "YYYY-MM-DD")]
    [InlineData("""{"recipients":{"name":"x"}}""", "recipients", "array")]
    [InlineData("""{"scenario":"bj-auto-ota","recipient":"typo"}""", "recipient", "unknown property")]
    [InlineData("""{"scenario":""", "body", "not valid JSON")]
    public async Task CreateFiling_UnreadableBody_400InPlainWordsWithoutDotNetTypeNames(string body, string field, string wording)
    {
        var enterprise = await platform.As(DemoAccounts.EnterpriseB);
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        var response = await enterprise.PostAsync("api/filings", content);
        var text = await response.Content.ReadAsStringAsync();
        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem["errors"]![field] is not null, text);
        Assert.Contains(wording, problem["errors"]![field]![0]!.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("System.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Chujing.", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ApplyForList_OtherZonesList_422OnListEdition()
    {
        var enterprise = await platform.As(DemoAccounts.EnterpriseB);
        var problem = await ProblemAsync(await enterprise.PostAsJsonAsync("api/applications", new { listEdition = "tianjin-ftz/2024", statement = "x" }), HttpStatusCode.UnprocessableEntity);
        Assert.Contains("tianjin-ftz/2024", problem["errors"]!["listEdition"]![0]!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ApplyForList_AlreadyApproved_422OnListEdition()
    {
        var enterprise = await platform.As(DemoAccounts.EnterpriseA);
        var problem = await ProblemAsync(await enterprise.PostAsJsonAsync("api/applications", new { listEdition = "beijing-ftz/2024", statement = "again" }), HttpStatusCode.UnprocessableEntity);
        Assert.Contains("already approved", problem["errors"]!["listEdition"]![0]!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateFiling_UnderOtherZonesList_422OnListEdition()
    {
        var enterprise = await platform.As(DemoAccounts.EnterpriseA);
        var problem = await ProblemAsync(await enterprise.PostAsJsonAsync("api/filings", NewFiling() with { ListEdition = "tianjin-ftz/2024" }), HttpStatusCode.UnprocessableEntity);
        Assert.True(problem["errors"]!.AsObject().ContainsKey("listEdition"));
    }

    [Fact]
    public async Task Filings_UnsubmittedDraft_NotVisibleToTheZoneOfficerOrTheCity()
    {
        var enterprise = await platform.As(DemoAccounts.EnterpriseA);
        var id = (string)(await Json(await enterprise.PostAsJsonAsync("api/filings", NewFiling()), HttpStatusCode.Created))["id"]!;
        foreach (var regulator in (string[])[DemoAccounts.Daxing, DemoAccounts.City])
        {
            var client = await platform.As(regulator);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"api/filings/{id}")).StatusCode);
        }

        await Json(await enterprise.PostAsync($"api/filings/{id}/submit", null), HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.OK, (await (await platform.As(DemoAccounts.Daxing)).GetAsync($"api/filings/{id}")).StatusCode);
    }

    [Fact]
    public async Task Return_WithoutNote_422OnNote()
    {
        var (id, officer) = await SubmittedFilingAsync();
        var problem = await ProblemAsync(await officer.PostAsJsonAsync($"api/filings/{id}/return-for-correction", new { note = " " }), HttpStatusCode.UnprocessableEntity);
        Assert.True(problem["errors"]!.AsObject().ContainsKey("note"));
    }

    [Fact]
    public async Task Approve_WithStaleVersion_409()
    {
        var (id, officer) = await SubmittedFilingAsync();
        var response = await officer.PostAsJsonAsync($"api/filings/{id}/approve", new { version = 1 });
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }

    [Fact]
    public async Task Expiry_ApprovedFilingPastItsLastDay_BecomesExpired()
    {
        var (id, officer) = await SubmittedFilingAsync(NewFiling() with { ValidFrom = new DateOnly(2025, 1, 1), ValidUntil = new DateOnly(2026, 6, 1) });
        await Json(await officer.PostAsJsonAsync($"api/filings/{id}/approve", new { }), HttpStatusCode.OK);
        await using var scope = platform.Services.CreateAsyncScope();
        await EndValidityAsync(scope, id);
        Assert.True(await scope.ServiceProvider.GetRequiredService<FilingService>().ExpireDueAsync(CancellationToken.None) >= 1);
        var seen = await Json(await officer.GetAsync($"api/filings/{id}"), HttpStatusCode.OK);
        Assert.Equal("expired", (string?)seen["status"]);
    }

    [Fact]
    public async Task CreateFiling_ValidityAlreadyEnded_422OnValidUntil()
    {
        var enterprise = await platform.As(DemoAccounts.EnterpriseA);
        var problem = await ProblemAsync(
            await enterprise.PostAsJsonAsync("api/filings", NewFiling() with { ValidFrom = new DateOnly(2025, 1, 1), ValidUntil = new DateOnly(2026, 5, 31) }),
            HttpStatusCode.UnprocessableEntity);
        Assert.True(problem["errors"]!.AsObject().ContainsKey("validUntil"));
    }

    [Fact]
    public async Task Approve_SubmittedFilingWhoseValidityEnded_422OnValidUntil()
    {
        var (id, officer) = await SubmittedFilingAsync(NewFiling() with { ValidFrom = new DateOnly(2025, 1, 1), ValidUntil = new DateOnly(2026, 6, 1) });
        await using (var scope = platform.Services.CreateAsyncScope())
        {
            await EndValidityAsync(scope, id);
        }

        var problem = await ProblemAsync(await officer.PostAsJsonAsync($"api/filings/{id}/approve", new { }), HttpStatusCode.UnprocessableEntity);
        Assert.True(problem["errors"]!.AsObject().ContainsKey("validUntil"));
    }

    [Fact]
    public async Task FormXlsx_CarriesTheFilingIdAndScenario()
    {
        var enterprise = await platform.As(DemoAccounts.EnterpriseA);
        var id = (string)JsonNode.Parse(await enterprise.GetStringAsync("api/filings"))!.AsArray()[0]!["id"]!;
        var response = await enterprise.GetAsync($"api/filings/{id}/form.xlsx");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var rows = stream.Query(useHeaderRow: true, sheetName: "备案表").Cast<IDictionary<string, object>>().ToList();
        Assert.Contains(rows, r => Equals(r["内容 Value"], id));
    }

    [Fact]
    public async Task RegisterProcessor_BadCheckCharacter_422OnUscc()
    {
        var officer = await platform.As(DemoAccounts.Haidian);
        var problem = await ProblemAsync(
            await officer.PostAsJsonAsync("api/processors", new { uscc = "91110000802100433C", name = "X", zoneGroup = "haidian", contactEmail = "x@example.com" }),
            HttpStatusCode.UnprocessableEntity);
        Assert.True(problem["errors"]!.AsObject().ContainsKey("uscc"));
    }

    [Theory]
    [InlineData("0111010500000000")]
    [InlineData("9100000000000000")]
    public async Task RegisterProcessor_CheckCharacterRightButCodeNotAssigned_422OnUscc_AsTheLedgerRefusesIt(string first16)
    {
        // The check character is right, but the authority is 0 or the division is 000000: the ledger would refuse
        // every export event of such a processor, so the platform does not register it.
        var first17 = first16 + "1";
        var uscc = first17 + Chujing.Domain.Identifiers.Uscc.CheckCharacter(first17);
        var officer = await platform.As(DemoAccounts.Haidian);
        var problem = await ProblemAsync(
            await officer.PostAsJsonAsync("api/processors", new { uscc, name = "X", zoneGroup = "haidian", contactEmail = "x@example.com" }),
            HttpStatusCode.UnprocessableEntity);
        Assert.Contains("not an assigned", problem["errors"]!["uscc"]![0]!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RegisterProcessor_Valid_201AndAudited()
    {
        var officer = await platform.As(DemoAccounts.Haidian);
        var uscc = platform.ProviderName == "sqlite" ? "91110000802100433B" : "91310000MA1FL4B24G";
        var created = await Json(await officer.PostAsJsonAsync("api/processors", new { uscc, name = "新注册企业", contactEmail = "dpo@example.com" }), HttpStatusCode.Created);
        Assert.Equal("haidian", (string?)created["zoneGroup"]);
        var audit = JsonNode.Parse(await officer.GetStringAsync("api/audit?entity=processor"))!.AsArray();
        Assert.Contains(audit, a => (string?)a!["action"] == "register");
    }

    [Fact]
    public async Task Evidence_EventOfAnotherProcessor_422NamingTheEvent()
    {
        var enterprise = await platform.As(DemoAccounts.EnterpriseA);
        var other = JsonNode.Parse(await (await platform.As(DemoAccounts.EnterpriseB)).GetStringAsync("api/processors"))!.AsArray()[0]!["uscc"]!.ToString();
        var events = new[] { new { processor = other, time = "2026-05-01T08:00:00Z", recipient = "R", country = "DE", persons = 1 } };
        var problem = await ProblemAsync(await enterprise.PostAsJsonAsync("api/evidence", events), HttpStatusCode.UnprocessableEntity);
        Assert.True(problem["errors"]!.AsObject().ContainsKey("[0].processor"));
    }

    [Fact]
    public async Task Counters_ForOfficer_CoverTheZoneGroupsProcessorsWithThresholds()
    {
        var officer = await platform.As(DemoAccounts.Daxing);
        var counters = JsonNode.Parse(await officer.GetStringAsync("api/counters"))!.AsArray();
        Assert.All(counters, c => Assert.Equal("daxing", (string?)c!["zoneGroup"]));
        Assert.All(counters, c => Assert.Superset(
            new HashSet<long> { 100_000, 1_000_000, 1, 10_000 },
            c!["thresholds"]!.AsArray().Select(t => (long)t!["limit"]!).ToHashSet()));
    }

    [Fact]
    public async Task Demo_ZoneGroupSeesTheSensitiveAlertOfItsEnterprise()
    {
        var officer = await platform.As(DemoAccounts.Daxing);
        var counters = JsonNode.Parse(await officer.GetStringAsync("api/counters"))!.AsArray();
        Assert.Contains(counters, c => c!["thresholds"]!.AsArray().Any(t => (string?)t!["kind"] == "sensitive" && (string?)t["level"] is "warning" or "exceeded"));
    }

    [Fact]
    public async Task Demo_SensitiveAlert_SaysWhetherAnApprovedFilingCoversTheBand()
    {
        var officer = await platform.As(DemoAccounts.Daxing);
        var counters = JsonNode.Parse(await officer.GetStringAsync("api/counters"))!.AsArray();
        var thresholds = counters.Single(c => (long)c!["sensitive"]! >= 8500)!["thresholds"]!.AsArray();

        // 8,500 sensitive persons: the standard-contract band (from 1) is met by the approved clinical-trial filing; the
        // security-assessment band (from 10,000) is near and nothing approved satisfies it yet.
        var contract = thresholds.Single(t => (string?)t!["kind"] == "sensitive" && (long)t["limit"]! == 1)!;
        Assert.Matches(@"^F-\d{4}-\d{4}$", (string?)contract["coveredBy"]);
        var assessment = thresholds.Single(t => (string?)t!["kind"] == "sensitive" && (long)t["limit"]! == 10_000)!;
        Assert.Equal("warning", (string?)assessment["level"]);
        Assert.Null(assessment["coveredBy"]);

        var html = await officer.GetStringAsync("/");
        Assert.Contains("data-testid=\"covered\"", html, StringComparison.Ordinal);
        Assert.Contains("尚无已通过的备案满足该档所需路径", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FilingForm_CountThatIsNotANumber_ShowsTheFieldErrorAndSavesNothing()
    {
        var enterprise = await platform.As(DemoAccounts.EnterpriseB);
        var before = JsonNode.Parse(await enterprise.GetStringAsync("api/filings"))!.AsArray().Count;
        var page = await enterprise.GetStringAsync("Filings/Edit");
        var token = System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"|value=\"([^\"]+)\" name=\"__RequestVerificationToken\"");
        Assert.True(token.Success);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token.Groups[1].Success ? token.Groups[1].Value : token.Groups[2].Value,
            ["Input.ListEdition"] = "beijing-ftz/2024",
            ["Input.Scenario"] = "bj-auto-ota",
            ["Input.Recipients"] = "Autowerk GmbH, DE",
            ["Input.Purpose"] = "x",
            ["Input.SecurityMeasures"] = "x",
            ["Input.PersonsPersonal"] = "10",
            ["Input.PersonsSensitive"] = "abc",
            ["Input.RetentionMonths"] = "12",
            ["Input.ValidFrom"] = "2026-06-01",
            ["Input.ValidUntil"] = "2026-12-31",
        });
        var response = await enterprise.PostAsync("Filings/Edit", form);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("须为不小于 0 的整数", html, StringComparison.Ordinal);
        Assert.Equal(before, JsonNode.Parse(await enterprise.GetStringAsync("api/filings"))!.AsArray().Count);
    }

    [Fact]
    public async Task FilingForm_PostedWithoutAntiforgeryToken_400AndNothingWritten()
    {
        var enterprise = await platform.As(DemoAccounts.EnterpriseB);
        var before = JsonNode.Parse(await enterprise.GetStringAsync("api/filings"))!.AsArray().Count;
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Scenario"] = "bj-auto-ota",
            ["Input.Recipients"] = "Autowerk GmbH, DE",
            ["Input.Purpose"] = "x",
            ["Input.SecurityMeasures"] = "x",
            ["Input.ValidFrom"] = "2026-06-01",
            ["Input.ValidUntil"] = "2026-12-31",
        });
        var response = await enterprise.PostAsync("Filings/Edit", form);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, JsonNode.Parse(await enterprise.GetStringAsync("api/filings"))!.AsArray().Count);
    }

    /// <summary>Moves a stored filing's last valid day to yesterday, as time passing would.</summary>
    private static async Task EndValidityAsync(AsyncServiceScope scope, string id)
    {
        var db = scope.ServiceProvider.GetRequiredService<Chujing.Persistence.ChujingDbContext>();
        var filing = await db.Filings.SingleAsync(f => f.Id == id);
        filing.ValidUntil = new DateOnly(2026, 5, 31);
        await db.SaveChangesAsync();
    }

    private async Task<string> NewCityAccountAsync(string tag)
    {
        var email = tag + "-" + platform.ProviderName + "@demo.local";
        await using var scope = platform.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PlatformUser>>();
        var user = new PlatformUser { UserName = email, Email = email, DisplayName = tag, Regulator = "cac" };
        Assert.True((await users.CreateAsync(user, DemoAccounts.Password)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, PlatformRoles.CityRegulator)).Succeeded);
        return email;
    }

    internal static FilingRequest NewFiling() => new()
    {
        Title = "测试备案",
        ListEdition = "beijing-ftz/2024",
        Scenario = "bj-pharma-pharmacovigilance",
        Fields = [],
        Recipients = [new RecipientBody("Novum Pharma AG", "CH")],
        Purpose = "药物警戒",
        Persons = new PersonsBody(1000, 0),
        RetentionMonths = 24,
        SecurityMeasures = "加密传输",
        ValidFrom = new DateOnly(2026, 6, 1),
        ValidUntil = new DateOnly(2027, 5, 31),
    };

    private async Task<(string Id, HttpClient Officer)> SubmittedFilingAsync(FilingRequest? request = null)
    {
        var enterprise = await platform.As(DemoAccounts.EnterpriseA);
        var created = await Json(await enterprise.PostAsJsonAsync("api/filings", request ?? NewFiling()), HttpStatusCode.Created);
        var id = (string)created["id"]!;
        await Json(await enterprise.PostAsync($"api/filings/{id}/submit", null), HttpStatusCode.OK);
        return (id, await platform.As(DemoAccounts.Daxing));
    }

    internal static async Task<JsonNode> Json(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode} {response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}: {body}");
        return JsonNode.Parse(body)!;
    }

    internal static async Task<JsonNode> ProblemAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return await Json(response, expected);
    }
}

[Collection(SqlitePlatformCollection.Name)]
public sealed class SqliteApiTests(SqlitePlatformFixture platform) : ApiTests(platform);

[Collection(PostgresPlatformCollection.Name)]
public sealed class PostgresApiTests(PostgresPlatformFixture platform) : ApiTests(platform);
