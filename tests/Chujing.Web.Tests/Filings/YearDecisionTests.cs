using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Chujing.Web.Demo;
using Chujing.Web.Filings;

namespace Chujing.Web.Tests.Filings;

/// <summary>
/// A filing is decided on the processor's year, and decided again when an input changes. Regressions: a filing was
/// once assessed on its own persons only, so splitting an export over filings dodged every threshold; and a decision
/// was made once at saving, so a list approval never changed it. Each provider runs on a platform of its own.
/// </summary>
public abstract class YearDecisionTests<TFixture> : IAsyncLifetime
    where TFixture : PlatformFixture, new()
{
    private readonly TFixture _platform = new();

    public Task InitializeAsync() => _platform.InitializeAsync();

    public Task DisposeAsync() => _platform.DisposeAsync();

    [Fact]
    public async Task Create_AfterAnApprovedFilingOf8500Sensitive_9000MoreNeedASecurityAssessment_AndTheBasisSaysWhatWasAdded()
    {
        var enterprise = await _platform.As(DemoAccounts.EnterpriseA);
        var officer = await _platform.As(DemoAccounts.Daxing);
        var first = await Created(enterprise, ApiTests.NewFiling() with { Persons = new PersonsBody(0, 8_500) });
        await Ok(enterprise.PostAsync($"api/filings/{first}/submit", null));
        await Ok(officer.PostAsJsonAsync($"api/filings/{first}/approve", new { note = "ok" }));

        var second = JsonNode.Parse(await enterprise.GetStringAsync($"api/filings/{await Created(enterprise, ApiTests.NewFiling() with { Persons = new PersonsBody(0, 9_000) })}"))!;
        Assert.Equal("security-assessment", (string?)second["pathway"]);
        Assert.True((long)second["yearPersons"]!["sensitive"]! >= 8_500);
        var year = second["basis"]!.AsArray().Single(b => (string?)b!["rule"] == "year-counts")!;
        Assert.Contains(first, (string?)year["explanation"], StringComparison.Ordinal);

        // The form shows what will be added, pre-filled.
        var form = await enterprise.GetStringAsync("Filings/Edit");
        Assert.Contains("data-testid=\"year-counts\"", form, StringComparison.Ordinal);
        Assert.Contains(first, form, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PersonsSentUnderTheFilingItself_AreNotAddedToItsOwnFigures_OnlyThoseSentOtherwise()
    {
        // Once, the demo's clinical-trial filing (9,000 sensitive persons filed) was assessed on 17,500: its own 9,000
        // plus the 8,500 already sent under it, which its own figure covers — the same persons counted twice.
        var enterprise = await _platform.As(DemoAccounts.EnterpriseA);
        var approved = JsonNode.Parse(await enterprise.GetStringAsync("api/filings?status=approved"))!.AsArray()
            .Single(f => (string?)f!["scenario"] == "bj-pharma-clinical-trial")!;
        var id = (string)approved["id"]!;
        var uscc = (string)JsonNode.Parse(await enterprise.GetStringAsync("api/processors"))!.AsArray()[0]!["uscc"]!;

        // Ten persons' sensitive information sent under no filing are the processor's year beside this filing.
        var keys = Enumerable.Range(0, 10).Select(i => "hmac-sha256:" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes("elsewhere-" + i)))).ToArray();
        object[] events = [new { processor = uscc, time = _platform.Time.GetUtcNow().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture), recipient = "Novum Pharma AG", country = "CH", persons = 10, sensitive = true, personKeys = keys }];
        await Ok(enterprise.PostAsJsonAsync("api/evidence", events));

        var after = JsonNode.Parse(await enterprise.GetStringAsync($"api/filings/{id}"))!;
        Assert.Equal(10, (long)after["yearPersons"]!["sensitive"]!);
    }

    [Fact]
    public async Task ApproveListApplication_DraftsTakeTheNewDecision_AndAFilingUnderReviewIsFlaggedOutOfDate()
    {
        var enterprise = await _platform.As(DemoAccounts.EnterpriseB);
        var before = JsonNode.Parse(await enterprise.GetStringAsync("api/filings"))!.AsArray();
        var underReview = before.Single(f => (string?)f!["status"] == "under-review")!;
        var draft = before.First(f => (string?)f!["status"] == "draft")!;
        Assert.Equal("exempt", (string?)underReview["pathway"]);
        Assert.Equal("exempt", (string?)draft["pathway"]);

        var officer = await _platform.As(DemoAccounts.Haidian);
        var application = JsonNode.Parse(await officer.GetStringAsync("api/applications"))!.AsArray().Single(a => (string?)a!["status"] == "submitted")!;
        await Ok(officer.PostAsJsonAsync($"api/applications/{(int)application["id"]!}/approve", new { note = "符合条件" }));

        var reviewed = JsonNode.Parse(await enterprise.GetStringAsync($"api/filings/{(string?)underReview["id"]}"))!;
        Assert.Equal("exempt", (string?)reviewed["pathway"]);
        Assert.True((bool)reviewed["outOfDate"]!);
        Assert.Equal("security-assessment", (string?)reviewed["reassessedPathway"]);
        var redrafted = JsonNode.Parse(await enterprise.GetStringAsync($"api/filings/{(string?)draft["id"]}"))!;
        Assert.Equal("security-assessment", (string?)redrafted["pathway"]);
        Assert.False((bool)redrafted["outOfDate"]!);

        var page = await officer.GetStringAsync($"Filings/Details/{(string?)underReview["id"]}");
        Assert.Contains("data-testid=\"out-of-date\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ApprovedFiling_SaysWhatItsPathwayStillRequires_AndTheEnterpriseRecordsTheResult()
    {
        // Once, approval was silent: nothing said that the pathway (here a standard contract) still had to be done.
        var enterprise = await _platform.As(DemoAccounts.EnterpriseA);
        var approved = JsonNode.Parse(await enterprise.GetStringAsync("api/filings?status=approved"))!.AsArray()
            .First(f => (string?)f!["pathway"] != "exempt")!;
        var id = (string)approved["id"]!;
        Assert.Contains("网信部门", (string?)approved["stillRequired"]!["text"], StringComparison.Ordinal);
        Assert.Contains("data-testid=\"still-required\"", await enterprise.GetStringAsync($"Filings/Details/{id}"), StringComparison.Ordinal);

        var invalid = await enterprise.PostAsJsonAsync($"api/filings/{id}/pathway", new { reference = "", date = "2099-01-01" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, invalid.StatusCode);
        var recorded = await enterprise.PostAsJsonAsync($"api/filings/{id}/pathway", new { reference = "京网信备202600123", date = "2026-05-20" });
        var view = JsonNode.Parse(await recorded.Content.ReadAsStringAsync())!;
        Assert.Equal("京网信备202600123", (string?)view["pathwayReference"]);
        Assert.Equal("2026-05-20", (string?)view["pathwayDate"]);
    }

    private static async Task<string> Created(HttpClient client, FilingRequest request)
    {
        var response = await client.PostAsJsonAsync("api/filings", request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, text);
        return (string)JsonNode.Parse(text)!["id"]!;
    }

    private static async Task Ok(Task<HttpResponseMessage> call)
    {
        var response = await call;
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }
}

public sealed class SqliteYearDecisionTests : YearDecisionTests<SqlitePlatformFixture>;

public sealed class PostgresYearDecisionTests : YearDecisionTests<PostgresPlatformFixture>;
