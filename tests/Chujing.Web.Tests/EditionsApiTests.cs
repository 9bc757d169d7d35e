using System.Net;
using System.Net.Http.Json;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using System.Text.Json.Nodes;
using Chujing.Catalog.Yaml;
using Chujing.Web.Demo;
using Chujing.Web.Filings;

namespace Chujing.Web.Tests;

/// <summary>List editions in the platform: drafts, edits validated as the loader validates files, approvals, impact, publication, notices.</summary>
public abstract class EditionsApiTests(PlatformFixture platform)
{
    private const string Band = """{"thresholds": [{"counter": "sensitive", "atLeast": 5000, "pathway": "security-assessment"}]}""";
    private const string GroupHealth = "bj-pharma-id-group-health";

    private static string NewId() => "beijing-ftz/t" + Guid.NewGuid().ToString("N")[..10];

    private static StringContent Body(string json) => new(json, Encoding.UTF8, "application/json");

    private async Task<(HttpClient City, string Id)> DraftAsync()
    {
        var city = await platform.As(DemoAccounts.City);
        var id = NewId();
        var created = await ApiTests.Json(await city.PostAsJsonAsync("api/editions/drafts", new { from = "beijing-ftz/2024", id }), HttpStatusCode.Created);
        Assert.Equal("draft", (string?)created["status"]);
        Assert.Equal("beijing-ftz/2024", (string?)created["basedOn"]);
        return (city, id);
    }

    private static async Task ApproveAsync(HttpClient city, string id)
    {
        await ApiTests.Json(await city.PostAsJsonAsync($"api/editions/drafts/{id}/approvals", new { kind = "provincial-approval", authority = "北京市网络安全和信息化委员会", documentNumber = "京网信委〔2026〕1号", date = "2026-05-20" }), HttpStatusCode.OK);
        await ApiTests.Json(await city.PostAsJsonAsync($"api/editions/drafts/{id}/approvals", new { kind = "national-filing", authority = "国家互联网信息办公室", documentNumber = "备案〔2026〕7号", date = "2026-05-28" }), HttpStatusCode.OK);
    }

