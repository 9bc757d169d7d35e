using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Chujing.Web.Demo;

namespace Chujing.Web.Tests.Lists;

/// <summary>
/// The evidence export names each record's scenario as the edition does (its id in a column of its own), and the
/// lists' search finds scenarios and countries by the names people read. Regressions: the export showed scenario ids
/// only, and the search hints asked for country codes and scenario ids.
/// </summary>
public abstract class EvidenceExportLabelsTests(PlatformFixture platform)
{
    [Fact]
    public async Task EvidenceExport_ScenarioByName_IdBeside_WithAndWithoutAFiling()
    {
        var (enterprise, filing, recipient) = await RecordedAsync();
        var csv = Encoding.UTF8.GetString(await enterprise.GetByteArrayAsync("api/evidence/records/export.csv?q=" + Uri.EscapeDataString(recipient)));
        var lines = csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains("业务场景 Scenario,场景编号 Scenario id", lines[0], StringComparison.Ordinal);
        Assert.Equal(3, lines.Length);
        Assert.Contains(lines, l => l.Contains($",{filing},{recipient},瑞士,药物警戒,bj-pharma-pharmacovigilance,", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains($",,{recipient},德国,临床试验,bj-pharma-clinical-trial,", StringComparison.Ordinal));

        // The JSON keeps the id alone.
        var listed = JsonNode.Parse(await enterprise.GetStringAsync($"api/evidence/records?filing={filing}"))!.AsArray();
        Assert.Equal("bj-pharma-pharmacovigilance", (string?)listed.Single()!["scenario"]);
        Assert.Null(listed.Single()!["listEdition"]);
    }

    [Theory]
    [InlineData("药物警戒", 1)]
    [InlineData("Pharmacovigilance", 1)]
    [InlineData("瑞士", 1)]
    [InlineData("德国", 1)]
    [InlineData("临床试验", 1)]
    public async Task EvidenceSearch_ByScenarioOrCountryName_FindsTheRecordsStoredByCode(string text, int expected)
    {
        var (enterprise, _, recipient) = await RecordedAsync();
        var all = JsonNode.Parse(await enterprise.GetStringAsync("api/evidence/records?take=1000&q=" + Uri.EscapeDataString(text)))!.AsArray();
        Assert.Equal(expected, all.Count(r => (string?)r!["recipient"] == recipient));
    }

    [Fact]
    public async Task FilingSearch_ByScenarioName_FindsTheFiling()
    {
        var (enterprise, filing, _) = await RecordedAsync();
        var found = JsonNode.Parse(await enterprise.GetStringAsync("api/filings?q=" + Uri.EscapeDataString("药物警戒")))!.AsArray();
        Assert.Contains(found, f => (string?)f!["id"] == filing);
    }

    private async Task<(HttpClient Enterprise, string Filing, string Recipient)> RecordedAsync()
    {
        var enterprise = await platform.As(DemoAccounts.EnterpriseA);
        var uscc = (string)JsonNode.Parse(await enterprise.GetStringAsync("api/processors"))!.AsArray()[0]!["uscc"]!;
        var filing = (string)(await ApiTests.Json(await enterprise.PostAsJsonAsync("api/filings", ApiTests.NewFiling()), HttpStatusCode.Created))["id"]!;
        var recipient = "Scenario Recipient " + Guid.NewGuid().ToString("N")[..8];
        string Key(int i) => "sha256:" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(recipient + i)));
        object[] events =
        [
            new { processor = uscc, filing, time = "2026-05-20T08:00:00Z", recipient, country = "CH", scenario = "bj-pharma-pharmacovigilance", persons = 1, personKeys = new[] { Key(0) } },
            new { processor = uscc, time = "2026-05-20T09:00:00Z", recipient, country = "DE", scenario = "bj-pharma-clinical-trial", persons = 1, personKeys = new[] { Key(1) } },
        ];
        await ApiTests.Json(await enterprise.PostAsJsonAsync("api/evidence", events), HttpStatusCode.OK);
        return (enterprise, filing, recipient);
    }
}

[Collection(SqlitePlatformCollection.Name)]
public sealed class SqliteEvidenceExportLabelsTests(SqlitePlatformFixture platform) : EvidenceExportLabelsTests(platform);

[Collection(PostgresPlatformCollection.Name)]
public sealed class PostgresEvidenceExportLabelsTests(PostgresPlatformFixture platform) : EvidenceExportLabelsTests(platform);
