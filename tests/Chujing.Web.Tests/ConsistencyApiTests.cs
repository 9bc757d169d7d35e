using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Chujing.Web.Demo;
using Chujing.Web.Filings;

namespace Chujing.Web.Tests;

/// <summary>
/// Consistency at ingestion: every valid export is recorded, deviating or not, and its deviations are answered,
/// stored and audit-logged; a filing carries its status history; duplicates in a filing are refused. Same tests on
/// SQLite and PostgreSQL.
/// </summary>
public abstract class ConsistencyApiTests(PlatformFixture platform)
{
    [Fact]
    public async Task Evidence_RecordsADeviatingExport_AndAnswersItsDeviationWithItsLeaf()
    {
        var (id, uscc, enterprise) = await ApprovedFilingAsync(platform, "ingest");
        object[] events =
        [
            Event(uscc, id, "Novum Pharma AG", "CH", "ingest-a"),
            Event(uscc, id, "Shadow Analytics Ltd", "CH", "ingest-b"),
        ];
        var receipt = await ApiTests.Json(await enterprise.PostAsJsonAsync("api/evidence", events), HttpStatusCode.OK);
        var leaves = receipt["leafIndexes"]!.AsArray().Select(l => (long)l!).ToList();
        Assert.Equal(2, leaves.Count);
        Assert.True(receipt["deviations"]!.AsArray().Count == 1, receipt["deviations"]!.ToJsonString());
        var deviation = receipt["deviations"]!.AsArray()[0]!;
        Assert.Equal(1, (int)deviation["event"]!);
        Assert.Equal("recipient-not-filed", (string?)deviation["kind"]);
        Assert.Equal("recipient", (string?)deviation["path"]);
        Assert.Equal("serious", (string?)deviation["severity"]);
        Assert.Equal(leaves[1], (long)deviation["leaf"]!);
        Assert.Contains("Shadow Analytics Ltd", (string?)deviation["detail"], StringComparison.Ordinal);
        Assert.NotEmpty(deviation["basis"]!.AsArray());

        var stored = JsonNode.Parse(await enterprise.GetStringAsync($"api/deviations?filing={id}"))!.AsArray();
        var row = Assert.Single(stored)!;
        Assert.Equal(leaves[1], (long)row["leaf"]!);
        Assert.Equal("recipient-not-filed", (string?)row["kind"]);

        var officer = await platform.As(DemoAccounts.Daxing);
        var audit = JsonNode.Parse(await officer.GetStringAsync($"api/audit?entity=deviation&entityId={uscc}"))!.AsArray();
        Assert.Contains(audit, a => (string?)a!["action"] == "record");
    }

    [Fact]
    public async Task Evidence_UnknownFiling_IsRecordedWithANoFilingDeviation()
    {
        var enterprise = await platform.As(DemoAccounts.EnterpriseA);
        var uscc = await UsccAsync(enterprise);
        var receipt = await ApiTests.Json(await enterprise.PostAsJsonAsync("api/evidence", new[] { Event(uscc, "F-1999-9999", "Novum Pharma AG", "CH", "unknown-filing") }), HttpStatusCode.OK);
        Assert.Single(receipt["leafIndexes"]!.AsArray());
        var deviation = Assert.Single(receipt["deviations"]!.AsArray())!;
        Assert.Equal(("no-filing", "filing", "serious"), ((string?)deviation["kind"], (string?)deviation["path"], (string?)deviation["severity"]));
    }

    [Fact]
    public async Task Evidence_MorePersonsThanFiled_IsPersonsOverFiled()
    {
        var (id, uscc, enterprise) = await ApprovedFilingAsync(platform, "over", personal: 2);
        object[] events = [Event(uscc, id, "Novum Pharma AG", "CH", "over-1"), Event(uscc, id, "Novum Pharma AG", "CH", "over-2")];
        var first = await ApiTests.Json(await enterprise.PostAsJsonAsync("api/evidence", events), HttpStatusCode.OK);
        Assert.Empty(first["deviations"]!.AsArray());
        var second = await ApiTests.Json(await enterprise.PostAsJsonAsync("api/evidence", new[] { Event(uscc, id, "Novum Pharma AG", "CH", "over-3") }), HttpStatusCode.OK);
        Assert.Equal("persons-over-filed", (string?)Assert.Single(second["deviations"]!.AsArray())!["kind"]);
    }

