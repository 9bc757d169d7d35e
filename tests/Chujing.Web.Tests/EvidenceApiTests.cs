using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Chujing.Cli;
using Chujing.Domain.Evidence;
using Chujing.Evidence;
using Chujing.Evidence.Suites;
using Chujing.Web.Evidence;
using Chujing.Web.Demo;
using Microsoft.Extensions.DependencyInjection;

namespace Chujing.Web.Tests;

/// <summary>
/// <c>POST /api/evidence</c> appends to the caller's processor's ledger and returns receipts whose tree head verifies;
/// the distinct-person counters come from the keyed hashes; alerts appear at 80 % of a threshold. Same tests on
/// SQLite and PostgreSQL.
/// </summary>
public abstract class EvidenceApiTests(PlatformFixture platform)
{
    [Fact]
    public async Task Append_ThreeEvents_ConsecutiveLeavesUnderASignedHeadThatVerifies()
    {
        var client = await platform.As(DemoAccounts.EnterpriseA);
        var uscc = await UsccAsync(client);
        var receipt = await ApiTests.Json(await client.PostAsJsonAsync("api/evidence", Events(uscc, 3, "verify")), HttpStatusCode.OK);
        var indexes = receipt["leafIndexes"]!.AsArray().Select(i => (long)i!).ToList();
        Assert.Equal(3, indexes.Count);
        Assert.Equal(indexes[0] + 2, indexes[2]);
        var head = receipt["treeHead"]!;
        Assert.Equal(indexes[2] + 1, (long)head["size"]!);
        Assert.Equal("sha256-ed25519", (string?)head["suite"]);
        var signed = TreeHead.SignedText((string)head["suite"]!, (long)head["size"]!, Convert.FromHexString((string)head["rootHash"]!), (string)head["timestamp"]!);
        var check = LedgerSuites.Sha256Ed25519.Verify(Convert.FromBase64String((string)head["publicKey"]!), signed, Convert.FromBase64String((string)head["signature"]!));
        Assert.Equal(SignatureCheck.Valid, check);

        // Anyone can check the processor's ledger offline with the ledger verb, whichever store it lives in.
        await LedgerBundles.DownloadAndVerifyAsync(client, platform.Time, publicKey: (string)head["publicKey"]!);
    }

