using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Chujing.Web.Demo;

namespace Chujing.Web.Tests.Notifications;

/// <summary>
/// In-app notifications through the API: a returned filing reaches the enterprise's users (and nobody else) with
/// its label and link, a submission reaches the zone group's officers, and each person reads and marks only their own.
/// </summary>
public abstract class NotificationApiTests(PlatformFixture platform)
{
    [Fact]
    public async Task ReturnedFiling_NotifiesTheEnterprise_WithLabelNoteAndLink_AndNobodyElse()
    {
        var enterprise = await platform.As(DemoAccounts.EnterpriseA);
        var officer = await platform.As(DemoAccounts.Daxing);
        var otherEnterprise = await platform.As(DemoAccounts.EnterpriseB);
        var otherOfficer = await platform.As(DemoAccounts.Haidian);
        var unreadBefore = await UnreadAsync(enterprise);
        var otherBefore = (await UnreadAsync(otherEnterprise), await UnreadAsync(otherOfficer));

        var id = await SubmittedFilingAsync(enterprise);
        await ApiTests.Json(await officer.PostAsJsonAsync($"api/filings/{id}/return-for-correction", new { note = "请补充接收方的安全措施" }), HttpStatusCode.OK);

        Assert.Equal(unreadBefore + 1, await UnreadAsync(enterprise));
        var page = await ApiTests.Json(await enterprise.GetAsync("api/notifications?unread=true&pageSize=5"), HttpStatusCode.OK);
        var latest = page["items"]![0]!;
        Assert.Equal("filing-returned-for-correction", (string?)latest["kind"]);
        Assert.Equal("备案退回补正", (string?)latest["kindLabel"]);
        Assert.Equal($"备案 {id} 被退回补正", (string?)latest["titleZh"]);
        Assert.Equal($"Filing {id} returned for correction", (string?)latest["titleEn"]);
        Assert.Contains("审核意见：请补充接收方的安全措施", (string?)latest["bodyZh"], StringComparison.Ordinal);
        Assert.Equal($"/Filings/Details/{id}", (string?)latest["link"]);
        Assert.Null(latest["readAt"]);

        // Neither the other enterprise nor the other zone group hears of it.
        Assert.Equal(otherBefore, (await UnreadAsync(otherEnterprise), await UnreadAsync(otherOfficer)));
        var others = await ApiTests.Json(await otherEnterprise.GetAsync("api/notifications?pageSize=100"), HttpStatusCode.OK);
        Assert.DoesNotContain(others["items"]!.AsArray(), n => (string?)n!["subjectId"] == id);
    }