    [Fact]
    public async Task Filing_CarriesItsStatusHistoryWithTimes()
    {
        var (id, _, enterprise) = await ApprovedFilingAsync(platform, "history");
        var filing = await ApiTests.Json(await enterprise.GetAsync($"api/filings/{id}"), HttpStatusCode.OK);
        var history = filing["statusHistory"]!.AsArray();
        Assert.Equal(["draft", "submitted", "approved"], history.Select(h => (string?)h!["status"]));
        Assert.All(history, h => Assert.True(DateTimeOffset.TryParse((string?)h!["at"], System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out _)));
    }

    [Fact]
    public async Task Filing_DuplicateFieldsOrRecipients_422NamingTheSecond()
    {
        var enterprise = await platform.As(DemoAccounts.EnterpriseA);
        var request = ApiTests.NewFiling() with
        {
            Scenario = "bj-pharma-clinical-trial",
            Fields = ["medical-imaging", " Medical-Imaging "],
            Recipients = [new RecipientBody("Novum Pharma AG", "CH"), new RecipientBody("novum pharma ag", "CH")],
        };
        var problem = await ApiTests.ProblemAsync(await enterprise.PostAsJsonAsync("api/filings", request), HttpStatusCode.UnprocessableEntity);
        var errors = problem["errors"]!.AsObject();
        Assert.True(errors.ContainsKey("fields[1]"));
        Assert.True(errors.ContainsKey("recipients[1]"));
    }

    internal static object Event(string uscc, string filing, string recipient, string country, string person) => new
    {
        processor = uscc,
        filing,
        time = "2026-06-01T07:00:00Z",
        recipient,
        country,
        scenario = "bj-pharma-pharmacovigilance",
        persons = 1,
        personKeys = new[] { Key(person) },
    };

    internal static string Key(string person) => "hmac-sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(person)));

    internal static async Task<string> UsccAsync(HttpClient client) =>
        (string)JsonNode.Parse(await client.GetStringAsync("api/processors"))!.AsArray()[0]!["uscc"]!;

    /// <summary>A pharmacovigilance filing of enterprise A (recipient Novum Pharma AG, CH), approved by the 大兴 officer.</summary>
    internal static async Task<(string Id, string Uscc, HttpClient Enterprise)> ApprovedFilingAsync(PlatformFixture platform, string title, long personal = 1000)
    {
        var enterprise = await platform.As(DemoAccounts.EnterpriseA);
        var created = await ApiTests.Json(await enterprise.PostAsJsonAsync("api/filings", ApiTests.NewFiling() with { Title = title, Persons = new PersonsBody(personal, 0) }), HttpStatusCode.Created);
        var id = (string)created["id"]!;
        await ApiTests.Json(await enterprise.PostAsync($"api/filings/{id}/submit", null), HttpStatusCode.OK);
        var officer = await platform.As(DemoAccounts.Daxing);
        await ApiTests.Json(await officer.PostAsJsonAsync($"api/filings/{id}/approve", new { note = "准予备案" }), HttpStatusCode.OK);
        return (id, await UsccAsync(enterprise), enterprise);
    }
}

[Collection(SqlitePlatformCollection.Name)]
public sealed class SqliteConsistencyApiTests(SqlitePlatformFixture platform) : ConsistencyApiTests(platform);

[Collection(PostgresPlatformCollection.Name)]
public sealed class PostgresConsistencyApiTests(PostgresPlatformFixture platform) : ConsistencyApiTests(platform);
