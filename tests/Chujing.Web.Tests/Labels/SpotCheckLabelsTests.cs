using System.Net;
using System.Net.Http.Json;
using Chujing.Web.Demo;

namespace Chujing.Web.Tests.Labels;

/// <summary>
/// The spot-check page names the zone group, the parties who gave the seed, the processors and the finding kinds in
/// words (Chinese, English beside), never by their codes (which stay in the API's JSON).
/// </summary>
public abstract class SpotCheckLabelsTests(PlatformFixture platform)
{
    [Fact]
    public async Task Details_RunCheck_NamesZoneGroupContributorsProcessorsAndKinds()
    {
        var officer = await platform.As(DemoAccounts.Daxing);
        var check = await ApiTests.Json(await officer.PostAsJsonAsync("api/spot-checks", new { from = "2026-01-01", to = "2026-06-01" }), HttpStatusCode.Created);
        var id = (string)check["id"]!;
        await ApiTests.Json(await officer.PostAsJsonAsync($"api/spot-checks/{id}/draw", new
        {
            contributions = new[] { new { party = "zone-group", value = "126331563425" }, new { party = "enterprise-witness", value = "354643662325-labels" } },
        }), HttpStatusCode.OK);
        var run = await ApiTests.Json(await officer.PostAsync($"api/spot-checks/{id}/run", null), HttpStatusCode.OK);
        Assert.Equal("daxing", (string?)run["check"]!["zoneGroup"]);
        Assert.Contains(run["findings"]!.AsArray(), f => (string?)f!["kind"] == "recipient-not-filed");

        var html = await officer.GetStringAsync($"SpotChecks/Details?id={id}");

        Assert.Equal("大兴 Daxing", PageText.Of(html, "check-zone").Single());
        var contributors = PageText.Of(html, "contributors").Single();
        Assert.Equal("自贸组团 Zone group「126331563425」，企业见证人 Enterprise witness「354643662325-labels」", contributors);
        Assert.All(PageText.Of(html, "outcome-processor"), p => Assert.StartsWith("北京大兴示例医药有限公司", p, StringComparison.Ordinal));
        Assert.NotEmpty(PageText.Of(html, "outcome-processor"));
        var kinds = PageText.Of(html, "finding-kind");
        Assert.Contains("接收方未备案 Recipient not filed", kinds);
        Assert.DoesNotContain(kinds, k => k.Contains('-', StringComparison.Ordinal));
    }

    [Fact]
    public async Task ListDetailsAndPublicPage_NameZoneGroupPartiesAndOutcomeReasonsInChinese()
    {
        var officer = await platform.As(DemoAccounts.Daxing);
        var check = await ApiTests.Json(await officer.PostAsJsonAsync("api/spot-checks", new { from = "2026-01-01", to = "2026-06-01" }), HttpStatusCode.Created);
        var id = (string)check["id"]!;
        await ApiTests.Json(await officer.PostAsJsonAsync($"api/spot-checks/{id}/draw", new
        {
            contributions = new[] { new { party = "zone-group", value = "126331563425" }, new { party = "enterprise-witness", value = "354643662325-public" } },
        }), HttpStatusCode.OK);
        await ApiTests.Json(await officer.PostAsync($"api/spot-checks/{id}/run", null), HttpStatusCode.OK);
        const string Reason = @"^(\d+ 项(严重|主要|一般)缺陷|同一次检查 \d+ 项(主要|一般)缺陷，合并判为(严重|主要)|未发现问题) · [a-z0-9]";

        var details = PageText.Of(await officer.GetStringAsync($"SpotChecks/Details?id={id}"), "outcome-reason");
        Assert.NotEmpty(details);
        Assert.All(details, r => Assert.Matches(Reason, r));

        var list = PageText.Of(await officer.GetStringAsync("SpotChecks"), "list-zone");
        Assert.Contains("大兴 Daxing", list);
        Assert.DoesNotContain(list, z => z is "daxing" or "haidian" or "chaoyang" or "shunyi" or "tongzhou" or "changping" or "yizhuang");

        var page = await platform.Anonymous().GetStringAsync("public/spot-checks/view");
        var zones = PageText.Of(page, "public-zone");
        Assert.Contains("大兴 Daxing", zones);
        Assert.DoesNotContain(zones, z => z == "daxing");
        var parties = PageText.Of(page, "public-contributors");
        Assert.Contains("自贸组团 Zone group，企业见证人 Enterprise witness", parties);
        Assert.DoesNotContain(parties, p => p.Contains("zone-group", StringComparison.Ordinal) || p.Contains("enterprise-witness", StringComparison.Ordinal));
        var reasons = PageText.Of(page, "public-outcome-reason");
        Assert.NotEmpty(reasons);
        Assert.All(reasons.Where(r => r.Length > 0), r => Assert.Matches(Reason, r));
    }

