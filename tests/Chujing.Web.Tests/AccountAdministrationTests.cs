using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Chujing.Persistence;
using Chujing.Persistence.Accounts;
using Chujing.Web.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Chujing.Web.Tests;

/// <summary>
/// User administration and passwords: the city's officials, an enterprise administrator's colleagues, one-time
/// invitation and reset links stored hashed, and every change ending the account's other sessions. Same tests on
/// SQLite and PostgreSQL.
/// </summary>
public abstract class AccountAdministrationTests(PlatformFixture platform)
{
    private const string NewPassword = "Neues-Passw0rt!";

    [Fact]
    public async Task Demo_HasAnOfficerInEverySevenZoneGroups()
    {
        var accounts = JsonNode.Parse(await (await platform.As(DemoAccounts.City)).GetStringAsync("api/accounts"))!.AsArray();
        string[] demoOfficers = [DemoAccounts.Daxing, DemoAccounts.Daxing2, DemoAccounts.Haidian, DemoAccounts.Haidian2, .. DemoAccounts.OtherOfficers.Select(o => o.Email)];
        var officers = accounts.Where(a => demoOfficers.Contains((string?)a!["email"])).ToList();
        Assert.Equal(demoOfficers.Length, officers.Count);
        Assert.All(officers, a => Assert.Equal(PlatformRoles.ZoneOfficer, (string?)a!["role"]));
        var groups = officers.Select(a => (string?)a!["zoneGroup"]).ToHashSet();
        Assert.Equal(new HashSet<string?>(["chaoyang", "haidian", "changping", "tongzhou", "shunyi", "daxing", "yizhuang"]), groups);

        // Every one signs in with the demo password alone.
        foreach (var (_, email) in DemoAccounts.OtherOfficers)
        {
            using var client = platform.Anonymous();
            await ApiTests.Json(await client.PostAsJsonAsync("api/auth/login", new { email, password = DemoAccounts.Password }), HttpStatusCode.OK);
        }
    }

    [Fact]
    public async Task City_CreatesAnOfficer_InvitationSetsThePassword_LinkWorksOnce()
    {
        var city = await platform.As(DemoAccounts.City);
        var email = Unique("officer");
        var created = await ApiTests.Json(await city.PostAsJsonAsync("api/accounts", new { email, displayName = "新审核员", role = PlatformRoles.ZoneOfficer, zoneGroup = "tongzhou" }), HttpStatusCode.Created);
        Assert.Equal("tongzhou", (string?)created["account"]!["zoneGroup"]);
        Assert.False((bool)created["account"]!["passwordSet"]!);
        var token = (string)created["invitation"]!["token"]!;
        Assert.Equal("invitation", (string?)created["invitation"]!["purpose"]);
        Assert.EndsWith(token, (string)created["invitation"]!["url"]!, StringComparison.Ordinal);

        // Only the hash is stored.
        await using (var scope = platform.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ChujingDbContext>();
            Assert.False(await db.AccountLinks.AnyAsync(l => l.TokenHash == token));
            Assert.True(await db.AccountLinks.AnyAsync(l => l.TokenHash == Tokens.ApiTokens.Hash(token)));
        }

        using var anonymous = platform.Anonymous();
        var weak = await ApiTests.ProblemAsync(await anonymous.PostAsJsonAsync("api/auth/set-password", new { token, password = "short" }), HttpStatusCode.UnprocessableEntity);
        Assert.True(weak["errors"]!.AsObject().ContainsKey("password"));
        Assert.Equal(HttpStatusCode.NoContent, (await anonymous.PostAsJsonAsync("api/auth/set-password", new { token, password = NewPassword })).StatusCode);
        var again = await ApiTests.ProblemAsync(await anonymous.PostAsJsonAsync("api/auth/set-password", new { token, password = NewPassword + "x" }), HttpStatusCode.UnprocessableEntity);
        Assert.True(again["errors"]!.AsObject().ContainsKey("token"));

        var me = await ApiTests.Json(await anonymous.PostAsJsonAsync("api/auth/login", new { email, password = NewPassword }), HttpStatusCode.OK);
        Assert.Equal("tongzhou", (string?)me["zoneGroup"]);
    }

