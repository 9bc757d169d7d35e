using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Chujing.Persistence;
using Chujing.Web.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Chujing.Web.Tests;

/// <summary>
/// Objections to a rating on SQLite and PostgreSQL: the enterprise objects to a finding within 20 days of its notice
/// (days on the Beijing calendar, holidays rolling the last day forward), a late objection is refused in Chinese
/// naming the last day, and an officer of the group upholds (the finding is set aside and the rating revised) or
/// rejects, each step audited and scoped to the tenant.
/// </summary>
public abstract class RatingObjectionApiTests(PlatformFixture platform)
{
    [Fact]
    public async Task Objection_InTime_UpheldRevisesTheRating_RejectedLeavesIt_LateIsRefused()
    {
        var officer = await platform.As(DemoAccounts.Daxing);
        var enterprise = await platform.As(DemoAccounts.EnterpriseA);
        var check = await ApiTests.Json(await officer.PostAsJsonAsync("api/spot-checks", new { from = "2026-01-01", to = "2026-06-01" }), HttpStatusCode.Created);
        await ApiTests.Json(await officer.PostAsJsonAsync($"api/spot-checks/{check["id"]}/draw", new { seed = "objection-seed-0000000000001" }), HttpStatusCode.OK);
        var findings = (await ApiTests.Json(await officer.PostAsync($"api/spot-checks/{check["id"]}/run", null), HttpStatusCode.OK))["findings"]!.AsArray();
        Assert.True(findings.Count >= 3, findings.ToJsonString());
        var uscc = (string)findings[0]!["processor"]!;
        var (upheld, rejected, late) = ((string)findings[0]!["id"]!, (string)findings[1]!["id"]!, (string)findings[2]!["id"]!);
        var path = $"api/processors/{uscc}/rating/objections";

        // Filed the day of the run (Monday 1 June 2026): 20 days end on Sunday 21 June, the Dragon Boat holiday's last
        // day, so the objection period and the review both run to Monday 22 June.
        var filed = await ApiTests.Json(await enterprise.PostAsJsonAsync(path, new { finding = upheld, reason = "该记录已按期上传，系平台读取失败" }), HttpStatusCode.Created);
        Assert.Equal("pending", (string?)filed["status"]);
        Assert.Equal("2026-06-22", (string?)filed["objectionDeadline"]);
        Assert.Equal("2026-06-22", (string?)filed["reviewDeadline"]);
        Assert.Contains(filed["clocks"]!.AsArray(), c => (string?)c!["grounding"] == "platform-policy");
        Assert.Contains(filed["clocks"]!.AsArray(), c => ((string?)c!["basis"])!.Contains("海关企业信用管理办法", StringComparison.Ordinal));
        var id = (string)filed["id"]!;

        // Bad input names the field; one objection per finding; other tenants and roles are refused.
        Assert.NotNull((await ApiTests.ProblemAsync(await enterprise.PostAsJsonAsync(path, new { finding = rejected, reason = " " }), HttpStatusCode.UnprocessableEntity))["errors"]!["reason"]);
        Assert.NotNull((await ApiTests.ProblemAsync(await enterprise.PostAsJsonAsync(path, new { finding = upheld, reason = "again" }), HttpStatusCode.UnprocessableEntity))["errors"]!["finding"]);
        Assert.NotNull((await ApiTests.ProblemAsync(await enterprise.PostAsJsonAsync(path, new { finding = "FD-1999-00001", reason = "x" }), HttpStatusCode.UnprocessableEntity))["errors"]!["finding"]);
        Assert.Equal(HttpStatusCode.NotFound, (await (await platform.As(DemoAccounts.EnterpriseB)).PostAsJsonAsync(path, new { finding = rejected, reason = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.PostAsJsonAsync(path, new { finding = rejected, reason = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await platform.As(DemoAccounts.Haidian)).PostAsJsonAsync($"api/rating-objections/{id}/uphold", new { note = "x" })).StatusCode);
        Assert.DoesNotContain(JsonNode.Parse(await (await platform.As(DemoAccounts.EnterpriseB)).GetStringAsync("api/rating-objections"))!.AsArray(), o => (string?)o!["id"] == id);

        // Late: a finding notified on 1 May had its period end on 21 May (a Thursday).
        using (var scope = platform.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ChujingDbContext>();
            var row = await db.SpotCheckFindings.SingleAsync(f => f.Id == late);
            row.OpenedAt = new DateTimeOffset(2026, 5, 1, 2, 0, 0, TimeSpan.Zero);
            await db.SaveChangesAsync();
        }

        var refused = await ApiTests.ProblemAsync(await enterprise.PostAsJsonAsync(path, new { finding = late, reason = "x" }), HttpStatusCode.UnprocessableEntity);
        var message = (string)refused["errors"]!["finding"]![0]!;
        Assert.StartsWith("异议期限已过", message, StringComparison.Ordinal);
        Assert.Contains("2026-05-21", message, StringComparison.Ordinal);

        // Upheld: reasons required; the finding is set aside and no longer among the rating's reasons; audited.
        Assert.NotNull((await ApiTests.ProblemAsync(await officer.PostAsJsonAsync($"api/rating-objections/{id}/uphold", new { }), HttpStatusCode.UnprocessableEntity))["errors"]!["note"]);
        var decided = await ApiTests.Json(await officer.PostAsJsonAsync($"api/rating-objections/{id}/uphold", new { note = "平台读取日志证实上传成功" }), HttpStatusCode.OK);
        Assert.Equal("upheld", (string?)decided["status"]);
        Assert.NotNull(decided["ratingAfterDecision"]);
        Assert.Equal(id, (string?)(await ApiTests.Json(await enterprise.GetAsync($"api/findings/{upheld}"), HttpStatusCode.OK))["setAsideBy"]);
        var rating = await ApiTests.Json(await enterprise.GetAsync($"api/processors/{uscc}/rating"), HttpStatusCode.OK);
        Assert.DoesNotContain(rating["reasons"]!.AsArray(), r => (string?)r!["finding"] == upheld);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await officer.PostAsJsonAsync($"api/rating-objections/{id}/reject", new { note = "again" })).StatusCode);
        Assert.Contains(JsonNode.Parse(await officer.GetStringAsync($"api/audit?entity=rating-objection&entityId={id}"))!.AsArray(), a => (string?)a!["action"] == "uphold");
        Assert.Contains(JsonNode.Parse(await officer.GetStringAsync($"api/audit?entity=finding&entityId={upheld}"))!.AsArray(), a => (string?)a!["action"] == "set-aside");

        // Rejected: the finding keeps counting.
        var second = (string)(await ApiTests.Json(await enterprise.PostAsJsonAsync(path, new { finding = rejected, reason = "接收方已在备案变更中" }), HttpStatusCode.Created))["id"]!;
        Assert.Equal("rejected", (string?)(await ApiTests.Json(await officer.PostAsJsonAsync($"api/rating-objections/{second}/reject", new { note = "变更在出境之后" }), HttpStatusCode.OK))["status"]);
        Assert.Null((await ApiTests.Json(await enterprise.GetAsync($"api/findings/{rejected}"), HttpStatusCode.OK))["setAsideBy"]);

        // The pages: the enterprise's objection form and list, the officer's decision buttons gone once decided.
        var page = await enterprise.GetStringAsync("Findings");
        Assert.Contains("data-testid=\"objection-form\"", page, StringComparison.Ordinal);
        Assert.Contains(id, page, StringComparison.Ordinal);
        Assert.Contains("异议成立", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await (await platform.As(DemoAccounts.City)).GetAsync($"api/rating-objections/{id}")).StatusCode);
    }
}

[Collection(SqlitePlatformCollection.Name)]
public sealed class SqliteRatingObjectionApiTests(SqlitePlatformFixture platform) : RatingObjectionApiTests(platform);

[Collection(PostgresPlatformCollection.Name)]
public sealed class PostgresRatingObjectionApiTests(PostgresPlatformFixture platform) : RatingObjectionApiTests(platform);
