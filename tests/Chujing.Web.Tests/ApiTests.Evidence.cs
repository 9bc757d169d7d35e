using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Chujing.Web.Demo;

namespace Chujing.Web.Tests;

/// <summary>Evidence and counters: events of another processor refused, the year's counters held against the thresholds.</summary>
public abstract partial class ApiTests
{
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
        var counter = counters.Single(c => (long)c!["sensitive"]! >= 8500)!;
        var thresholds = counter["thresholds"]!.AsArray();

        // What the processor has approved decides the answer: the first approved filing (by id) whose pathway is at
        // least the band's, or none. Other tests may approve filings of the same processor, so it is read, not assumed.
        var approved = JsonNode.Parse(await officer.GetStringAsync("api/filings?status=approved"))!.AsArray()
            .Where(f => (string?)f!["processor"] == (string?)counter["processor"])
            .OrderBy(f => (string)f!["id"]!, StringComparer.Ordinal)
            .ToList();
        string? Covering(params string[] pathways) =>
            (string?)approved.FirstOrDefault(f => pathways.Contains((string?)f!["pathway"]))?["id"];

        // 8,500 sensitive persons: the standard-contract band (from 1) is met by the approved clinical-trial filing; the
        // security-assessment band (from 10,000) is near, answered only by an approved security assessment.
        var contract = thresholds.Single(t => (string?)t!["kind"] == "sensitive" && (long)t["limit"]! == 1)!;
        Assert.Matches(@"^F-\d{4}-\d{4}$", (string?)contract["coveredBy"]);
        Assert.Equal(Covering("standard-contract-or-certification", "security-assessment"), (string?)contract["coveredBy"]);
        var assessment = thresholds.Single(t => (string?)t!["kind"] == "sensitive" && (long)t["limit"]! == 10_000)!;
        Assert.Equal("warning", (string?)assessment["level"]);
        Assert.Equal(Covering("security-assessment"), (string?)assessment["coveredBy"]);

        var html = await officer.GetStringAsync("/");
        Assert.Contains("data-testid=\"covered\"", html, StringComparison.Ordinal);
        if (assessment["coveredBy"] is null)
        {
            Assert.Contains("尚无已通过的备案满足该档所需路径", html, StringComparison.Ordinal);
        }
    }
}