    [Fact]
    public async Task City_MovesLocksUnlocksAndResets_EachEndsTheOfficersSessions()
    {
        var city = await platform.As(DemoAccounts.City);
        var (id, email) = await OfficerAsync(city, "shunyi");
        using var officer = await SignedInAsync(email, NewPassword);

        // Moved to another zone group: the old session (tenant 顺义) is refused at once.
        var moved = await ApiTests.Json(await city.PatchAsJsonAsync($"api/accounts/{id}", new { zoneGroup = "yizhuang" }), HttpStatusCode.OK);
        Assert.Equal("yizhuang", (string?)moved["zoneGroup"]);
        Assert.Equal(HttpStatusCode.Unauthorized, (await officer.GetAsync("api/auth/me")).StatusCode);

        using var again = await SignedInAsync(email, NewPassword);
        Assert.Equal("yizhuang", (string?)JsonNode.Parse(await again.GetStringAsync("api/auth/me"))!["zoneGroup"]);
        Assert.True((bool)(await ApiTests.Json(await city.PostAsync($"api/accounts/{id}/lock", null), HttpStatusCode.OK))["locked"]!);
        Assert.Equal(HttpStatusCode.Unauthorized, (await again.GetAsync("api/auth/me")).StatusCode);
        using var refused = platform.Anonymous();
        Assert.Equal(HttpStatusCode.Unauthorized, (await refused.PostAsJsonAsync("api/auth/login", new { email, password = NewPassword })).StatusCode);
        Assert.False((bool)(await ApiTests.Json(await city.PostAsync($"api/accounts/{id}/unlock", null), HttpStatusCode.OK))["locked"]!);
        using var unlocked = await SignedInAsync(email, NewPassword);

        // A reset link: the sessions end when it is used, the old password stops working, the new one signs in.
        var reset = await ApiTests.Json(await city.PostAsync($"api/accounts/{id}/reset", null), HttpStatusCode.OK);
        Assert.Equal("reset", (string?)reset["purpose"]);
        using var anonymous = platform.Anonymous();
        Assert.Equal(HttpStatusCode.NoContent, (await anonymous.PostAsJsonAsync("api/auth/set-password", new { token = (string)reset["token"]!, password = NewPassword + "2" })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await unlocked.GetAsync("api/auth/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync("api/auth/login", new { email, password = NewPassword })).StatusCode);
        using var fresh = await SignedInAsync(email, NewPassword + "2");

        // Every step is in the audit log, without the link's token.
        var audit = await city.GetStringAsync($"api/audit?entity=account&entityId={id}");
        foreach (var action in (string[])["invite", "update", "lock", "unlock", "issue-reset", "reset-password"])
        {
            Assert.Contains($"\"action\":\"{action}\"", audit, StringComparison.Ordinal);
        }

        Assert.DoesNotContain((string)reset["token"]!, audit, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ResetLink_Expired_IsRefusedNamingTheLink()
    {
        var city = await platform.As(DemoAccounts.City);
        var (id, _) = await OfficerAsync(city, "changping");
        var token = (string)(await ApiTests.Json(await city.PostAsync($"api/accounts/{id}/reset", null), HttpStatusCode.OK))["token"]!;
        await using (var scope = platform.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ChujingDbContext>();
            var link = await db.AccountLinks.SingleAsync(l => l.TokenHash == Tokens.ApiTokens.Hash(token));
            link.ExpiresAt = platform.Time.GetUtcNow().AddSeconds(-1);
            await db.SaveChangesAsync();
        }

        using var anonymous = platform.Anonymous();
        var problem = await ApiTests.ProblemAsync(await anonymous.PostAsJsonAsync("api/auth/set-password", new { token, password = NewPassword }), HttpStatusCode.UnprocessableEntity);
        Assert.Contains("expired", problem["errors"]!["token"]![0]!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EnterpriseAdministrator_InvitesAColleague_ScopedToItsProcessor()
    {
        var entA = await platform.As(DemoAccounts.EnterpriseA);
        var email = Unique("colleague");
        var created = await ApiTests.Json(await entA.PostAsJsonAsync("api/accounts", new { email, displayName = "同事" }), HttpStatusCode.Created);
        var id = (string)created["account"]!["id"]!;
        Assert.Equal(PlatformRoles.Enterprise, (string?)created["account"]!["role"]);
        using var anonymous = platform.Anonymous();
        Assert.Equal(HttpStatusCode.NoContent, (await anonymous.PostAsJsonAsync("api/auth/set-password", new { token = (string)created["invitation"]!["token"]!, password = NewPassword })).StatusCode);
        using var colleague = await SignedInAsync(email, NewPassword);
        var processorA = (string)JsonNode.Parse(await entA.GetStringAsync("api/auth/me"))!["processor"]!;
        Assert.Equal(processorA, (string)JsonNode.Parse(await colleague.GetStringAsync("api/auth/me"))!["processor"]!);

        // Not an administrator: no user administration. Another enterprise and the city do not see the colleague.
        Assert.Equal(HttpStatusCode.Forbidden, (await colleague.GetAsync("api/accounts")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await platform.As(DemoAccounts.EnterpriseB)).GetAsync($"api/accounts/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await platform.As(DemoAccounts.City)).PostAsync($"api/accounts/{id}/lock", null)).StatusCode);
        Assert.DoesNotContain(email, await (await platform.As(DemoAccounts.EnterpriseB)).GetStringAsync("api/accounts"), StringComparison.Ordinal);

        // Made an administrator: the old cookie (without the flag) ends; signed in again, it administers.
        await ApiTests.Json(await entA.PatchAsJsonAsync($"api/accounts/{id}", new { administrator = true }), HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.Unauthorized, (await colleague.GetAsync("api/auth/me")).StatusCode);
        using var administrator = await SignedInAsync(email, NewPassword);
        Assert.Equal(HttpStatusCode.OK, (await administrator.GetAsync("api/accounts")).StatusCode);
    }

    [Fact]
    public async Task City_InvitesARegisteredProcessorsAdministrator_WhoInvitesColleagues()
    {
        // A fresh install has no enterprise account: the city registers the processor and invites its administrator.
        var city = await platform.As(DemoAccounts.City);
        var uscc = NewUscc();
        await ApiTests.Json(await city.PostAsJsonAsync("api/processors", new { uscc, name = "新登记企业", zoneGroup = "haidian", contactEmail = "dpo@example.cn" }), HttpStatusCode.Created);

        var unknown = await ApiTests.ProblemAsync(await city.PostAsJsonAsync("api/accounts", new { email = Unique("x"), displayName = "x", role = PlatformRoles.Enterprise, processor = NewUscc() }), HttpStatusCode.UnprocessableEntity);
        Assert.Contains(unknown["messagesZh"]!.AsArray(), m => ((string?)m)!.Contains("不是已登记的数据处理者", StringComparison.Ordinal));
        var missing = await ApiTests.ProblemAsync(await city.PostAsJsonAsync("api/accounts", new { email = Unique("x"), displayName = "x", role = PlatformRoles.Enterprise, administrator = false, zoneGroup = "haidian" }), HttpStatusCode.UnprocessableEntity);
        Assert.True(missing["errors"]!.AsObject().ContainsKey("processor"));
        Assert.True(missing["errors"]!.AsObject().ContainsKey("administrator"));
        Assert.True(missing["errors"]!.AsObject().ContainsKey("zoneGroup"));
        var officerWithProcessor = await ApiTests.ProblemAsync(await city.PostAsJsonAsync("api/accounts", new { email = Unique("x"), displayName = "x", role = PlatformRoles.ZoneOfficer, zoneGroup = "haidian", processor = uscc }), HttpStatusCode.UnprocessableEntity);
        Assert.True(officerWithProcessor["errors"]!.AsObject().ContainsKey("processor"));

        var email = Unique("admin");
        var created = await ApiTests.Json(await city.PostAsJsonAsync("api/accounts", new { email, displayName = "企业管理员", role = PlatformRoles.Enterprise, processor = uscc.ToLowerInvariant() }), HttpStatusCode.Created);
        Assert.True((bool)created["account"]!["administrator"]!);
        var id = (string)created["account"]!["id"]!;
        using var anonymous = platform.Anonymous();
        Assert.Equal(HttpStatusCode.NoContent, (await anonymous.PostAsJsonAsync("api/auth/set-password", new { token = (string)created["invitation"]!["token"]!, password = NewPassword })).StatusCode);
        using var administrator = await SignedInAsync(email, NewPassword);
        Assert.Equal(uscc, (string?)JsonNode.Parse(await administrator.GetStringAsync("api/processors"))!.AsArray().Single()!["uscc"]);
        // Regression: /api/auth/me answered the processor as its database id.
        var me = JsonNode.Parse(await administrator.GetStringAsync("api/auth/me"))!;
        Assert.Equal(uscc, (string?)me["processor"]);
        Assert.Equal("新登记企业", (string?)me["processorName"]);
        await ApiTests.Json(await administrator.PostAsJsonAsync("api/accounts", new { email = Unique("colleague"), displayName = "同事" }), HttpStatusCode.Created);

        // The city sees and can lock or reset the administrator, but does not take the administration away.
        Assert.Contains(email, await city.GetStringAsync("api/accounts"), StringComparison.Ordinal);
        var demote = await ApiTests.ProblemAsync(await city.PatchAsJsonAsync($"api/accounts/{id}", new { administrator = false }), HttpStatusCode.UnprocessableEntity);
        Assert.True(demote["errors"]!.AsObject().ContainsKey("administrator"));
        await ApiTests.Json(await city.PostAsync($"api/accounts/{id}/reset", null), HttpStatusCode.OK);
    }

    // Regression: the audit log showed an administrator's processor as its database id (数据处理者: ∅ → 2).
    [Fact]
    public async Task InvitedAdministrator_Audit_NamesTheProcessorByNameAndUscc()
    {
        var city = await platform.As(DemoAccounts.City);
        var (uscc, name, _, created) = await NewProcessorsAdministratorAsync(city, "审计企业");
        var id = (string)created["account"]!["id"]!;
        Assert.Equal(uscc, (string?)created["account"]!["processor"]);
        Assert.Equal(name, (string?)created["account"]!["processorName"]);
        int dbId;
        await using (var scope = platform.Services.CreateAsyncScope())
        {
            dbId = await scope.ServiceProvider.GetRequiredService<ChujingDbContext>().Processors.Where(p => p.Uscc == uscc).Select(p => p.Id).SingleAsync();
        }

        var entry = JsonNode.Parse(await city.GetStringAsync($"api/audit?entity=account&entityId={id}"))!.AsArray().Single(e => (string?)e!["action"] == "invite")!;
        Assert.Equal(uscc, (string?)entry["after"]!["processor"]);
        Assert.Equal(name, (string?)entry["after"]!["processorName"]);
        var page = WebUtility.HtmlDecode(await city.GetStringAsync($"Audit?entity=account&entityId={id}"));
        Assert.Contains(uscc, page, StringComparison.Ordinal);
        Assert.Contains(name, page, StringComparison.Ordinal);
        Assert.DoesNotContain($"→ {dbId}<", page, StringComparison.Ordinal);
        var csv = System.Text.Encoding.UTF8.GetString(await city.GetByteArrayAsync($"api/audit/export.csv?entity=account&entityId={id}"));
        Assert.Contains(uscc, csv, StringComparison.Ordinal);
        Assert.Contains(name, csv, StringComparison.Ordinal);
    }

    // Regression: the accounts page did not name an enterprise account's processor, for the city nor for its administrator.
    [Fact]
    public async Task AccountsPage_EnterpriseAccount_ShowsTheEnterpriseNameWithItsUsccBeside()
    {
        var city = await platform.As(DemoAccounts.City);
        var (uscc, name, email, _) = await NewProcessorsAdministratorAsync(city, "页面企业");
        Assert.Equal($"{name} （{uscc}）", ProcessorCell(WebUtility.HtmlDecode(await city.GetStringAsync("Accounts")), email));

        var entA = await platform.As(DemoAccounts.EnterpriseA);
        var own = JsonNode.Parse(await entA.GetStringAsync("api/processors"))!.AsArray().Single()!;
        Assert.Equal($"{(string)own["name"]!} （{(string)own["uscc"]!}）", ProcessorCell(WebUtility.HtmlDecode(await entA.GetStringAsync("Accounts")), DemoAccounts.EnterpriseA));
    }

    // A processor of the test's own, registered by the city, and the invitation of its administrator.
    private async Task<(string Uscc, string Name, string Email, JsonNode Created)> NewProcessorsAdministratorAsync(HttpClient city, string namePrefix)
    {
        var (uscc, name) = (NewUscc(), namePrefix + Guid.NewGuid().ToString("N")[..6]);
        await ApiTests.Json(await city.PostAsJsonAsync("api/processors", new { uscc, name, zoneGroup = "haidian", contactEmail = "dpo@example.cn" }), HttpStatusCode.Created);
        var email = Unique("admin");
        var created = await ApiTests.Json(await city.PostAsJsonAsync("api/accounts", new { email, displayName = "企业管理员", role = PlatformRoles.Enterprise, processor = uscc }), HttpStatusCode.Created);
        return (uscc, name, email, created);
    }

    private static string ProcessorCell(string html, string email)
    {
        var row = html[html.IndexOf($"data-email=\"{email}\"", StringComparison.Ordinal)..];
        return Labels.PageText.Of(row[..row.IndexOf("</tr>", StringComparison.Ordinal)], "account-processor").Single();
    }

    // Regression: a malformed USCC in the city's invitation of an enterprise administrator was called "not registered".
    [Theory]
    [InlineData("9111010812345")]
    [InlineData("91110108MA01ABCDE!")]
    [InlineData("91110108MA01ABCDE0")]
    public async Task City_InvitesAdministrator_MalformedUscc_IsSaidToBeMalformed_NotUnregistered(string processor)
    {
        var city = await platform.As(DemoAccounts.City);
        var problem = await ApiTests.ProblemAsync(await city.PostAsJsonAsync("api/accounts", new { email = Unique("x"), displayName = "x", role = PlatformRoles.Enterprise, processor }), HttpStatusCode.UnprocessableEntity);
        Assert.True(problem["errors"]!.AsObject().ContainsKey("processor"), problem.ToJsonString());
        var zh = problem["messagesZh"]!.AsArray().Select(m => (string)m!).ToList();
        Assert.Contains(zh, m => m.StartsWith("数据处理者：", StringComparison.Ordinal) && (m.Contains("格式有误", StringComparison.Ordinal) || m.Contains("不是格式正确的统一社会信用代码", StringComparison.Ordinal)));
        Assert.DoesNotContain(zh, m => m.Contains("不是已登记", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AccountsPage_InvitesAdministrator_MalformedUscc_SaysMalformedUnderTheFormsLabel()
    {
        var city = await platform.As(DemoAccounts.City);
        var page = await city.GetStringAsync("Accounts");
        Assert.Contains("数据处理者（统一社会信用代码，仅企业管理员）", WebUtility.HtmlDecode(page), StringComparison.Ordinal);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = ApiTests.AntiforgeryToken(page), ["email"] = Unique("x"), ["displayName"] = "x",
            ["role"] = PlatformRoles.Enterprise, ["processor"] = "9111010812345",
        });
        var html = WebUtility.HtmlDecode(await (await city.PostAsync("Accounts?handler=Create", form)).Content.ReadAsStringAsync());
        Assert.Contains("数据处理者：“9111010812345”格式有误：统一社会信用代码须为 18 位", html, StringComparison.Ordinal);
        Assert.DoesNotContain("不是已登记", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_BadInput_422NamingEveryField()
    {
        var city = await platform.As(DemoAccounts.City);
        var problem = await ApiTests.ProblemAsync(await city.PostAsJsonAsync("api/accounts", new { email = "not-an-address", displayName = new string('名', 101), role = "auditor", zoneGroup = "x" }), HttpStatusCode.UnprocessableEntity);
        var errors = problem["errors"]!.AsObject();
        Assert.True(errors.ContainsKey("email"));
        Assert.True(errors.ContainsKey("displayName"));
        Assert.True(errors.ContainsKey("role"));
        var duplicate = await ApiTests.ProblemAsync(await city.PostAsJsonAsync("api/accounts", new { email = DemoAccounts.Daxing, displayName = "x", role = PlatformRoles.ZoneOfficer, zoneGroup = "daxing" }), HttpStatusCode.UnprocessableEntity);
        Assert.True(duplicate["errors"]!.AsObject().ContainsKey("email"));
        var entA = await platform.As(DemoAccounts.EnterpriseA);
        var officer = await ApiTests.ProblemAsync(await entA.PostAsJsonAsync("api/accounts", new { email = Unique("x"), displayName = "x", role = PlatformRoles.ZoneOfficer }), HttpStatusCode.UnprocessableEntity);
        Assert.True(officer["errors"]!.AsObject().ContainsKey("role"));
    }

    [Fact]
    public async Task PasswordChange_NeedsTheCurrentOne_EndsOtherSessionsButNotThisOne()
    {
        var city = await platform.As(DemoAccounts.City);
        var (_, email) = await OfficerAsync(city, "chaoyang");
        using var here = await SignedInAsync(email, NewPassword);
        using var elsewhere = await SignedInAsync(email, NewPassword);

        var wrong = await ApiTests.ProblemAsync(await here.PostAsJsonAsync("api/auth/password", new { currentPassword = "wrong-password", newPassword = "Anderes-Passw0rt!" }), HttpStatusCode.UnprocessableEntity);
        Assert.True(wrong["errors"]!.AsObject().ContainsKey("currentPassword"));
        Assert.Equal(HttpStatusCode.NoContent, (await here.PostAsJsonAsync("api/auth/password", new { currentPassword = NewPassword, newPassword = "Anderes-Passw0rt!" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await here.GetAsync("api/auth/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await elsewhere.GetAsync("api/auth/me")).StatusCode);
        using var anonymous = platform.Anonymous();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync("api/auth/login", new { email, password = NewPassword })).StatusCode);
    }

    /// <summary>A valid USCC that no other test registers (random organisation code).</summary>
    private static string NewUscc()
    {
        var first17 = "91110108" + string.Concat(Enumerable.Range(0, 9).Select(_ => Chujing.Domain.Identifiers.Uscc.Alphabet[Random.Shared.Next(Chujing.Domain.Identifiers.Uscc.Alphabet.Length)]));
        return first17 + Chujing.Domain.Identifiers.Uscc.CheckCharacter(first17);
    }

    private string Unique(string tag) => $"{tag}-{platform.ProviderName}-{Guid.NewGuid():N}"[..40] + "@example.cn";

    /// <summary>An officer created by the city whose invitation set <see cref="NewPassword"/>.</summary>
    private async Task<(string Id, string Email)> OfficerAsync(HttpClient city, string zone)
    {
        var email = Unique("officer");
        var created = await ApiTests.Json(await city.PostAsJsonAsync("api/accounts", new { email, displayName = "审核员", role = PlatformRoles.ZoneOfficer, zoneGroup = zone }), HttpStatusCode.Created);
        using var anonymous = platform.Anonymous();
        Assert.Equal(HttpStatusCode.NoContent, (await anonymous.PostAsJsonAsync("api/auth/set-password", new { token = (string)created["invitation"]!["token"]!, password = NewPassword })).StatusCode);
        return ((string)created["account"]!["id"]!, email);
    }

    private async Task<HttpClient> SignedInAsync(string email, string password)
    {
        var client = platform.Anonymous();
        await ApiTests.Json(await client.PostAsJsonAsync("api/auth/login", new { email, password }), HttpStatusCode.OK);
        return client;
    }
}

[Collection(SqlitePlatformCollection.Name)]
public sealed class SqliteAccountAdministrationTests(SqlitePlatformFixture platform) : AccountAdministrationTests(platform);

[Collection(PostgresPlatformCollection.Name)]
public sealed class PostgresAccountAdministrationTests(PostgresPlatformFixture platform) : AccountAdministrationTests(platform);
