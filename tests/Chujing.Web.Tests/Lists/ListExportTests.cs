using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Chujing.Web.Demo;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Chujing.Web.Tests.Lists;

/// <summary>
/// The lists' search, filters and exports (filings, evidence records, audit, statistics) against a running platform:
/// an export holds exactly the rows the filters select, within the caller's tenant and never beyond it; bad filters
/// are problems naming the filter; CSV opens in Excel (BOM), XLSX has widths and numbers.
/// </summary>
public abstract class ListExportTests(PlatformFixture platform)
{
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    [Fact]
    public async Task FilingsExport_Csv_IsTheFilteredListWithChineseLabelsAndABom()
    {
        var enterprise = await platform.As(DemoAccounts.EnterpriseA);
        var tag = "导出测试" + Guid.NewGuid().ToString("N")[..8];
        var created = await ApiTests.Json(await enterprise.PostAsJsonAsync("api/filings", ApiTests.NewFiling() with { Title = tag + ", 含逗号" }), HttpStatusCode.Created);
        var id = (string)created["id"]!;
        await ApiTests.Json(await enterprise.PostAsync($"api/filings/{id}/submit", null), HttpStatusCode.OK);

        var officer = await platform.As(DemoAccounts.Daxing);
        var query = "q=" + Uri.EscapeDataString(tag) + "&status=submitted&from=2026-06-01&to=2026-06-01";
        var listed = JsonNode.Parse(await officer.GetStringAsync("api/filings?" + query))!.AsArray();
        Assert.Equal([id], listed.Select(f => (string?)f!["id"]));

        var response = await officer.GetAsync("api/filings/export.csv?" + query);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(Bom, bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("备案编号 Filing,名称 Title,数据处理者 Processor", lines[0], StringComparison.Ordinal);
        var row = Assert.Single(lines[1..]);
        Assert.StartsWith(id + ",\"" + tag + ", 含逗号\",北京大兴示例医药有限公司,", row, StringComparison.Ordinal);
        Assert.Contains(",大兴,", row, StringComparison.Ordinal);
        Assert.Contains(",已提交,", row, StringComparison.Ordinal);
        Assert.Contains(",1000,0,Novum Pharma AG（瑞士）,", row, StringComparison.Ordinal);
        Assert.DoesNotContain("submitted", row, StringComparison.Ordinal);
        Assert.DoesNotContain("daxing", row, StringComparison.Ordinal);

        // The page lists the same filing under the same filters, and its export links carry them.
        var page = await officer.GetStringAsync("Filings?" + query);
        Assert.Contains($"/Filings/Details/{id}", page, StringComparison.Ordinal);
        Assert.Contains("/api/filings/export.xlsx?" + query.Replace("&", "&amp;", StringComparison.Ordinal), page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FilingsExport_Xlsx_HasWidthsNumbersAndTheHeaderEvenWhenEmpty()
    {
        var officer = await platform.As(DemoAccounts.Daxing);
        var bytes = await (await officer.GetAsync("api/filings/export.xlsx?status=approved")).Content.ReadAsByteArrayAsync();
        var (header, rows, widths) = ReadSheet(bytes);
        Assert.Equal("备案编号 Filing", header[0]);
        Assert.Contains("个人信息人数 Persons", header);
        Assert.NotEmpty(rows);
        var persons = header.IndexOf("个人信息人数 Persons");
        Assert.All(rows, r => Assert.True(r[persons].IsNumber, "counts are numbers, not text"));
        Assert.All(rows, r => Assert.Equal("已通过", r[header.IndexOf("状态 Status")].Text));
        Assert.Equal(header.Count, widths.Count);
        Assert.All(widths, w => Assert.True(w >= 10));

        var empty = await (await officer.GetAsync("api/filings/export.xlsx?q=" + Guid.NewGuid().ToString("N"))).Content.ReadAsByteArrayAsync();
        var (emptyHeader, emptyRows, _) = ReadSheet(empty);
        Assert.Equal(header, emptyHeader);
        Assert.Empty(emptyRows);
    }

    [Theory]
    [InlineData("api/filings/export.csv")]
    [InlineData("api/evidence/records/export.csv")]
    [InlineData("api/audit/export.csv")]
    [InlineData("api/statistics/export.csv")]
    public async Task Exports_FilterOfAnotherTenant_NeverWidenTheScope(string path)
    {
        var haidian = await platform.As(DemoAccounts.Haidian);
        var usccA = (string)JsonNode.Parse(await (await platform.As(DemoAccounts.EnterpriseA)).GetStringAsync("api/processors"))!.AsArray()[0]!["uscc"]!;
        foreach (var filter in (string[])["zone=daxing", "processor=" + usccA])
        {
            var text = Encoding.UTF8.GetString(await (await haidian.GetAsync(path + "?" + filter)).Content.ReadAsByteArrayAsync());
            Assert.DoesNotContain("大兴示例医药", text, StringComparison.Ordinal);
            Assert.DoesNotContain(usccA, text, StringComparison.Ordinal);
        }

        // Without a filter the export is the tenant's own, and holds nothing of the other's.
        var own = Encoding.UTF8.GetString(await (await haidian.GetAsync(path)).Content.ReadAsByteArrayAsync());
        Assert.DoesNotContain("北京大兴示例医药有限公司", own, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("from=2026-13-01", "from")]
    [InlineData("to=yesterday", "to")]
    [InlineData("from=2026-06-02&to=2026-06-01", "to")]
    [InlineData("status=approvedd", "status")]
    [InlineData("pathway=maybe", "pathway")]
    [InlineData("zone=paris", "zone")]
    [InlineData("processor=123", "processor")]
    [InlineData("entity=flling", "entity")]
    public async Task Lists_BadFilter_ProblemNamingTheFilterAndTheUiSaysItInChinese(string query, string parameter)
    {
        var city = await platform.As(DemoAccounts.City);
        foreach (var path in (string[])["api/filings", "api/filings/export.csv", "api/evidence/records", "api/audit/export.xlsx", "api/statistics"])
        {
            var response = await city.GetAsync(path + "?" + query);
            Assert.True(response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.UnprocessableEntity, $"{path}?{query}: {(int)response.StatusCode}");
            var problem = await ApiTests.ProblemAsync(response, response.StatusCode);
            Assert.True(problem["errors"]!.AsObject().ContainsKey(parameter), problem.ToJsonString());
        }

        var label = UiTextOf(parameter);
        foreach (var page in (string[])["Filings", "Evidence", "Audit", "Statistics"])
        {
            var response = await city.GetAsync(page + "?" + query);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var html = await response.Content.ReadAsStringAsync();
            Assert.Contains("data-testid=\"filter-problems\"", html, StringComparison.Ordinal);
            Assert.Contains(label + "：", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Lists_SearchTextTooLong_RefusedWithItsLimit()
    {
        var officer = await platform.As(DemoAccounts.Daxing);
        var q = new string('备', 101);
        var problem = await ApiTests.ProblemAsync(await officer.GetAsync("api/filings?q=" + q), HttpStatusCode.UnprocessableEntity);
        Assert.Contains("at most 100", problem["errors"]!["q"]![0]!.ToString(), StringComparison.Ordinal);
        var html = await officer.GetStringAsync("Filings?q=" + q);
        Assert.Contains("搜索：最多 100 个字符（现有 101 个）", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvidenceRecords_FilteredByFiling_ListedExportedAndEachWithAProofThatVerifies()
    {
        var enterprise = await platform.As(DemoAccounts.EnterpriseA);
        var uscc = (string)JsonNode.Parse(await enterprise.GetStringAsync("api/processors"))!.AsArray()[0]!["uscc"]!;
        var filing = (string)(await ApiTests.Json(await enterprise.PostAsJsonAsync("api/filings", ApiTests.NewFiling()), HttpStatusCode.Created))["id"]!;
        var recipient = "Proof Recipient " + Guid.NewGuid().ToString("N")[..6];
        var events = Enumerable.Range(0, 3).Select(i => new
        {
            processor = uscc, filing, time = "2026-05-20T08:00:00Z", recipient, country = "CH", persons = 1,
            personKeys = new[] { "sha256:" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(recipient + i))) },
        }).ToArray();
        var receipt = await ApiTests.Json(await enterprise.PostAsJsonAsync("api/evidence", events), HttpStatusCode.OK);
        var leaves = receipt["leafIndexes"]!.AsArray().Select(l => (long)l!).ToList();

        var listed = JsonNode.Parse(await enterprise.GetStringAsync($"api/evidence/records?filing={filing}"))!.AsArray();
        Assert.Equal(leaves.AsEnumerable().Reverse(), listed.Select(r => (long)r!["leafIndex"]!));
        Assert.All(listed, r => Assert.Equal(recipient, (string?)r!["recipient"]));

        var csv = Encoding.UTF8.GetString(await (await enterprise.GetAsync($"api/evidence/records/export.csv?filing={filing}")).Content.ReadAsByteArrayAsync());
        Assert.Equal(4, csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Contains("," + recipient + ",瑞士,", csv, StringComparison.Ordinal);

        // The page links each record to its filing and to its inclusion proof.
        var page = await enterprise.GetStringAsync($"Evidence?filing={filing}");
        Assert.Contains($"href=\"/Filings/Details/{filing}\"", page, StringComparison.Ordinal);
        Assert.Contains($"/api/ledger/proof?leaf={leaves[0]}&amp;processor={uscc}", page, StringComparison.Ordinal);

        var officer = await platform.As(DemoAccounts.Daxing);
        var proof = await ApiTests.Json(await officer.GetAsync($"api/ledger/proof?leaf={leaves[1]}&processor={uscc}"), HttpStatusCode.OK);
        Assert.Equal("inclusion", (string?)proof["type"]);
        var size = (long)proof["treeSize"]!;
        Assert.True(size > leaves[1]);
        var hasher = new Chujing.Domain.Evidence.Merkle.MerkleHasher(Chujing.Domain.Evidence.Merkle.Sha256HashAlgorithm.Instance);
        var verified = Chujing.Domain.Evidence.Merkle.MerkleVerifier.VerifyInclusion(
            hasher, leaves[1], size, Convert.FromHexString((string)proof["leafHash"]!),
            [.. proof["proof"]!.AsArray().Select(p => Convert.FromHexString((string)p!))], Convert.FromHexString((string)proof["rootHash"]!));
        Assert.True(verified.IsValid, verified.Message);
        Assert.Equal((string?)proof["rootHash"], (string?)proof["treeHead"]!["rootHash"]);

        // A leaf beyond the tree, a leaf that is not a number, a processor of another group.
        await ApiTests.ProblemAsync(await officer.GetAsync($"api/ledger/proof?leaf={size}&processor={uscc}"), HttpStatusCode.NotFound);
        await ApiTests.ProblemAsync(await officer.GetAsync($"api/ledger/proof?leaf=x&processor={uscc}"), HttpStatusCode.BadRequest);
        Assert.Equal(HttpStatusCode.NotFound, (await (await platform.As(DemoAccounts.Haidian)).GetAsync($"api/ledger/proof?leaf=0&processor={uscc}")).StatusCode);
    }

    [Fact]
    public async Task AuditExport_EntityFilter_LabelsNotCodesAndOnlyTheTenantsEntries()
    {
        var officer = await platform.As(DemoAccounts.Daxing);
        var csv = Encoding.UTF8.GetString(await (await officer.GetAsync("api/audit/export.csv?entity=filing")).Content.ReadAsByteArrayAsync());
        var lines = csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("时间 When,操作人 Who,对象类型 Kind,对象 What,操作 Action,自贸组团 Zone group,变更内容 Changes,对象类型代码 Kind code,操作代码 Action code", lines[0]);
        var entries = JsonNode.Parse(await officer.GetStringAsync("api/audit?entity=filing&take=1000"))!.AsArray();
        Assert.Contains(",备案,", csv, StringComparison.Ordinal);
        Assert.DoesNotContain(",filing,F-", csv, StringComparison.Ordinal);
        Assert.Contains(",filing,submit", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("海淀", csv, StringComparison.Ordinal);
        Assert.True(entries.Count <= lines.Length - 1, "the export holds at least the entries the API lists");
    }

    [Fact]
    public async Task Statistics_DateRange_CountsOnlyWhatFallsInItAndExportsTheSame()
    {
        var city = await platform.As(DemoAccounts.City);
        var all = await ApiTests.Json(await city.GetAsync("api/statistics"), HttpStatusCode.OK);
        var none = await ApiTests.Json(await city.GetAsync("api/statistics?from=2001-01-01&to=2001-12-31"), HttpStatusCode.OK);
        Assert.True((long)all["filings"]! > 0);
        Assert.True((long)all["records"]! > 0);
        Assert.Equal(0, (long)none["filings"]!);
        Assert.Equal(0, (long)none["records"]!);
        var zones = all["groups"]!.AsArray().Single(g => (string?)g!["measure"] == "filings-by-zone")!["rows"]!.AsArray();
        Assert.Equal(7, zones.Count);
        Assert.Equal((long)all["filings"]!, zones.Sum(z => (long)z!["count"]!));

        var csv = Encoding.UTF8.GetString(await (await city.GetAsync("api/statistics/export.csv?from=2001-01-01&to=2001-12-31")).Content.ReadAsByteArrayAsync());
        Assert.Contains("合计,备案数,0,2001-01-01,2001-12-31", csv, StringComparison.Ordinal);
        Assert.Contains("备案（按自贸组团）,大兴,0,", csv, StringComparison.Ordinal);

        // An officer's statistics are its own group's.
        var daxing = await ApiTests.Json(await (await platform.As(DemoAccounts.Daxing)).GetAsync("api/statistics"), HttpStatusCode.OK);
        var daxingZones = daxing["groups"]!.AsArray().Single(g => (string?)g!["measure"] == "filings-by-zone")!["rows"]!.AsArray();
        Assert.Equal(["daxing"], daxingZones.Select(z => (string?)z!["key"]));
    }

    private static string UiTextOf(string parameter) => Chujing.Web.Localization.UiText.In(parameter == "processor" ? "label.processor" : "label." + parameter, english: false);

    private sealed record Cell(string Text, bool IsNumber);

    private static (List<string> Header, List<List<Cell>> Rows, List<double> Widths) ReadSheet(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        using var document = SpreadsheetDocument.Open(stream, false);
        var workbook = document.WorkbookPart!;
        var sheet = workbook.WorksheetParts.Single().Worksheet;
        var shared = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
        Cell Read(DocumentFormat.OpenXml.Spreadsheet.Cell c)
        {
            var type = c.DataType?.Value;
            if (type == CellValues.SharedString)
            {
                return new Cell(shared[int.Parse(c.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)], false);
            }

            if (type == CellValues.InlineString || type == CellValues.String)
            {
                return new Cell(c.InlineString?.InnerText ?? c.CellValue?.Text ?? string.Empty, false);
            }

            return new Cell(c.CellValue?.Text ?? string.Empty, c.CellValue is not null && (type is null || type == CellValues.Number));
        }

        // Cells by their column letters, so that an empty cell left out does not shift the others.
        static int ColumnOf(string reference)
        {
            var n = 0;
            foreach (var ch in reference.TakeWhile(char.IsLetter))
            {
                n = (n * 26) + (ch - 'A' + 1);
            }

            return n - 1;
        }

        var rows = new List<List<Cell>>();
        foreach (var row in sheet.Descendants<Row>())
        {
            var cells = new List<Cell>();
            foreach (var c in row.Elements<DocumentFormat.OpenXml.Spreadsheet.Cell>())
            {
                var at = ColumnOf(c.CellReference!.Value!);
                while (cells.Count < at)
                {
                    cells.Add(new Cell(string.Empty, false));
                }

                cells.Add(Read(c));
            }

            rows.Add(cells);
        }

        var widths = sheet.Descendants<Column>().Select(c => c.Width?.Value ?? 0).ToList();
        return ([.. rows[0].Select(c => c.Text)], rows[1..], widths);
    }
}

[Collection(SqlitePlatformCollection.Name)]
public sealed class SqliteListExportTests(SqlitePlatformFixture platform) : ListExportTests(platform);

[Collection(PostgresPlatformCollection.Name)]
public sealed class PostgresListExportTests(PostgresPlatformFixture platform) : ListExportTests(platform);