    [Fact]
    public async Task Draft_TwoRevisionsOfOneBase_GetDistinctNumberedDefaultTitles()
    {
        var (city, first) = await DraftAsync();
        var (_, second) = await DraftAsync();

        var a = JsonNode.Parse(await city.GetStringAsync($"api/editions/{first}"))!;
        var b = JsonNode.Parse(await city.GetStringAsync($"api/editions/{second}"))!;
        var listed = JsonNode.Parse(await city.GetStringAsync("api/editions"))!.AsArray();

        var number = Regex.Match((string)a["title"]!, @"（(?:第 (\d+) 次)?修订版）$");
        Assert.True(number.Success, (string?)a["title"]);
        var next = (number.Groups[1].Success ? int.Parse(number.Groups[1].Value, CultureInfo.InvariantCulture) : 1) + 1;
        Assert.Equal($"中国（北京）自由贸易试验区数据出境管理清单（负面清单）（2024版）（第 {next} 次修订版）", (string?)b["title"]);
        Assert.EndsWith($" (revision {next})", (string?)b["titleEn"], StringComparison.Ordinal);
        Assert.NotEqual((string?)a["titleEn"], (string?)b["titleEn"]);
        var titles = listed.Where(e => ((string?)e!["id"])!.StartsWith("beijing-ftz/", StringComparison.Ordinal)).Select(e => (string?)e!["title"]).ToList();
        Assert.Equal(titles.Count, titles.Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [InlineData("清单", 1, "清单（修订版）")]
    [InlineData("清单", 2, "清单（第 2 次修订版）")]
    [InlineData("清单（修订版）", 2, "清单（第 2 次修订版）")]
    [InlineData("清单（第 2 次修订版）", 3, "清单（第 3 次修订版）")]
    public void DraftTitle_MarksTheRevisionOnceByItsNumber(string baseTitle, int revision, string expected) =>
        Assert.Equal(expected, Web.Editions.EditionService.DraftTitle(baseTitle, revision));

    [Fact]
    public async Task Approvals_NationalFilingFollowsTheProvincialApproval_EachOnce_422()
    {
        var (city, id) = await DraftAsync();
        var early = await ApiTests.ProblemAsync(await city.PostAsJsonAsync($"api/editions/drafts/{id}/approvals", new { kind = "national-filing", authority = "国家互联网信息办公室", documentNumber = "备案〔2026〕7号", date = "2026-05-28" }), HttpStatusCode.UnprocessableEntity);
        Assert.Contains("provincial", early["errors"]!["kind"]![0]!.GetValue<string>(), StringComparison.Ordinal);
        await ApproveAsync(city, id);
        var twice = await ApiTests.ProblemAsync(await city.PostAsJsonAsync($"api/editions/drafts/{id}/approvals", new { kind = "national-filing", authority = "国家互联网信息办公室", documentNumber = "备案〔2026〕8号", date = "2026-05-29" }), HttpStatusCode.UnprocessableEntity);
        Assert.Contains("recorded once", twice["errors"]!["kind"]![0]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PatchItem_TextOverTheLimit_422NamingTheProperty()
    {
        var (city, id) = await DraftAsync();
        var response = await city.PatchAsync($"api/editions/drafts/{id}/items/bj-pharma-id-group-health", Body(System.Text.Json.JsonSerializer.Serialize(new { name = new string('x', 5_000) })));
        var problem = await ApiTests.ProblemAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.NotNull(problem["errors"]!["bj-pharma-id-group-health.name"]);
    }

    /// <summary>An approved filing of enterprise A in <paramref name="scenario"/>.</summary>
    private async Task<string> ApprovedFilingAsync(string scenario, IReadOnlyList<string> fields, long sensitive)
    {
        var enterprise = await platform.As(DemoAccounts.EnterpriseA);
        var request = ApiTests.NewFiling() with { Scenario = scenario, Fields = fields, Persons = new PersonsBody(0, sensitive) };
        var id = (string)(await ApiTests.Json(await enterprise.PostAsJsonAsync("api/filings", request), HttpStatusCode.Created))["id"]!;
        await ApiTests.Json(await enterprise.PostAsync($"api/filings/{id}/submit", null), HttpStatusCode.OK);
        var officer = await platform.As(DemoAccounts.Daxing);
        await ApiTests.Json(await officer.PostAsync($"api/filings/{id}/start-review", Body("{}")), HttpStatusCode.OK);
        await ApiTests.Json(await officer.PostAsync($"api/filings/{id}/approve", Body("{}")), HttpStatusCode.OK);
        return id;
    }

    [Fact]
    public async Task Draft_YamlOfAnUneditedDraft_LoadsToTheSameItemsAsTheShippedEdition()
    {
        var (city, id) = await DraftAsync();

        var yaml = await city.GetStringAsync($"api/editions/{id}?format=yaml");
        var shipped = await city.GetStringAsync("api/editions/beijing-ftz/2024?format=yaml");

        var draft = CatalogLoader.LoadText(yaml, id, id);
        Assert.True(draft.IsSuccess, string.Join("\n", draft.Diagnostics));
        var original = CatalogLoader.LoadText(shipped, "beijing-ftz/2024", "beijing-ftz/2024").Value;
        // Named as a numbered revision of its base (the first is plain （修订版）; others share this database).
        var (title, titleEn) = (draft.Value.Title, draft.Value.TitleEn!);
        Assert.Matches(@"^中国（北京）自由贸易试验区数据出境管理清单（负面清单）（2024版）（(第 [1-9]\d* 次)?修订版）$", title);
        Assert.Matches(@" \((revised|revision [1-9]\d*)\)$", titleEn);
        Assert.Equal(CatalogWriter.Write(original with { Id = id, Supersedes = original.Id, Issued = null, Title = title, TitleEn = titleEn }), yaml);
        var json = JsonNode.Parse(await city.GetStringAsync($"api/editions/{id}"))!;
        Assert.Equal(id, (string?)json["id"]);
        Assert.Equal(original.Coverage!.Items, (int?)json["coverage"]!["declared"]!["items"]);
    }

    [Fact]
    public async Task Patch_BadBand_ReportsTheLoadersMessageAndSavesNothing()
    {
        var (city, id) = await DraftAsync();
        var before = await city.GetStringAsync($"api/editions/{id}?format=yaml");

        var response = await city.PatchAsync($"api/editions/drafts/{id}/items/{GroupHealth}",
            Body("""{"thresholds": [{"counter": "sensitive", "atLeast": 5000, "below": 50000, "pathway": "security-assessment"}, {"counter": "sensitive", "atLeast": 50000, "pathway": "standard-contract-or-certification"}], "pathwy": "exempt"}"""));

        var problem = await ApiTests.ProblemAsync(response, HttpStatusCode.UnprocessableEntity);
        var errors = problem["errors"]![GroupHealth]!.AsArray().Select(e => (string?)e).ToArray();
        Assert.Contains(errors, e => e!.StartsWith("thresholds out of order: 'sensitive 50,000 以上 → standard-contract-or-certification' is laxer than the lower band", StringComparison.Ordinal));
        Assert.Contains(errors, e => e!.StartsWith("unknown property 'pathwy' (did you mean 'pathway'", StringComparison.Ordinal));
        Assert.Equal(before, await city.GetStringAsync($"api/editions/{id}?format=yaml"));
    }

    [Fact]
    public async Task Patch_TightenedBand_IsSavedAudited_AndShowsInTheImpactOfExactlyTheFilingsItAffects()
    {
        var affected = await ApprovedFilingAsync("bj-pharma-diagnosis-treatment", ["medical-imaging", "blood-test"], 9000);
        var elsewhere = await ApprovedFilingAsync("bj-auto-ota", [], 9000);
        var (city, id) = await DraftAsync();

        var edited = await ApiTests.Json(await city.PatchAsync($"api/editions/drafts/{id}/items/{GroupHealth}", Body(Band)), HttpStatusCode.OK);
        var impact = await ApiTests.Json(await city.GetAsync($"api/editions/drafts/{id}/impact"), HttpStatusCode.OK);
        var historyText = await city.GetStringAsync($"api/editions/{id}/history");
        var history = JsonNode.Parse(historyText) as JsonArray ?? throw new InvalidOperationException(historyText);
        Assert.True(impact["changedItems"] is JsonArray, impact.ToJsonString());

        Assert.Equal(5000, (long?)edited["after"]!["thresholds"]![0]!["atLeast"]);
        Assert.Equal([GroupHealth], impact["changedItems"]!.AsArray().Select(i => (string?)i));
        var filings = impact["filings"]!.AsArray().ToDictionary(f => (string)f!["id"]!);
        Assert.Equal("security-assessment", (string?)filings[affected]!["after"]);
        Assert.Contains($"{GroupHealth}: sensitive 5,000 以上 → security-assessment", filings[affected]!["bandsCrossed"]!.AsArray().Select(b => (string?)b));
        Assert.DoesNotContain(elsewhere, filings.Keys);
        Assert.True((int)impact["reevaluated"]! < (int)impact["considered"]!, impact.ToJsonString());
        var entry = Assert.Single(history, h => (string?)h!["action"] == "edit-item");
        Assert.Equal(DemoAccounts.City, (string?)entry!["actor"]);
        Assert.Equal(100000, (long?)entry["before"]!["value"]!["thresholds"]![0]!["atLeast"]);
        Assert.Equal(5000, (long?)entry["after"]!["value"]!["thresholds"]![0]!["atLeast"]);
    }

    [Fact]
    public async Task Impact_ScenarioOwnItemRebanded_ShowsTheCrossedBandAndTheNewPathway()
    {
        // The clinical-trial scenario's own personal-information item gives no fields: it applies whenever persons are counted.
        const string trialSubjects = "bj-pharma-pi-clinical-trial-subjects";
        var affected = await ApprovedFilingAsync("bj-pharma-clinical-trial", [], 9000);
        var (city, id) = await DraftAsync();

        await ApiTests.Json(await city.PatchAsync($"api/editions/drafts/{id}/items/{trialSubjects}", Body(
            """{"thresholds": [{"counter": "sensitive", "below": 5000, "pathway": "standard-contract-or-certification"}, {"counter": "sensitive", "atLeast": 5000, "pathway": "security-assessment"}]}""")), HttpStatusCode.OK);
        var impact = await ApiTests.Json(await city.GetAsync($"api/editions/drafts/{id}/impact"), HttpStatusCode.OK);
        var page = await city.GetStringAsync($"Editions/Impact?id={id}");

        Assert.Equal([trialSubjects], impact["changedItems"]!.AsArray().Select(i => (string?)i));
        var filing = impact["filings"]!.AsArray().Single(f => (string?)f!["id"] == affected)!;
        Assert.Equal("standard-contract-or-certification", (string?)filing["before"]);
        Assert.Equal("security-assessment", (string?)filing["after"]);
        Assert.Equal([$"{trialSubjects}: sensitive 5,000 以上 → security-assessment"], filing["bandsCrossed"]!.AsArray().Select(b => (string?)b));
        Assert.Contains("〔释义〕临床试验场景出境的个人信息：敏感个人信息 5,000 人以上 → 数据出境安全评估", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publish_NeedsBothApprovalsAndTodayOrLater_ThenIsImmutable_NotifiesAndTheFilingMoves()
    {
        var affected = await ApprovedFilingAsync("bj-pharma-diagnosis-treatment", ["pathology"], 7000);
        var (city, id) = await DraftAsync();
        await ApiTests.Json(await city.PatchAsync($"api/editions/drafts/{id}/items/{GroupHealth}", Body(Band)), HttpStatusCode.OK);

        var early = await ApiTests.ProblemAsync(await city.PostAsJsonAsync($"api/editions/drafts/{id}/publish", new { effective = "2026-05-31" }), HttpStatusCode.UnprocessableEntity);
        Assert.Contains("before today (2026-06-01, China Standard Time)", (string?)early["errors"]!["effective"]![0], StringComparison.Ordinal);
        Assert.NotNull(early["errors"]!["approvals"]);
        await ApproveAsync(city, id);
        var published = await ApiTests.Json(await city.PostAsJsonAsync($"api/editions/drafts/{id}/publish", new { effective = "2026-06-01" }), HttpStatusCode.OK);

        Assert.Equal("published", (string?)published["status"]);
        Assert.StartsWith("sha256:", (string?)published["contentHash"], StringComparison.Ordinal);
        await ApiTests.ProblemAsync(await city.PatchAsync($"api/editions/drafts/{id}/items/{GroupHealth}", Body(Band)), HttpStatusCode.UnprocessableEntity);
        var yaml = await city.GetStringAsync($"api/editions/{id}?format=yaml");
        Assert.Equal((string?)published["contentHash"], CatalogLoader.LoadText(yaml, id, id).Value.ContentHash);
        var dir = Directory.CreateTempSubdirectory("chujing-export-");
        try
        {
            Directory.CreateDirectory(Path.Combine(dir.FullName, "beijing-ftz"));
            await File.WriteAllTextAsync(Path.Combine(dir.FullName, id + ".yaml"), yaml, new UTF8Encoding(false));
            var loaded = CatalogLoader.LoadShippedAnd([dir.FullName]); // what `chujing catalog show --catalog-dir DIR` loads
            Assert.True(loaded.IsSuccess, string.Join("\n", loaded.Diagnostics));
            Assert.Equal(5000, loaded.Value.Find(id)!.Items.Single(i => i.Id == GroupHealth).Thresholds.Single().AtLeast);
        }
        finally
        {
            dir.Delete(recursive: true);
        }


        var enterprise = await platform.As(DemoAccounts.EnterpriseA);
        var listed = JsonNode.Parse(await enterprise.GetStringAsync("api/editions"))!.AsArray().Single(e => (string?)e!["id"] == id)!;
        var title = (string)listed["title"]!;
        var notice = JsonNode.Parse(await enterprise.GetStringAsync("api/editions/notices"))!.AsArray().Single(n => (string?)n!["filing"] == affected && (string?)n["edition"] == id)!;
        Assert.Equal("security-assessment", (string?)notice["after"]);
        var told = JsonNode.Parse(await enterprise.GetStringAsync("api/notifications?pageSize=100"))!["items"]!.AsArray()
            .Single(n => (string?)n!["kind"] == "edition-notice" && (string?)n["subjectId"] == affected && ((string?)n["titleZh"])!.Contains("“" + title + "”", StringComparison.Ordinal))!;
        Assert.Contains("→ 数据出境安全评估", (string?)told["bodyZh"], StringComparison.Ordinal);
        Assert.Equal("/Editions/Notices", (string?)told["link"]);
        var moved = await ApiTests.Json(await enterprise.PostAsync($"api/editions/notices/{(long)notice["id"]!}/move", null), HttpStatusCode.OK);
        Assert.Equal(id, (string?)moved["filing"]!["listEdition"]);
        Assert.Equal("security-assessment", (string?)moved["filing"]!["pathway"]);
        Assert.Contains(moved["diff"]!["changes"]!.AsArray(), c => (string?)c!["id"] == GroupHealth);
        var officer = await platform.As(DemoAccounts.Daxing);
        Assert.Contains(JsonNode.Parse(await officer.GetStringAsync("api/editions/notices"))!.AsArray(), n => (string?)n!["filing"] == affected && n["movedAt"] is not null);
    }

    [Fact]
    public async Task Xlsx_ExportDraftFromItExport_KeepsEveryCell()
    {
        var city = await platform.As(DemoAccounts.City);
        var exported = await city.GetByteArrayAsync("api/editions/beijing-ftz/2024/export.xlsx");
        var id = NewId();

        var created = await city.PostAsync($"api/editions/drafts/xlsx?from=beijing-ftz/2024&id={id}", new ByteArrayContent(exported));
        await ApiTests.Json(created, HttpStatusCode.Created);
        var again = await city.GetByteArrayAsync($"api/editions/{id}/export.xlsx");

        Assert.Equal(Cells(exported), Cells(again));
        var beijing = Catalog.Yaml.CatalogLoader.LoadDirectories([TestSupport.RepositoryPaths.Catalogs]).Value.Find("beijing-ftz/2024")!;
        Assert.Equal(1 + beijing.Items.Count(), Cells(exported).Count);
    }

    [Fact]
    public async Task Xlsx_ChangedBandAndBadCell_AreAppliedOrReportedByRowAndColumn()
    {
        var city = await platform.As(DemoAccounts.City);
        var rows = Web.Editions.EditionWorkbook.Rows(Catalog.Yaml.CatalogLoader.LoadDirectories([TestSupport.RepositoryPaths.Catalogs]).Value.Find("beijing-ftz/2024")!).ToList();
        // A band's note travels in its cell, so the clinical-trial item (its bands carry where their figure comes from) reads back unchanged.
        Assert.Contains("→ standard-contract-or-certification；注：figure: one source", (string)rows.Single(r => (string)r["条目编号"] == "bj-pharma-pi-clinical-trial-subjects")["门槛"], StringComparison.Ordinal);
        rows.Single(r => (string)r["条目编号"] == GroupHealth)["门槛"] = "sensitive 5,000 以上 → security-assessment";
        var good = Workbook(rows);
        rows[0]["类型"] = "重要資料";
        var bad = Workbook(rows);

        var refused = await ApiTests.ProblemAsync(await city.PostAsync($"api/editions/drafts/xlsx?from=beijing-ftz/2024&id={NewId()}", new ByteArrayContent(bad)), HttpStatusCode.UnprocessableEntity);
        var id = NewId();
        await ApiTests.Json(await city.PostAsync($"api/editions/drafts/xlsx?from=beijing-ftz/2024&id={id}", new ByteArrayContent(good)), HttpStatusCode.Created);
        var impact = await ApiTests.Json(await city.GetAsync($"api/editions/drafts/{id}/impact"), HttpStatusCode.OK);

        Assert.Contains("'重要資料' is not 重要数据 or 个人信息", (string?)refused["errors"]!["类型"]![0], StringComparison.Ordinal);
        Assert.Contains("清单:2:4", (string?)refused["detail"], StringComparison.Ordinal);
        Assert.Equal([GroupHealth], impact["changedItems"]!.AsArray().Select(i => (string?)i));
    }

    private static byte[] Workbook(List<Dictionary<string, object>> rows)
    {
        using var stream = new MemoryStream();
        MiniExcelLibs.MiniExcel.SaveAs(stream, new Dictionary<string, object> { [Web.Editions.EditionWorkbook.Sheet] = rows });
        return stream.ToArray();
    }

    /// <summary>Every cell of the list sheet, row by row.</summary>
    private static List<string> Cells(byte[] workbook)
    {
        using var stream = new MemoryStream(workbook);
        return [.. MiniExcelLibs.MiniExcel.Query(stream, useHeaderRow: false, sheetName: Web.Editions.EditionWorkbook.Sheet)
            .Cast<IDictionary<string, object?>>().Select(r => string.Join("\u001f", r.Values.Select(v => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture))))];
    }

    [Fact]
    public async Task Pages_BrowseDiffAndImpact_Render()
    {
        var (city, id) = await DraftAsync();
        await ApiTests.Json(await city.PatchAsync($"api/editions/drafts/{id}/items/{GroupHealth}", Body(Band)), HttpStatusCode.OK);
        var enterprise = await platform.As(DemoAccounts.EnterpriseA);

        var index = await enterprise.GetStringAsync("Editions");
        var show = await enterprise.GetStringAsync("Editions/Show?id=beijing-ftz/2024");
        var diff = await city.GetStringAsync($"Editions/Diff?a=beijing-ftz/2024&b={id}");
        var impact = await city.GetStringAsync($"Editions/Impact?id={id}");
        var draft = await city.GetStringAsync($"Editions/Show?id={id}");

        Assert.Contains("beijing-ftz/2024", index, StringComparison.Ordinal);
        Assert.DoesNotContain(id, index, StringComparison.Ordinal);
        Assert.Contains($"data-item=\"{GroupHealth}\"", show, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"edit-item\"", show, StringComparison.Ordinal);
        Assert.Contains($"data-entry=\"{GroupHealth}\"", diff, StringComparison.Ordinal);
        Assert.Matches("（2024版）（(第 \\d+ 次)?修订版）</a>", diff);
        Assert.Contains("data-testid=\"impact\"", impact, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"edit-item\"", draft, StringComparison.Ordinal);
        var refused = await enterprise.GetAsync($"Editions/Impact?id={id}");
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.EndsWith("/Editions/Impact", refused.RequestMessage!.RequestUri!.AbsolutePath, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SelfAssessment_DecidesWithoutCreatingAFiling()
    {
        var enterprise = await platform.As(DemoAccounts.EnterpriseA);
        var filings = JsonNode.Parse(await enterprise.GetStringAsync("api/filings"))!.AsArray().Count;
        var page = await enterprise.GetStringAsync("Editions/SelfAssess?List=beijing-ftz/2024&Scenario=bj-pharma-clinical-trial");
        var token = ApiTests.AntiforgeryToken(page);

        // Regression: the pickers showed the exemptions' spellings (cross-border-hr) and each list's id before its title.
        string[] Options(string select) => [.. Regex.Matches(page[page.IndexOf($"<select id=\"{select}\"", StringComparison.Ordinal)..].Split("</select>")[0], "<option[^>]*>([^<]*)</option>")
            .Select(m => WebUtility.HtmlDecode(m.Groups[1].Value))];
        var exemptions = Options("exemption").Skip(1).ToList();
        Assert.NotEmpty(exemptions);
        Assert.All(exemptions, x => Assert.Matches(@"^\p{IsCJKUnifiedIdeographs}|^《", x));
        Assert.Contains(exemptions, x => x.Contains("人力资源", StringComparison.Ordinal));
        Assert.All(Options("list").Skip(1), l => Assert.DoesNotContain("beijing-ftz/", l, StringComparison.Ordinal));

        var response = await enterprise.PostAsync("Editions/SelfAssess", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["List"] = "beijing-ftz/2024", ["Scenario"] = "bj-pharma-clinical-trial",
            ["Fields"] = "medical-imaging", ["ListApproved"] = "true", ["Personal"] = "0", ["Sensitive"] = "150000",
        }));
        var result = await response.Content.ReadAsStringAsync();

        Assert.True(response.IsSuccessStatusCode, result);
        Assert.Contains("data-pathway=\"security-assessment\"", result, StringComparison.Ordinal);
        Assert.Contains(GroupHealth, result, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"self-to-filing\"", result, StringComparison.Ordinal);

        // Beside it, what the national rules alone decide for the same activity: 150,000 persons' sensitive
        // information is a security assessment there too, under art. 7 of the 2024 Provisions.
        Assert.Contains("data-testid=\"self-comparisons\"", result, StringComparison.Ordinal);
        Assert.Matches("<tr data-edition=\"cn-national/2024\" data-pathway=\"security-assessment\">", result);

        // Regression: each basis row showed its rule id under the title; the id stays in an attribute only.
        var rules = Regex.Matches(result, "<tr data-rule=\"([^\"]+)\"").Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
        Assert.NotEmpty(rules);
        var text = Labels.PageText.Text(result);
        Assert.All(rules, rule => Assert.DoesNotContain(rule, text, StringComparison.Ordinal));
        Assert.Equal(filings, JsonNode.Parse(await enterprise.GetStringAsync("api/filings"))!.AsArray().Count);
    }

    [Fact]
    public async Task SelfAssessment_UnknownCiio_ListsThePathwaysStillPossibleAndWhatSettlesThem()
    {
        var enterprise = await platform.As(DemoAccounts.EnterpriseA);
        var page = await enterprise.GetStringAsync("Editions/SelfAssess?List=");
        var token = ApiTests.AntiforgeryToken(page);
        Assert.Contains("<option value=\"unknown\"", page, StringComparison.Ordinal);

        // 5,000 persons' sensitive information by a processor that does not yet know whether it is a CIIO: a CIIO
        // needs a security assessment for any personal information (art. 7 (1)), otherwise a standard contract (art. 8).
        var response = await enterprise.PostAsync("Editions/SelfAssess", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["List"] = string.Empty, ["Ciio"] = "unknown", ["ImportantData"] = "no", ["Personal"] = "0", ["Sensitive"] = "5000",
        }));
        var result = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, result);
        Assert.Contains("data-testid=\"self-possible\"", result, StringComparison.Ordinal);
        Assert.Contains("<li data-pathway=\"security-assessment\">", result, StringComparison.Ordinal);
        Assert.Contains("<li data-pathway=\"standard-contract-or-certification\">", result, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"self-pathway\" data-pathway=\"security-assessment\"", result, StringComparison.Ordinal);

        var bad = await enterprise.PostAsync("Editions/SelfAssess", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["List"] = string.Empty, ["Ciio"] = "perhaps", ["Personal"] = "0", ["Sensitive"] = "0",
        }));
        var refused = await bad.Content.ReadAsStringAsync();
        Assert.True(bad.IsSuccessStatusCode, refused);
        Assert.Contains("data-testid=\"problems\"", refused, StringComparison.Ordinal);
        Assert.Contains("perhaps", refused, StringComparison.Ordinal);

        // A count the form cannot read is refused, never taken as 0 (which once showed "exempt" for "abc").
        foreach (var unreadable in new[] { "abc", "1.5", "99999999999999999999" })
        {
            var notCount = await enterprise.PostAsync("Editions/SelfAssess", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token, ["List"] = string.Empty, ["Ciio"] = "no", ["ImportantData"] = "no", ["Personal"] = unreadable, ["Sensitive"] = "0",
            }));
            var text = await notCount.Content.ReadAsStringAsync();
            Assert.True(notCount.IsSuccessStatusCode, text);
            Assert.Contains("data-testid=\"problems\"", text, StringComparison.Ordinal);
            Assert.DoesNotContain("data-testid=\"self-pathway\"", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task SelfAssessment_ExemptionClaim_ShowsEachElementAndWhetherItHolds()
    {
        var enterprise = await platform.As(DemoAccounts.EnterpriseA);
        var page = await enterprise.GetStringAsync("Editions/SelfAssess?List=");
        var token = ApiTests.AntiforgeryToken(page);

        // Art. 3 exempts data produced in trade and the like that contain no personal information or important data:
        // claimed for 500 persons' personal information, the claim is contradicted and fails.
        var response = await enterprise.PostAsync("Editions/SelfAssess", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["List"] = string.Empty, ["Ciio"] = "no", ["ImportantData"] = "no", ["Exemption"] = "trade-without-personal-data", ["Personal"] = "500", ["Sensitive"] = "0",
        }));
        var result = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, result);
        Assert.Contains("data-testid=\"self-claim\" data-holds=\"false\"", result, StringComparison.Ordinal);
        Assert.Contains("<tr data-status=\"contradicted\">", result, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SelfAssessment_HeadroomBasis_NamesTheRuleOrEdition_NeverItsId()
    {
        var enterprise = await platform.As(DemoAccounts.EnterpriseA);
        var page = await enterprise.GetStringAsync("Editions/SelfAssess?List=");
        foreach (var (ciio, exemption) in new[] { ("yes", "cross-border-hr"), ("no", string.Empty), ("unknown", "cross-border-hr") })
        {
            var response = await enterprise.PostAsync("Editions/SelfAssess", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = ApiTests.AntiforgeryToken(page), ["List"] = string.Empty, ["Ciio"] = ciio, ["ImportantData"] = "no",
                ["Exemption"] = exemption, ["Personal"] = "2000000", ["Sensitive"] = "0",
            }));
            var result = await response.Content.ReadAsStringAsync();
            Assert.True(response.IsSuccessStatusCode, result);

            // Regression: the heading read "(art7-1-ciio (the bands that would apply without the exemption))".
            var basis = Assert.Single(Labels.PageText.Of(result, "self-headroom-basis"));
            Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", basis);
            Assert.DoesNotMatch(@"[a-z0-9]+-[a-z0-9-]+|/20\d\d|the bands", basis);
        }
    }

    [Fact]
    public async Task Drafts_AreTheCitys_AndNeverFromAnotherZoneOrTheNationalRules()
    {
        var (_, id) = await DraftAsync();
        var enterprise = await platform.As(DemoAccounts.EnterpriseA);
        var city = await platform.As(DemoAccounts.City);

        Assert.DoesNotContain(JsonNode.Parse(await enterprise.GetStringAsync("api/editions"))!.AsArray(), e => (string?)e!["id"] == id);
        Assert.Equal(HttpStatusCode.NotFound, (await enterprise.GetAsync($"api/editions/{id}")).StatusCode);
        var national = await ApiTests.ProblemAsync(await city.PostAsJsonAsync("api/editions/drafts", new { from = "cn-national/2024", id = "cn-national/2026" }), HttpStatusCode.UnprocessableEntity);
        Assert.NotNull(national["errors"]!["from"]);
        var tianjin = await ApiTests.ProblemAsync(await city.PostAsJsonAsync("api/editions/drafts", new { from = "tianjin-ftz/2024", id = "tianjin-ftz/2026" }), HttpStatusCode.UnprocessableEntity);
        Assert.NotNull(tianjin["errors"]!["from"]);
    }
}

[Collection(SqlitePlatformCollection.Name)]
public sealed class SqliteEditionsApiTests(SqlitePlatformFixture platform) : EditionsApiTests(platform);

[Collection(PostgresPlatformCollection.Name)]
public sealed class PostgresEditionsApiTests(PostgresPlatformFixture platform) : EditionsApiTests(platform);
