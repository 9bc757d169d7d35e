using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Chujing.Web.Demo;

namespace Chujing.Web.Tests.Notifications;

/// <summary>
/// Notifications of the other state changes: a deviation recorded for a processor (its users and its zone group's
/// officers), a spot-check finding opened, its rectification submitted and decided.
/// </summary>
public abstract class NotificationEventTests(PlatformFixture platform)
{
    [Fact]
    public async Task Deviation_NotifiesTheProcessorAndItsZoneGroup_WithLabels()
    {
        var enterprise = await platform.As(DemoAccounts.EnterpriseA);
        var officer = await platform.As(DemoAccounts.Daxing);
        var otherOfficer = await platform.As(DemoAccounts.Haidian);
        var uscc = (string)JsonNode.Parse(await enterprise.GetStringAsync("api/processors"))!.AsArray()[0]!["uscc"]!;
        // Read first: a deviation notice still unread would take this batch's count instead of a new notice.
        Assert.Equal(HttpStatusCode.OK, (await enterprise.PostAsync("api/notifications/read-all", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await officer.PostAsync("api/notifications/read-all", null)).StatusCode);
        var before = (0, 0, await NotificationApiTests.UnreadAsync(otherOfficer));

        // An export naming no filing: recorded, and a serious deviation (无备案).
        var events = $$"""[{"processor":"{{uscc}}","time":"2026-05-20T08:00:00Z","recipient":"R","country":"DE","persons":1,"personKeys":["sha256:{{new string('a', 64)}}"]}]""";
        var response = await enterprise.PostAsync("api/evidence", new StringContent(events, Encoding.UTF8, "application/json"));
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());

        Assert.Equal((before.Item1 + 1, before.Item2 + 1, before.Item3), (await NotificationApiTests.UnreadAsync(enterprise), await NotificationApiTests.UnreadAsync(officer), await NotificationApiTests.UnreadAsync(otherOfficer)));
        var latest = (await ApiTests.Json(await officer.GetAsync("api/notifications?pageSize=1"), HttpStatusCode.OK))["items"]![0]!;
        Assert.Equal("deviation-recorded", (string?)latest["kind"]);
        Assert.Equal(uscc, (string?)latest["subjectId"]);
        Assert.Contains("1 条一致性偏差（最高级别：严重）", (string?)latest["titleZh"], StringComparison.Ordinal);
        Assert.Contains("无备案", (string?)latest["bodyZh"], StringComparison.Ordinal);
        Assert.DoesNotContain("no-filing", (string?)latest["bodyZh"], StringComparison.Ordinal);
        Assert.Equal("/Deviations", (string?)latest["link"]);
    }

