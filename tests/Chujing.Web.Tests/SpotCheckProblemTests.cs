using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Chujing.Web.Demo;

namespace Chujing.Web.Tests;

/// <summary>
/// What goes wrong around spot checks, on SQLite and PostgreSQL: every refusal is a problem (Chinese first) that names
/// what it refuses — a finding id that cannot be one, a payload for a leaf that is not sampled or not a leaf at all —
/// the pages say it in Chinese under the form's own label, and a finding set aside by an upheld rating objection no
/// longer holds its filing suspended.
/// </summary>
public abstract class SpotCheckProblemTests(PlatformFixture platform)
{
    [Fact]
    public async Task FindingDecision_OnAnIdThatIsNoFinding_IsAProblemNamingIt()
    {
        var officer = await platform.As(DemoAccounts.Daxing);
        foreach (var id in new[] { "FD-1999-00001", "%E5%87%BA", "%20" })
        {
            var problem = await ApiTests.ProblemAsync(await officer.PostAsJsonAsync($"api/findings/{id}/accept", new { note = "x" }), HttpStatusCode.NotFound);
            Assert.Contains($"finding {Uri.UnescapeDataString(id)} not found", (string?)problem["detail"], StringComparison.Ordinal);
            Assert.Contains($"finding {Uri.UnescapeDataString(id)} not found", (string?)(await ApiTests.ProblemAsync(await officer.GetAsync($"api/findings/{id}"), HttpStatusCode.NotFound))["detail"], StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Recheck_OverAPeriodWithNoRecords_IsRefusedAndTheFindingStaysOpen()
    {
        // Regression: a re-check over no records came out clean and closed a serious finding.
        var officer = await platform.As(DemoAccounts.Daxing);
        var check = await ApiTests.Json(await officer.PostAsJsonAsync("api/spot-checks", new { from = "2026-01-01", to = "2026-06-01" }), HttpStatusCode.Created);
        var id = (string)check["id"]!;
        await ApiTests.Json(await officer.PostAsJsonAsync($"api/spot-checks/{id}/draw", new { seed = "empty-recheck-seed-0000000000001" }), HttpStatusCode.OK);
        var findings = (await ApiTests.Json(await officer.PostAsync($"api/spot-checks/{id}/run", null), HttpStatusCode.OK))["findings"]!.AsArray();
        var serious = (string)findings.First(f => (string?)f!["severity"] == "serious")!["id"]!;
        var enterprise = await platform.As(DemoAccounts.EnterpriseA);
        await ApiTests.Json(await enterprise.PostAsJsonAsync($"api/findings/{serious}/rectification", new { rootCause = "接收方名单未同步", measures = "网关只放行备案列明的接收方" }), HttpStatusCode.OK);
        await ApiTests.Json(await officer.PostAsJsonAsync($"api/findings/{serious}/accept", new { note = "措施可行" }), HttpStatusCode.OK);

        // Nothing was exported since the check: the re-check is refused, naming the field, in Chinese and English.
        var refused = await ApiTests.ProblemAsync(await officer.PostAsJsonAsync("api/spot-checks", new { recheckOf = serious }), HttpStatusCode.UnprocessableEntity);
        var message = (string)refused["errors"]!["recheckOf"]![0]!;
        Assert.Contains("没有可抽查的出境记录", message, StringComparison.Ordinal);
        Assert.Contains("has no export records", message, StringComparison.Ordinal);
        Assert.True(message.IndexOf("没有", StringComparison.Ordinal) < message.IndexOf("has no", StringComparison.Ordinal));

        // A re-check over the finding's whole period since it opened is refused the same way; the finding stays open.
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await officer.PostAsJsonAsync("api/spot-checks", new { recheckOf = serious, from = "2026-01-01", to = "2026-06-01" })).StatusCode);
        var after = await ApiTests.Json(await officer.GetAsync($"api/findings/{serious}"), HttpStatusCode.OK);
        Assert.Equal("recheck-pending", (string?)after["status"]);
        Assert.Null(after["closedAt"]);
        Assert.DoesNotContain(JsonNode.Parse(await officer.GetStringAsync("api/spot-checks"))!.AsArray(), c => (string?)c!["recheckOf"] == serious);
    }

    [Fact]
    public async Task Draw_OfAPopulationWithNoRecords_IsRefusedNamingThePopulation()
    {
        var officer = await platform.As(DemoAccounts.Daxing);
        var check = await ApiTests.Json(await officer.PostAsJsonAsync("api/spot-checks", new { from = "2025-03-01", to = "2025-03-31" }), HttpStatusCode.Created);
        Assert.Equal(0, (int)check["population"]!["records"]!);
        var id = (string)check["id"]!;
        var refused = await ApiTests.ProblemAsync(await officer.PostAsJsonAsync($"api/spot-checks/{id}/draw", new { seed = "empty-population-seed-00000000001" }), HttpStatusCode.UnprocessableEntity);
        var message = (string)refused["errors"]!["population"]![0]!;
        Assert.Contains("2025-03-01 至 2025-03-31 期间没有可抽查的出境记录", message, StringComparison.Ordinal);
        Assert.Contains("cannot come out clean", message, StringComparison.Ordinal);
        Assert.Equal("planned", (string?)(await ApiTests.Json(await officer.GetAsync($"api/spot-checks/{id}"), HttpStatusCode.OK))["status"]);
    }

    [Fact]
    public async Task Payload_ForALeafNotSampledOrNoLeafAtAll_IsANotFoundProblemInChineseAndEnglish()
    {
        var officer = await platform.As(DemoAccounts.Daxing);
        var check = await ApiTests.Json(await officer.PostAsJsonAsync("api/spot-checks", new { from = "2026-01-01", to = "2026-06-01", filings = 100, recordsPerFiling = 1000 }), HttpStatusCode.Created);
        var id = (string)check["id"]!;
        await ApiTests.Json(await officer.PostAsJsonAsync($"api/spot-checks/{id}/draw", new { seed = "problem-seed-00000000000000001" }), HttpStatusCode.OK);
        var enterprise = await platform.As(DemoAccounts.EnterpriseA);
        foreach (var leaf in new[] { "abc", "99999999", "-1", "99999999999999999999999" })
        {
            using var body = new ByteArrayContent(Encoding.UTF8.GetBytes("a,b\n1,2\n"));
            var problem = await ApiTests.ProblemAsync(await enterprise.PostAsync($"api/spot-checks/{id}/payloads/{leaf}", body), HttpStatusCode.NotFound);
            var detail = (string)problem["detail"]!;
            Assert.Contains("数据原件无法对应", detail, StringComparison.Ordinal);
            Assert.Contains($"leaf {leaf} of your ledger is not sampled in {id}", detail, StringComparison.Ordinal);
        }

        // A check that is not drawn (or not visible) is not found either, naming the check.
        using var late = new ByteArrayContent([1]);
        Assert.Contains("SC-1999-0001", (string?)(await ApiTests.ProblemAsync(await enterprise.PostAsync("api/spot-checks/SC-1999-0001/payloads/0", late), HttpStatusCode.NotFound))["detail"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_SayWhatIsWrongInChinese_UnderTheFormsLabels()
    {
        var officer = await platform.As(DemoAccounts.Daxing);
        var index = await officer.GetStringAsync("SpotChecks");
        var html = WebUtility.HtmlDecode(await (await officer.PostAsync("SpotChecks?handler=Plan", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = ApiTests.AntiforgeryToken(index),
            ["from"] = "2026-05-01",
            ["to"] = "2026-04-01",
        }))).Content.ReadAsStringAsync());
        Assert.Contains("期间止：期间须在今天或之前结束", html, StringComparison.Ordinal);
        Assert.DoesNotContain("to: the period", html, StringComparison.Ordinal);

        // The findings queue: an answer without root cause or measures names both fields by their labels.
        var enterprise = await platform.As(DemoAccounts.EnterpriseA);
        var findings = JsonNode.Parse(await enterprise.GetStringAsync("api/findings?status=open"))!.AsArray();
        if (findings.Count > 0)
        {
            var page = await enterprise.GetStringAsync("Findings");
            var answered = WebUtility.HtmlDecode(await (await enterprise.PostAsync("Findings?handler=Rectify", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = ApiTests.AntiforgeryToken(page),
                ["id"] = (string)findings[0]!["id"]!,
                ["rootCause"] = " ",
            }))).Content.ReadAsStringAsync());
            Assert.Contains("原因分析：必填。", answered, StringComparison.Ordinal);
            Assert.Contains("整改措施：必填。", answered, StringComparison.Ordinal);
            Assert.DoesNotContain("rootCause:", answered, StringComparison.Ordinal);
        }

        // An unknown check is the not-found page, not an exception.
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync("SpotChecks/Details?id=SC-1999-0001")).StatusCode);
    }

    [Fact]
    public async Task PlanForm_TheCityChoosesAZoneGroupByName_AndAnUnknownOneIsNamedUnderTheLabel()
    {
        var city = await platform.As(DemoAccounts.City);
        var index = await city.GetStringAsync("SpotChecks");
        var select = System.Text.RegularExpressions.Regex.Match(index, "<select id=\"zoneGroup\" name=\"zoneGroup\"[^>]*>(.*?)</select>", System.Text.RegularExpressions.RegexOptions.Singleline);
        Assert.True(select.Success);
        Assert.Contains("<label for=\"zoneGroup\">自贸组团</label>", index, StringComparison.Ordinal);
        var options = System.Text.RegularExpressions.Regex.Matches(select.Groups[1].Value, "<option value=\"([a-z]*)\">([^<]*)</option>").Select(m => (m.Groups[1].Value, WebUtility.HtmlDecode(m.Groups[2].Value).Trim())).ToList();
        Assert.Equal(8, options.Count);
        Assert.Equal(("", "全市（不限组团）"), options[0]);
        Assert.Contains(("daxing", "大兴 Daxing"), options);
        Assert.Contains(("yizhuang", "亦庄 Yizhuang"), options);

        // An officer plans for their own group only: no selector.
        Assert.DoesNotContain("name=\"zoneGroup\"", await (await platform.As(DemoAccounts.Daxing)).GetStringAsync("SpotChecks"), StringComparison.Ordinal);

        // The chosen group scopes the check.
        var planned = await city.PostAsync("SpotChecks?handler=Plan", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = ApiTests.AntiforgeryToken(index),
            ["from"] = "2026-01-01",
            ["to"] = "2026-06-01",
            ["zoneGroup"] = "daxing",
        }));
        var details = await planned.Content.ReadAsStringAsync();
        Assert.Equal("大兴 Daxing", Labels.PageText.Of(details, "check-zone").Single());

        // A value that is no zone group is refused in Chinese under the select's label, and nothing is planned.
        var before = JsonNode.Parse(await city.GetStringAsync("api/spot-checks"))!.AsArray().Count;
        var refused = (await (await city.PostAsync("SpotChecks?handler=Plan", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = ApiTests.AntiforgeryToken(index),
            ["from"] = "2026-01-01",
            ["to"] = "2026-06-01",
            ["zoneGroup"] = "fengtai",
        }))).Content.ReadAsStringAsync());
        Assert.Equal("自贸组团：“fengtai”不是自贸组团。", Labels.PageText.Of(refused, "plan-error").Single());
        Assert.Equal(before, JsonNode.Parse(await city.GetStringAsync("api/spot-checks"))!.AsArray().Count);
    }

    [Fact]
    public async Task RectificationForm_Errors_ReadWithoutDoublePunctuation()
    {
        var officer = await platform.As(DemoAccounts.Daxing);
        var check = await ApiTests.Json(await officer.PostAsJsonAsync("api/spot-checks", new { from = "2026-01-01", to = "2026-06-01" }), HttpStatusCode.Created);
        await ApiTests.Json(await officer.PostAsJsonAsync($"api/spot-checks/{check["id"]}/draw", new { seed = "punctuation-seed-000000000000001" }), HttpStatusCode.OK);
        var finding = (string)(await ApiTests.Json(await officer.PostAsync($"api/spot-checks/{check["id"]}/run", null), HttpStatusCode.OK))["findings"]![0]!["id"]!;
        var enterprise = await platform.As(DemoAccounts.EnterpriseA);
        var page = await enterprise.GetStringAsync("Findings");
        foreach (var form in new[]
        {
            new Dictionary<string, string> { ["rootCause"] = " " },
            new Dictionary<string, string> { ["rootCause"] = "原因", ["measures"] = " ", ["attachmentName"] = "变更单.pdf", ["attachmentSha256"] = "xyz" },
        })
        {
            form["__RequestVerificationToken"] = ApiTests.AntiforgeryToken(page);
            form["id"] = finding;
            var error = Labels.PageText.Of(await (await enterprise.PostAsync("Findings?handler=Rectify", new FormUrlEncodedContent(form))).Content.ReadAsStringAsync(), "error").Single();
            Assert.Contains("整改措施：必填。", error, StringComparison.Ordinal);
            Assert.DoesNotMatch("[。；，.][。；，.]", error);
        }
    }

    [Fact]
    public async Task SuspendedFiling_ReinstatedOnceItsOnlyOpenFindingIsSetAsideByAnUpheldObjection()
    {
        var enterprise = await platform.As(DemoAccounts.EnterpriseA);
        var officer = await platform.As(DemoAccounts.Daxing);
        var filing = (string)(await ApiTests.Json(await enterprise.PostAsJsonAsync("api/filings", ApiTests.NewFiling() with { Title = "异议撤销问题后恢复备案" }), HttpStatusCode.Created))["id"]!;
        await ApiTests.Json(await enterprise.PostAsync($"api/filings/{filing}/submit", null), HttpStatusCode.OK);
        await ApiTests.Json(await officer.PostAsJsonAsync($"api/filings/{filing}/approve", new { }), HttpStatusCode.OK);
        var uscc = (string)JsonNode.Parse(await enterprise.GetStringAsync($"api/filings/{filing}"))!["processor"]!;
        await ApiTests.Json(await enterprise.PostAsJsonAsync("api/evidence", new[]
        {
            new
            {
                processor = uscc, filing, time = "2026-06-01T06:00:00Z", recipient = "Unfiled Labs AG", country = "CH", scenario = "bj-pharma-pharmacovigilance", persons = 1,
                personKeys = new[] { "sha256:" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(filing + "/set-aside"))) },
            },
        }), HttpStatusCode.OK);
        var check = await ApiTests.Json(await officer.PostAsJsonAsync("api/spot-checks", new { from = "2026-06-01", to = "2026-06-01", filings = 1000, recordsPerFiling = 1000 }), HttpStatusCode.Created);
        await ApiTests.Json(await officer.PostAsJsonAsync($"api/spot-checks/{check["id"]}/draw", new { seed = "set-aside-seed-00000000000001" }), HttpStatusCode.OK);
        var findings = (await ApiTests.Json(await officer.PostAsync($"api/spot-checks/{check["id"]}/run", null), HttpStatusCode.OK))["findings"]!.AsArray()
            .Where(f => (string?)f!["filing"] == filing).Select(f => (string)f!["id"]!).ToList();
        Assert.NotEmpty(findings);
        var contested = findings[0];
        await ApiTests.Json(await officer.PostAsJsonAsync($"api/findings/{contested}/escalate", new { note = "接收方未备案", filingAction = "suspend" }), HttpStatusCode.OK);
        Assert.Equal("suspended", (string?)JsonNode.Parse(await enterprise.GetStringAsync($"api/filings/{filing}"))!["status"]);

        // Every other finding of the filing is rectified and accepted; the contested one still holds the suspension.
        foreach (var other in findings.Skip(1))
        {
            await ApiTests.Json(await enterprise.PostAsJsonAsync($"api/findings/{other}/rectification", new { rootCause = "网关未同步接收方名单", measures = "网关只允许备案列明的接收方" }), HttpStatusCode.OK);
            await ApiTests.Json(await officer.PostAsJsonAsync($"api/findings/{other}/accept", new { note = "措施可行" }), HttpStatusCode.OK);
        }

        var held = await ApiTests.ProblemAsync(await officer.PostAsJsonAsync($"api/filings/{filing}/reinstate", new { note = "复核" }), HttpStatusCode.UnprocessableEntity);
        Assert.Contains(contested, held.ToJsonString(), StringComparison.Ordinal);

        // The enterprise objects to it; the officer upholds: the finding is set aside and no longer holds the filing.
        var objection = (string)(await ApiTests.Json(await enterprise.PostAsJsonAsync($"api/processors/{uscc}/rating/objections", new { finding = contested, reason = "接收方系备案列明接收方的更名" }), HttpStatusCode.Created))["id"]!;
        await ApiTests.Json(await officer.PostAsJsonAsync($"api/rating-objections/{objection}/uphold", new { note = "更名材料属实" }), HttpStatusCode.OK);
        Assert.Equal(objection, (string?)(await ApiTests.Json(await officer.GetAsync($"api/findings/{contested}"), HttpStatusCode.OK))["setAsideBy"]);
        var lifted = await ApiTests.Json(await officer.PostAsJsonAsync($"api/filings/{filing}/reinstate", new { note = "问题经异议撤销，解除暂停" }), HttpStatusCode.OK);
        Assert.Equal("approved", (string?)lifted["status"]);
    }
}

[Collection(SqlitePlatformCollection.Name)]
public sealed class SqliteSpotCheckProblemTests(SqlitePlatformFixture platform) : SpotCheckProblemTests(platform);

[Collection(PostgresPlatformCollection.Name)]
public sealed class PostgresSpotCheckProblemTests(PostgresPlatformFixture platform) : SpotCheckProblemTests(platform);