    [Fact]
    public async Task SubmittedFiling_NotifiesTheZoneGroupsOfficers()
    {
        var enterprise = await platform.As(DemoAccounts.EnterpriseA);
        var officer = await platform.As(DemoAccounts.Daxing);
        var secondOfficer = await platform.As(DemoAccounts.Daxing2);
        var before = (await UnreadAsync(officer), await UnreadAsync(secondOfficer));

        var id = await SubmittedFilingAsync(enterprise);

        Assert.Equal((before.Item1 + 1, before.Item2 + 1), (await UnreadAsync(officer), await UnreadAsync(secondOfficer)));
        var latest = (await ApiTests.Json(await officer.GetAsync("api/notifications?pageSize=1"), HttpStatusCode.OK))["items"]![0]!;
        Assert.Equal("filing-submitted", (string?)latest["kind"]);
        Assert.Equal(id, (string?)latest["subjectId"]);
        Assert.Contains(id, (string?)latest["titleZh"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task MarkRead_OnlyTheRecipient_AnotherPersonGets404_AndReadAllClearsTheCount()
    {
        var enterprise = await platform.As(DemoAccounts.EnterpriseA);
        var officer = await platform.As(DemoAccounts.Daxing);
        var id = await SubmittedFilingAsync(enterprise);
        await ApiTests.Json(await officer.PostAsJsonAsync($"api/filings/{id}/approve", new { }), HttpStatusCode.OK);
        var mine = (long)(await ApiTests.Json(await enterprise.GetAsync("api/notifications?pageSize=1"), HttpStatusCode.OK))["items"]![0]!["id"]!;
        var unread = await UnreadAsync(enterprise);

        // Someone else's notification does not exist for them, whatever their role.
        foreach (var stranger in (string[])[DemoAccounts.EnterpriseB, DemoAccounts.Daxing, DemoAccounts.City])
        {
            Assert.Equal(HttpStatusCode.NotFound, (await (await platform.As(stranger)).PostAsync($"api/notifications/{mine}/read", null)).StatusCode);
        }

        Assert.Equal(unread, await UnreadAsync(enterprise));
        Assert.Equal(HttpStatusCode.NoContent, (await enterprise.PostAsync($"api/notifications/{mine}/read", null)).StatusCode);
        Assert.Equal(unread - 1, await UnreadAsync(enterprise));

        // Marking it again changes nothing and still answers 204.
        Assert.Equal(HttpStatusCode.NoContent, (await enterprise.PostAsync($"api/notifications/{mine}/read", null)).StatusCode);
        var all = await ApiTests.Json(await enterprise.PostAsync("api/notifications/read-all", null), HttpStatusCode.OK);
        Assert.Equal(unread - 1, (int)all["marked"]!);
        Assert.Equal(0, await UnreadAsync(enterprise));
        Assert.Equal(HttpStatusCode.NotFound, (await enterprise.PostAsync("api/notifications/999999999/read", null)).StatusCode);
    }

    [Fact]
    public async Task Paging_ServesNewestFirst_AndRefusesASizeOutOfRange()
    {
        var enterprise = await platform.As(DemoAccounts.EnterpriseA);
        var officer = await platform.As(DemoAccounts.Daxing);
        for (var i = 0; i < 3; i++)
        {
            var id = await SubmittedFilingAsync(enterprise);
            await ApiTests.Json(await officer.PostAsJsonAsync($"api/filings/{id}/start-review", new { }), HttpStatusCode.OK);
        }

        var first = await ApiTests.Json(await enterprise.GetAsync("api/notifications?pageSize=2"), HttpStatusCode.OK);
        var second = await ApiTests.Json(await enterprise.GetAsync("api/notifications?pageSize=2&page=2"), HttpStatusCode.OK);
        var ids = first["items"]!.AsArray().Concat(second["items"]!.AsArray()).Select(n => (long)n!["id"]!).ToList();
        Assert.Equal(4, ids.Count);
        Assert.Equal(ids.OrderDescending(), ids);
        Assert.True((int)first["total"]! >= 3);
        Assert.Equal(2, (int)second["page"]!);

        var refused = await ApiTests.Json(await enterprise.GetAsync("api/notifications?pageSize=1000&page=0"), HttpStatusCode.UnprocessableEntity);
        var text = refused.ToJsonString();
        Assert.Contains("pageSize", text, StringComparison.Ordinal);
        Assert.Contains("page", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartOfReview_AfterAReturn_DoesNotRepeatTheOldNote()
    {
        var enterprise = await platform.As(DemoAccounts.EnterpriseA);
        var officer = await platform.As(DemoAccounts.Daxing);
        var id = await SubmittedFilingAsync(enterprise);
        var returned = await ApiTests.Json(await officer.PostAsJsonAsync($"api/filings/{id}/return-for-correction", new { note = "旧的审核意见" }), HttpStatusCode.OK);
        await ApiTests.Json(await enterprise.PutAsJsonAsync($"api/filings/{id}", ApiTests.NewFiling() with { Version = (int)returned["version"]! }), HttpStatusCode.OK);
        await ApiTests.Json(await enterprise.PostAsync($"api/filings/{id}/submit", null), HttpStatusCode.OK);
        await ApiTests.Json(await officer.PostAsJsonAsync($"api/filings/{id}/start-review", new { }), HttpStatusCode.OK);

        var latest = (await ApiTests.Json(await enterprise.GetAsync("api/notifications?pageSize=1"), HttpStatusCode.OK))["items"]![0]!;
        Assert.Equal(("filing-under-review", id), ((string?)latest["kind"], (string?)latest["subjectId"]));
        Assert.DoesNotContain("旧的审核意见", (string?)latest["bodyZh"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task RefusedAction_WritesNoNotification()
    {
        var enterprise = await platform.As(DemoAccounts.EnterpriseA);
        var officer = await platform.As(DemoAccounts.Daxing);
        var id = await SubmittedFilingAsync(enterprise);
        var before = await UnreadAsync(enterprise);

        // Returning without a note is refused by the state machine: no state change, so nothing to tell.
        await ApiTests.Json(await officer.PostAsJsonAsync($"api/filings/{id}/return-for-correction", new { }), HttpStatusCode.UnprocessableEntity);

        Assert.Equal(before, await UnreadAsync(enterprise));
    }

    internal static Task<string> SubmittedFilingAsync(HttpClient enterprise) => Filings.FilingAttachmentApiTests.FilingAsync(enterprise, submit: true);

    internal static async Task<int> UnreadAsync(HttpClient client) =>
        (int)JsonNode.Parse(await client.GetStringAsync("api/notifications/unread-count"))!["unread"]!;
}

[Collection(SqlitePlatformCollection.Name)]
public sealed class SqliteNotificationApiTests(SqlitePlatformFixture platform) : NotificationApiTests(platform);

[Collection(PostgresPlatformCollection.Name)]
public sealed class PostgresNotificationApiTests(PostgresPlatformFixture platform) : NotificationApiTests(platform);