    [Fact]
    public async Task Deviations_WhileTheNoticeIsUnread_AddUpInOneNotice_ThenANewOneAfterReading()
    {
        var enterprise = await platform.As(DemoAccounts.EnterpriseA);
        var officer = await platform.As(DemoAccounts.Daxing);
        var uscc = (string)JsonNode.Parse(await enterprise.GetStringAsync("api/processors"))!.AsArray()[0]!["uscc"]!;
        Assert.Equal(HttpStatusCode.OK, (await enterprise.PostAsync("api/notifications/read-all", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await officer.PostAsync("api/notifications/read-all", null)).StatusCode);

        async Task PostAsync(int events, string country)
        {
            var body = "[" + string.Join(',', Enumerable.Range(0, events).Select(i =>
                $$"""{"processor":"{{uscc}}","time":"2026-05-21T08:00:00Z","recipient":"R","country":"{{country}}","persons":1,"personKeys":["sha256:{{Guid.NewGuid():N}}{{Guid.NewGuid():N}}"]}""")) + "]";
            var response = await enterprise.PostAsync("api/evidence", new StringContent(body, Encoding.UTF8, "application/json"));
            Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        }

        async Task<JsonNode> LatestAsync(HttpClient client) =>
            (await ApiTests.Json(await client.GetAsync("api/notifications?pageSize=1"), HttpStatusCode.OK))["items"]![0]!;

        // Three batches naming no filing (每批均为无备案偏差): one unread notice each side, counting all of them.
        await PostAsync(2, "DE");
        await PostAsync(3, "FR");
        await PostAsync(1, "JP");
        Assert.Equal((1, 1), (await NotificationApiTests.UnreadAsync(enterprise), await NotificationApiTests.UnreadAsync(officer)));
        foreach (var client in new[] { enterprise, officer })
        {
            var notice = await LatestAsync(client);
            Assert.Equal(("deviation-recorded", uscc), ((string?)notice["kind"], (string?)notice["subjectId"]));
            Assert.Contains("6 条一致性偏差（最高级别：严重）", (string?)notice["titleZh"], StringComparison.Ordinal);
            Assert.Contains("6 deviation(s) recorded", (string?)notice["titleEn"], StringComparison.Ordinal);
        }

        // Once read, the next batch starts a new notice with its own count.
        Assert.Equal(HttpStatusCode.OK, (await enterprise.PostAsync("api/notifications/read-all", null)).StatusCode);
        await PostAsync(4, "DE");
        Assert.Equal(1, await NotificationApiTests.UnreadAsync(enterprise));
        Assert.Contains("4 条一致性偏差", (string?)(await LatestAsync(enterprise))["titleZh"], StringComparison.Ordinal);
        Assert.Contains("10 条一致性偏差", (string?)(await LatestAsync(officer))["titleZh"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Finding_OpenedRectifiedAndAccepted_NotifiesEachSide()
    {
        var enterprise = await platform.As(DemoAccounts.EnterpriseA);
        var officer = await platform.As(DemoAccounts.Daxing);
        var period = new { from = "2026-01-01", to = "2026-06-01", filings = 100, recordsPerFiling = 100 };
        var check = (string)(await ApiTests.Json(await officer.PostAsJsonAsync("api/spot-checks", period), HttpStatusCode.Created))["id"]!;
        await ApiTests.Json(await officer.PostAsJsonAsync($"api/spot-checks/{check}/draw", new { seed = "notification-events-seed-" + Guid.NewGuid().ToString("N")[..8] }), HttpStatusCode.OK);
        var run = await ApiTests.Json(await officer.PostAsync($"api/spot-checks/{check}/run", null), HttpStatusCode.OK);
        var mine = JsonNode.Parse(await enterprise.GetStringAsync("api/findings"))!.AsArray().Select(f => (string?)f!["id"]).ToHashSet();
        var finding = run["findings"]!.AsArray().First(f => mine.Contains((string?)f!["id"]))!;
        var id = (string)finding["id"]!;

        var opened = (await ApiTests.Json(await enterprise.GetAsync("api/notifications?pageSize=100"), HttpStatusCode.OK))["items"]!.AsArray()
            .Single(n => (string?)n!["kind"] == "finding-opened" && (string?)n["subjectId"] == id)!;
        Assert.Equal("/Findings#" + id, (string?)opened["link"]);
        Assert.Contains("整改期限：", (string?)opened["bodyZh"], StringComparison.Ordinal);
        Assert.DoesNotMatch("（(serious|major|general)）", (string?)opened["titleZh"]);

        await ApiTests.Json(await enterprise.PostAsJsonAsync($"api/findings/{id}/rectification", new { rootCause = "字段映射错误", measures = "已修正映射并复核" }), HttpStatusCode.OK);
        var rectified = (await ApiTests.Json(await officer.GetAsync("api/notifications?pageSize=1"), HttpStatusCode.OK))["items"]![0]!;
        Assert.Equal(("finding-rectified", id), ((string?)rectified["kind"], (string?)rectified["subjectId"]));

        await ApiTests.Json(await officer.PostAsJsonAsync($"api/findings/{id}/accept", new { note = "整改到位" }), HttpStatusCode.OK);
        var decided = (await ApiTests.Json(await enterprise.GetAsync("api/notifications?pageSize=1"), HttpStatusCode.OK))["items"]![0]!;
        Assert.Equal(("finding-accepted", id), ((string?)decided["kind"], (string?)decided["subjectId"]));
        Assert.Contains("意见：整改到位", (string?)decided["bodyZh"], StringComparison.Ordinal);
    }
}

[Collection(SqlitePlatformCollection.Name)]
public sealed class SqliteNotificationEventTests(SqlitePlatformFixture platform) : NotificationEventTests(platform);

[Collection(PostgresPlatformCollection.Name)]
public sealed class PostgresNotificationEventTests(PostgresPlatformFixture platform) : NotificationEventTests(platform);