    [Fact]
    public async Task Bundle_OfficialsOfTheZoneGroupAndTheCity_DownloadTheProcessorsLedgerWhichVerifies()
    {
        // The demo data has recorded exports of enterprise A; the server's own view of its ledger is what the bundles must hold.
        // (Nothing is appended here: events without a filing would crowd the deviation lists other tests read.)
        var client = await platform.As(DemoAccounts.EnterpriseA);
        var uscc = await UsccAsync(client);
        var (size, key) = await platform.Services.GetRequiredService<IEvidenceLedger>().ReadAsync(
            uscc, ledger => (ledger!.Head.Size, Convert.ToBase64String(ledger.Metadata.PublicKey)), CancellationToken.None);
        Assert.True(size > 0);
        var path = "api/ledger/bundle?processor=" + uscc;
        foreach (var official in (string[])[DemoAccounts.Daxing, DemoAccounts.City])
        {
            var line = await LedgerBundles.DownloadAndVerifyAsync(await platform.As(official), platform.Time, path, key);
            Assert.Contains($"ok: {size} leaves", line, StringComparison.Ordinal);
        }

        // Another zone group's officer and another enterprise: the processor does not exist for them.
        Assert.Equal(HttpStatusCode.NotFound, (await (await platform.As(DemoAccounts.Haidian)).GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await platform.As(DemoAccounts.EnterpriseB)).GetAsync(path)).StatusCode);
        var daxing = await platform.As(DemoAccounts.Daxing);
        var missing = await ApiTests.Json(await daxing.GetAsync("api/ledger/bundle"), HttpStatusCode.BadRequest);
        Assert.True(missing["errors"]!.AsObject().ContainsKey("processor"));
        var malformed = await ApiTests.Json(await daxing.GetAsync("api/ledger/bundle?processor=" + new string('9', 300)), HttpStatusCode.BadRequest);
        Assert.True(malformed["errors"]!.AsObject().ContainsKey("processor"));
    }

    [Fact]
    public async Task Counters_SamePersonInTwoEvents_CountsOnce()
    {
        var client = await platform.As(DemoAccounts.EnterpriseA);
        var uscc = await UsccAsync(client);
        var before = await PersonalAsync(client);
        var key = Key("same-person");
        object[] events =
        [
            new { processor = uscc, time = "2026-05-02T08:00:00Z", recipient = "Novum Pharma AG", country = "CH", persons = 1, personKeys = new[] { key } },
            new { processor = uscc, time = "2026-05-03T08:00:00Z", recipient = "Novum Pharma AG", country = "CH", persons = 2, personKeys = new[] { key, Key("other-person") } },
        ];
        await ApiTests.Json(await client.PostAsJsonAsync("api/evidence", events), HttpStatusCode.OK);
        Assert.Equal(before + 2, await PersonalAsync(client));
    }

    [Fact]
    public async Task Counters_EightThousandSensitivePersons_WarnAtEightyPercentForTheEnterpriseAndItsZoneGroup()
    {
        var client = await platform.As(DemoAccounts.EnterpriseB);
        var uscc = await UsccAsync(client);
        var keys = Enumerable.Range(0, 8000).Select(i => Key("sensitive-" + i)).ToArray();
        object[] events = [new { processor = uscc, time = "2026-05-04T08:00:00Z", recipient = "Autowerk GmbH", country = "DE", persons = 8000, sensitive = true, personKeys = keys }];
        var receipt = await ApiTests.Json(await client.PostAsJsonAsync("api/evidence", events), HttpStatusCode.OK);
        var alert = receipt["counters"]!.AsArray()[0]!["thresholds"]!.AsArray().Single(t => (string?)t!["kind"] == "sensitive" && (long)t["limit"]! == 10_000)!;
        Assert.Equal("warning", (string?)alert["level"]);

        var officer = await platform.As(DemoAccounts.Haidian);
        var counters = JsonNode.Parse(await officer.GetStringAsync("api/counters"))!.AsArray();
        Assert.Contains(counters, c => (string?)c!["processor"] == uscc && (long)c["sensitive"]! == 8000);
    }

    [Fact]
    public async Task Counters_FirstSensitivePerson_ExceedsTheArt8StandardContractBand()
    {
        var client = await platform.As(DemoAccounts.EnterpriseA);
        var counters = JsonNode.Parse(await client.GetStringAsync("api/counters"))!.AsArray();
        var band = counters.Single()!["thresholds"]!.AsArray().Single(t => (string?)t!["kind"] == "sensitive" && (long)t["limit"]! == 1)!;
        Assert.Equal("standard-contract-or-certification", (string?)band["pathway"]);
        Assert.Contains("第八条", (string?)band["citation"], StringComparison.Ordinal);
        Assert.Equal((long)counters.Single()!["sensitive"]! > 0 ? "exceeded" : "ok", (string?)band["level"]);
    }

    [Fact]
    public async Task Append_TimeWithBeijingOffset_RecordedAndCountedInItsBeijingYear()
    {
        var client = await platform.As(DemoAccounts.EnterpriseA);
        var uscc = await UsccAsync(client);
        object[] events = [new { processor = uscc, time = "2026-01-01T07:30:00+08:00", recipient = "Novum Pharma AG", country = "CH", persons = 1, personKeys = new[] { Key("new-year") } }];
        var before = await PersonalAsync(client);
        await ApiTests.Json(await client.PostAsJsonAsync("api/evidence", events), HttpStatusCode.OK);
        Assert.Equal(before + 1, await PersonalAsync(client));
    }

    [Fact]
    public async Task Append_BadEvents_422NamingEachAndNothingAppended()
    {
        var client = await platform.As(DemoAccounts.EnterpriseA);
        var uscc = await UsccAsync(client);
        object[] events =
        [
            new { processor = uscc, time = "2026-05-02T08:00:00Z", recipient = "R", country = "CH", persons = 1 },
            new { processor = uscc, time = "yesterday", recipient = "R", country = "Germany", persons = -1, personKeys = new[] { "13800138000" } },
        ];
        var response = await client.PostAsJsonAsync("api/evidence", events);
        var problem = await ApiTests.Json(response, HttpStatusCode.UnprocessableEntity);
        var errors = problem["errors"]!.AsObject();
        Assert.True(errors.ContainsKey("[1].time"));
        Assert.True(errors.ContainsKey("[1].country"));
        Assert.True(errors.ContainsKey("[1].persons"));
        Assert.True(errors.ContainsKey("[1].personKeys[0]"));
        Assert.False(errors.ContainsKey("[0].time"));
    }

    [Fact]
    public async Task Append_SensitiveAsAString_422OnSensitiveAndCountersUnchanged()
    {
        var client = await platform.As(DemoAccounts.EnterpriseA);
        var uscc = await UsccAsync(client);
        var before = await PersonalAsync(client);
        object[] events = [new { processor = uscc, time = "2026-05-02T08:00:00Z", recipient = "R", country = "CH", persons = 1, sensitive = "true", personKeys = new[] { Key("string-flag") } }];
        var problem = await ApiTests.Json(await client.PostAsJsonAsync("api/evidence", events), HttpStatusCode.UnprocessableEntity);
        Assert.True(problem["errors"]!.AsObject().ContainsKey("[0].sensitive"));
        Assert.Equal(before, await PersonalAsync(client));
    }

    [Fact]
    public async Task Append_FewerPersonKeysThanPersons_422OnPersonKeysAndCountersUnchanged()
    {
        var client = await platform.As(DemoAccounts.EnterpriseA);
        var uscc = await UsccAsync(client);
        var before = await PersonalAsync(client);
        object[] events =
        [
            new { processor = uscc, time = "2026-05-02T08:00:00Z", recipient = "R", country = "CH", persons = 200_000 },
            new { processor = uscc, time = "2026-05-02T08:00:00Z", recipient = "R", country = "CH", persons = 2, personKeys = new[] { Key("dup"), Key("dup") } },
        ];
        var problem = await ApiTests.Json(await client.PostAsJsonAsync("api/evidence", events), HttpStatusCode.UnprocessableEntity);
        var errors = problem["errors"]!.AsObject();
        Assert.True(errors.ContainsKey("[0].personKeys"));
        Assert.True(errors.ContainsKey("[1].personKeys"));
        Assert.Equal(before, await PersonalAsync(client));
    }

    [Fact]
    public async Task Append_ManyUploadsAtOnce_EveryOneIsAcceptedAndCounted()
    {
        // Each upload brings new persons, so each decides the processor's filings again; uploads at the same moment
        // must not fail on one another's re-assessment (the events are in the ledger by then: a refusal would invite
        // the client to send them twice). Enterprise B, whose ledger no spot check of the shared demo samples.
        var client = await platform.As(DemoAccounts.EnterpriseB);
        var uscc = await UsccAsync(client);
        var before = await PersonalAsync(client);
        var uploads = Enumerable.Range(0, 12).Select(i => client.PostAsJsonAsync("api/evidence", Events(uscc, 5, "concurrent-" + i + "-")));
        var responses = await Task.WhenAll(uploads);
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal(before + 60, await PersonalAsync(client));
    }

    protected static object[] Events(string uscc, int count, string tag) =>
        [.. Enumerable.Range(0, count).Select(i => (object)new { processor = uscc, time = "2026-05-01T08:00:00Z", recipient = "Novum Pharma AG", country = "CH", persons = 1, personKeys = new[] { Key(tag + i) } })];

    private static string Key(string person) => "hmac-sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(person)));

    private static async Task<string> UsccAsync(HttpClient client) =>
        (string)JsonNode.Parse(await client.GetStringAsync("api/processors"))!.AsArray()[0]!["uscc"]!;

    private static async Task<long> PersonalAsync(HttpClient client) =>
        (long)JsonNode.Parse(await client.GetStringAsync("api/counters"))!.AsArray()[0]!["personal"]!;
}

[Collection(SqlitePlatformCollection.Name)]
public sealed class SqliteEvidenceApiTests(SqlitePlatformFixture platform) : EvidenceApiTests(platform);

[Collection(PostgresPlatformCollection.Name)]
public sealed class PostgresEvidenceApiTests(PostgresPlatformFixture platform) : EvidenceApiTests(platform)
{
    [Fact]
    public async Task Append_OnPostgres_NothingWrittenUnderTheDataFolder()
    {
        // The demo data has already appended to both demo processors' ledgers; append once more to be sure.
        var client = await platform.As(DemoAccounts.EnterpriseA);
        var uscc = (string)JsonNode.Parse(await client.GetStringAsync("api/processors"))!.AsArray()[0]!["uscc"]!;
        await ApiTests.Json(await client.PostAsJsonAsync("api/evidence", Events(uscc, 1, "nothing-on-disk")), HttpStatusCode.OK);
        Assert.Empty(Directory.EnumerateFileSystemEntries(platform.DataDirectory, "*", SearchOption.AllDirectories));
    }
}