    [Theory]
    [InlineData("digest", "数据原件摘要 Payload digest")]
    [InlineData("recipient", "境外接收方 Recipient")]
    public void FindingFields_ReadAsLabels(string path, string label) =>
        Assert.Equal(label, Chujing.Web.SpotChecks.FindingTexts.Field(path));

    [Fact]
    public async Task Findings_AfterRun_NameKindFieldAndBasisInWords()
    {
        var officer = await platform.As(DemoAccounts.Daxing);
        var check = await ApiTests.Json(await officer.PostAsJsonAsync("api/spot-checks", new { from = "2026-01-01", to = "2026-06-01" }), HttpStatusCode.Created);
        var id = (string)check["id"]!;
        await ApiTests.Json(await officer.PostAsJsonAsync($"api/spot-checks/{id}/draw", new
        {
            contributions = new[] { new { party = "zone-group", value = "126331563425" }, new { party = "enterprise-witness", value = "354643662325-findings" } },
        }), HttpStatusCode.OK);
        await ApiTests.Json(await officer.PostAsync($"api/spot-checks/{id}/run", null), HttpStatusCode.OK);

        var html = await officer.GetStringAsync("Findings");

        var kinds = PageText.Of(html, "finding-kind");
        Assert.NotEmpty(kinds);
        Assert.Contains("接收方未备案 Recipient not filed", kinds);
        Assert.DoesNotContain(kinds, k => k.Contains('-', StringComparison.Ordinal));
        Assert.All(PageText.Of(html, "finding-basis"), b =>
        {
            Assert.DoesNotContain("{\"rule\"", b, StringComparison.Ordinal);
            Assert.DoesNotContain("platform-policy:", b, StringComparison.Ordinal);
        });
        var fields = PageText.Of(html, "finding-field");
        // Which findings a draw yields depends on the records in the shared database; every field reads as a label.
        Assert.NotEmpty(fields);
        Assert.All(fields, f => Assert.Matches(@"^\p{IsCJKUnifiedIdeographs}", f));
        Assert.DoesNotContain(fields, f => f is "persons" or "digest" or "scenario" or "recipient" or "ledger" or "leaf" or "fields" or "gateway" || f.Contains('{', StringComparison.Ordinal));
        // A platform-policy basis reads Chinese first, English beside.
        var bases = PageText.Of(html, "finding-basis");
        Assert.DoesNotContain(bases, b => System.Text.RegularExpressions.Regex.IsMatch(b, "平台政策 Platform policy：[A-Za-z]"));

        // The enterprise's rating: reasons, their basis and the switching state in Chinese first, kinds by name.
        var enterprise = PageText.Of(await (await platform.As(DemoAccounts.EnterpriseA)).GetStringAsync("Findings"), "rating-reason");
        Assert.NotEmpty(enterprise);
        Assert.All(enterprise, r =>
        {
            Assert.Matches(@"^[\p{IsCJKUnifiedIdeographs}0-9]", r);
            Assert.DoesNotMatch(@"[（(](recipient|country|scenario|field|sensitive|persons|band|record|ledger|digest|payload|check)-[a-z-]+[）)]", r);
            Assert.DoesNotContain("— PIPL", r, StringComparison.Ordinal);
            Assert.DoesNotContain("— platform-policy", r, StringComparison.Ordinal);
        });
        Assert.Contains(enterprise, r => System.Text.RegularExpressions.Regex.IsMatch(r, @"^(严重|主要|一般)问题 FD-\S+（\p{IsCJKUnifiedIdeographs}[^）]*）未关闭.* · open \w+ finding FD-\S+ \([A-Z]"));
        Assert.Contains(enterprise, r => r.Contains("— 《个人信息保护法》第六十六条", StringComparison.Ordinal));
        Assert.Matches("· (正常检查 Normal|加严检查 Tightened|放宽检查 Reduced)$", PageText.Of(await (await platform.As(DemoAccounts.EnterpriseA)).GetStringAsync("Findings"), "rating-model").Single());
    }

    [Fact]
    public async Task FindingsPage_RatingModel_ReadsAsThePlatformsRatingPolicyNotItsId()
    {
        var model = PageText.Of(await (await platform.As(DemoAccounts.EnterpriseA)).GetStringAsync("Findings"), "rating-model").Single();
        Assert.StartsWith("平台评级政策（2026.1 版） · the platform's rating policy, version 2026.1 · ", model, StringComparison.Ordinal);
        Assert.DoesNotContain("chujing-rating/", model, StringComparison.Ordinal);
    }
}

[Collection(SqlitePlatformCollection.Name)]
public sealed class SqliteSpotCheckLabelsTests(SqlitePlatformFixture platform) : SpotCheckLabelsTests(platform);

[Collection(PostgresPlatformCollection.Name)]
public sealed class PostgresSpotCheckLabelsTests(PostgresPlatformFixture platform) : SpotCheckLabelsTests(platform);
