using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Chujing.Web.Demo;
using MiniExcelLibs;

namespace Chujing.Web.Tests;

/// <summary>Filings through the API: what each role sees, the journey from draft to approval, state changes and the Excel form.</summary>
public abstract partial class ApiTests
{
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
}
