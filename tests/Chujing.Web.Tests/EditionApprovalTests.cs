using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Chujing.Domain.Identifiers;
using Chujing.Persistence;
using Chujing.Persistence.Accounts;
using Chujing.Persistence.Applications;
using Chujing.Persistence.Evidence;
using Chujing.Persistence.Processors;
using Chujing.Web.Demo;
using Chujing.Web.Filings;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Chujing.Web.Tests;

/// <summary>
/// Approval to use a list is of one edition: the impact of a revision, its notice, the move onto it and the
/// consistency check all say so alike — an enterprise approved for the old edition needs a new application for the
/// revision, and until it is approved the list does not apply to the moved filing.
/// </summary>
public abstract class EditionApprovalTests(PlatformFixture platform)
{
    private const string GroupHealth = "bj-pharma-id-group-health";
    private const string Tightened = """{"thresholds": [{"counter": "sensitive", "atLeast": 5000, "pathway": "security-assessment"}]}""";

    [Fact]
    public async Task Revision_ApprovedForTheOldEditionOnly_NeedsAnApplication_AndImpactNoticeMoveAndGatewayAgree()
    {
        var (enterprise, uscc, processorId) = await NewEnterpriseApprovedFor2024Async();
        var officer = await platform.As(DemoAccounts.Daxing);
        var filing = ApiTests.NewFiling() with { Scenario = "bj-pharma-diagnosis-treatment", Fields = ["pathology"], Persons = new PersonsBody(0, 7000) };
        var id = (string)(await ApiTests.Json(await enterprise.PostAsJsonAsync("api/filings", filing), HttpStatusCode.Created))["id"]!;
        await ApproveAsync(enterprise, officer, id);
        var pinned = await ApiTests.Json(await enterprise.GetAsync($"api/filings/{id}"), HttpStatusCode.OK);

        // The city tightens the band the filing's field falls in; the plan says the approval does not carry over.
        var city = await platform.As(DemoAccounts.City);
        var edition = "beijing-ftz/a" + Guid.NewGuid().ToString("N")[..10];
        await ApiTests.Json(await city.PostAsJsonAsync("api/editions/drafts", new { from = "beijing-ftz/2024", id = edition }), HttpStatusCode.Created);
        await ApiTests.Json(await city.PatchAsync($"api/editions/drafts/{edition}/items/{GroupHealth}", new StringContent(Tightened, Encoding.UTF8, "application/json")), HttpStatusCode.OK);
        var impact = await ApiTests.Json(await city.GetAsync($"api/editions/drafts/{edition}/impact"), HttpStatusCode.OK);
        var planned = impact["filings"]!.AsArray().Single(f => (string?)f!["id"] == id)!;
        Assert.Equal((string?)pinned["pathway"], (string?)planned["before"]);
        Assert.True((bool)planned["needsApplication"]!, planned.ToJsonString());
        Assert.Equal("security-assessment", (string?)planned["after"]);
        // Without the approval the list does not apply: 7,000 persons' sensitive information is a standard contract (art. 8).
        Assert.Equal("standard-contract-or-certification", (string?)planned["afterWithoutApplication"]);
        Assert.True((int)impact["total"]!["needApplication"]! >= 1, impact["total"]!.ToJsonString());
        var plan = await city.GetStringAsync($"Editions/Impact?id={edition}");
        Assert.Contains("须重新向自贸组团提交负面清单使用申请", plan, StringComparison.Ordinal);
        Assert.Contains("needs a new list-use application", plan, StringComparison.Ordinal);

        await PublishAsync(city, edition);

        // The notice and the page the filing moves from say the same, Chinese first.
        var notice = JsonNode.Parse(await enterprise.GetStringAsync("api/editions/notices"))!.AsArray().Single(n => (string?)n!["filing"] == id)!;
        Assert.True((bool)notice["needsApplication"]!);
        Assert.Equal((string?)planned["after"], (string?)notice["after"]);
        Assert.Equal((string?)planned["afterWithoutApplication"], (string?)notice["afterWithoutApplication"]);
        var page = await enterprise.GetStringAsync("Editions/Notices");
        Assert.Contains($"data-testid=\"needs-application-{id}\"", page, StringComparison.Ordinal);
        // The edition by its title (a platform edition too), not its id.
        Assert.Contains("修订版）” 须重新向自贸组团提交负面清单使用申请", page, StringComparison.Ordinal);
        Assert.DoesNotContain($"迁移到 {edition}", page, StringComparison.Ordinal);
        Assert.Contains($"/Applications?edition={Uri.EscapeDataString(edition)}", page, StringComparison.Ordinal);
        var told = JsonNode.Parse(await enterprise.GetStringAsync("api/notifications?pageSize=100"))!["items"]!.AsArray()
            .Single(n => (string?)n!["kind"] == "edition-notice" && (string?)n["subjectId"] == id)!;
        Assert.Contains("负面清单使用申请", (string?)told["bodyZh"], StringComparison.Ordinal);
        Assert.Contains("修订版）”发布", (string?)told["titleZh"], StringComparison.Ordinal);
        // Before the enterprise confirms, the page says what happens to the filing in force meanwhile.
        Assert.Contains("在组团重新批准之前，该备案不再有效", page, StringComparison.Ordinal);
        Assert.Contains("until the zone group approves it again the filing is not in force", page, StringComparison.Ordinal);

        // Moved without an application, the filing is decided as the plan said it would be.
        var moved = await ApiTests.Json(await enterprise.PostAsync($"api/editions/notices/{(long)notice["id"]!}/move", null), HttpStatusCode.OK);
        Assert.Equal(edition, (string?)moved["filing"]!["listEdition"]);
        Assert.Equal((string?)planned["afterWithoutApplication"], (string?)moved["filing"]!["pathway"]);
        Assert.Contains("has not been approved", moved["filing"]!["assessment"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.True((bool)moved["notice"]!["needsApplication"]!);

        // The move is an amendment submitted for review, not a draft left behind: the zone group has it in its queue
        // with the re-assessed decision and the amendment's before and after in the audit log.
        Assert.Equal("submitted", (string?)moved["filing"]!["status"]);
        var history = (await ApiTests.Json(await enterprise.GetAsync($"api/filings/{id}"), HttpStatusCode.OK))["statusHistory"]!.AsArray();
        Assert.Equal(["draft", "submitted", "approved", "draft", "submitted"], history.Select(h => (string?)h!["status"]));
        var queued = await ApiTests.Json(await officer.GetAsync($"api/filings/{id}"), HttpStatusCode.OK);
        Assert.Equal("submitted", (string?)queued["status"]);
        Assert.Equal(edition, (string?)queued["listEdition"]);
        Assert.Equal((string?)planned["afterWithoutApplication"], (string?)queued["pathway"]);
        var audit = JsonNode.Parse(await officer.GetStringAsync($"api/audit?entity=filing&entityId={id}"))!.AsArray();
        Assert.Equal(["submit", "amend", "approve"], audit.Take(3).Select(h => (string?)h!["action"]));
        Assert.Equal("beijing-ftz/2024", (string?)audit[1]!["before"]!["listEdition"]);
        Assert.Equal(edition, (string?)audit[1]!["after"]!["listEdition"]);
        Assert.Equal((string?)pinned["pathway"], (string?)audit[1]!["before"]!["pathway"]);
        Assert.Equal((string?)planned["afterWithoutApplication"], (string?)audit[1]!["after"]!["pathway"]);

        // Reopened by the move, the filing covers nothing until its zone group approves it again.
        var reopened = await CheckAsync(enterprise, uscc, id, "moved-1");
        Assert.False((bool)reopened["allowed"]!);
        Assert.Contains(reopened["deviations"]!.AsArray(), d => (string?)d!["kind"] == "filing-not-in-force");

        await ApiTests.Json(await officer.PostAsJsonAsync($"api/filings/{id}/approve", new { note = "准予备案" }), HttpStatusCode.OK);
        await SeedYearAsync(processorId, 6000);
        Assert.False((bool)(await ApiTests.Json(await enterprise.GetAsync($"api/filings/{id}"), HttpStatusCode.OK))["listApproved"]!);

        // Before the list-use approval the check decides as the filing did: the list does not apply, a standard
        // contract covers 6,001 persons' sensitive information, nothing is crossed (with the list's 5,000 band
        // applied, the check would claim a security assessment the filing's own decision does not need).
        var before = await CheckAsync(enterprise, uscc, id, "moved-2");
        Assert.True((bool)before["allowed"]!, before.ToJsonString());
        var recorded = await ApiTests.Json(await enterprise.PostAsJsonAsync("api/evidence", new[] { Event(uscc, id, "moved-2") }), HttpStatusCode.OK);
        Assert.DoesNotContain(recorded["deviations"]!.AsArray(), d => (string?)d!["kind"] == "band-crossed");

        // The zone group approves the application for the new edition: the filing is decided under the list again,
        // the gateway allows the export, and the count check now applies the list's band as the filing's decision does.
        var application = await ApiTests.Json(await enterprise.PostAsJsonAsync("api/applications", new { listEdition = edition, statement = "诊疗数据向境外合作医院传输" }), HttpStatusCode.Created);
        await ApiTests.Json(await officer.PostAsJsonAsync($"api/applications/{(int)application["id"]!}/approve", new { note = "同意使用新版清单" }), HttpStatusCode.OK);
        var reassessed = await ApiTests.Json(await enterprise.GetAsync($"api/filings/{id}"), HttpStatusCode.OK);
        Assert.Equal((string?)planned["after"], (string?)reassessed["reassessedPathway"]);
        Assert.True((bool)reassessed["listApproved"]!);
        var after = await CheckAsync(enterprise, uscc, id, "moved-3");
        Assert.True((bool)after["allowed"]!, after.ToJsonString());
        var counted = await ApiTests.Json(await enterprise.PostAsJsonAsync("api/evidence", new[] { Event(uscc, id, "moved-3") }), HttpStatusCode.OK);
        var crossed = counted["deviations"]!.AsArray().Single(d => (string?)d!["kind"] == "band-crossed")!;
        Assert.Contains("needs 'Security assessment'", (string?)crossed["detailEn"], StringComparison.Ordinal);
        Assert.False((bool)JsonNode.Parse(await enterprise.GetStringAsync("api/editions/notices"))!.AsArray().Single(n => (string?)n!["filing"] == id)!["needsApplication"]!);
    }

    private static async Task ApproveAsync(HttpClient enterprise, HttpClient officer, string id)
    {
        await ApiTests.Json(await enterprise.PostAsync($"api/filings/{id}/submit", null), HttpStatusCode.OK);
        await ApiTests.Json(await officer.PostAsJsonAsync($"api/filings/{id}/approve", new { note = "准予备案" }), HttpStatusCode.OK);
    }

    private static async Task PublishAsync(HttpClient city, string edition)
    {
        await ApiTests.Json(await city.PostAsJsonAsync($"api/editions/drafts/{edition}/approvals", new { kind = "provincial-approval", authority = "北京市网络安全和信息化委员会", documentNumber = "京网信委〔2026〕3号", date = "2026-05-20" }), HttpStatusCode.OK);
        await ApiTests.Json(await city.PostAsJsonAsync($"api/editions/drafts/{edition}/approvals", new { kind = "national-filing", authority = "国家互联网信息办公室", documentNumber = "备案〔2026〕9号", date = "2026-05-28" }), HttpStatusCode.OK);
        await ApiTests.Json(await city.PostAsJsonAsync($"api/editions/drafts/{edition}/publish", new { effective = "2026-06-01" }), HttpStatusCode.OK);
    }

    private static async Task<JsonNode> CheckAsync(HttpClient enterprise, string uscc, string id, string person) =>
        (await ApiTests.Json(await enterprise.PostAsJsonAsync("api/check", new[] { Event(uscc, id, person) }), HttpStatusCode.OK))["results"]!.AsArray().Single()!;

    private static object Event(string uscc, string filing, string person) => new
    {
        processor = uscc,
        filing,
        time = "2026-06-01T07:00:00Z",
        recipient = "Novum Pharma AG",
        country = "CH",
        scenario = "bj-pharma-diagnosis-treatment",
        fields = new[] { "pathology" },
        sensitive = true,
        persons = 1,
        personKeys = new[] { ConsistencyApiTests.Key(person) },
    };

    /// <summary>The processor's year so far: <paramref name="sensitive"/> persons' sensitive information already sent.</summary>
    private async Task SeedYearAsync(int processorId, long sensitive)
    {
        await using var scope = platform.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ChujingDbContext>();
        var row = await db.PersonCounters.SingleOrDefaultAsync(c => c.ProcessorId == processorId && c.Year == 2026 && c.Sensitive);
        if (row is null)
        {
            db.PersonCounters.Add(new PersonCounter { ProcessorId = processorId, Year = 2026, Sensitive = true, Count = sensitive });
        }
        else
        {
            row.Count = sensitive;
        }

        await db.SaveChangesAsync();
    }

    /// <summary>A new 大兴 enterprise approved to use beijing-ftz/2024 only, signed in.</summary>
    private async Task<(HttpClient Client, string Uscc, int ProcessorId)> NewEnterpriseApprovedFor2024Async()
    {
        var email = "edition-approval-" + platform.ProviderName + "@demo.local";
        int processorId;
        string uscc;
        await using (var scope = platform.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ChujingDbContext>();
            var body = platform.ProviderName == "sqlite" ? "91110115MA0C1EE31" : "91110115MA0C1EE32";
            uscc = body + Uscc.CheckCharacter(body);
            var processor = new Processor
            {
                Uscc = uscc, Name = "清单版本审批测试企业", ZoneGroupId = "daxing", ListApproved = true,
                ContactName = "测试", ContactEmail = email, ContactPhone = "010", RegisteredAt = PlatformFixture.Now,
            };
            db.Processors.Add(processor);
            db.ListApplications.Add(new ListApplication { Processor = processor, ZoneGroupId = "daxing", ListEdition = "beijing-ftz/2024", Statement = "x", Status = ListApplicationStatus.Approved, SubmittedAt = PlatformFixture.Now, DecidedAt = PlatformFixture.Now });
            await db.SaveChangesAsync();
            processorId = processor.Id;
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PlatformUser>>();
            var user = new PlatformUser { UserName = email, Email = email, DisplayName = "清单版本审批测试", ProcessorId = processor.Id };
            Assert.True((await users.CreateAsync(user, DemoAccounts.Password)).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, PlatformRoles.Enterprise)).Succeeded);
        }

        return (await platform.As(email), uscc, processorId);
    }
}

[Collection(SqlitePlatformCollection.Name)]
public sealed class SqliteEditionApprovalTests(SqlitePlatformFixture platform) : EditionApprovalTests(platform);

[Collection(PostgresPlatformCollection.Name)]
public sealed class PostgresEditionApprovalTests(PostgresPlatformFixture platform) : EditionApprovalTests(platform);
