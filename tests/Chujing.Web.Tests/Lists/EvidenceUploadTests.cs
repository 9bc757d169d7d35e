using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Chujing.TestSupport;
using Chujing.Web.Demo;

namespace Chujing.Web.Tests.Lists;

/// <summary>
/// The evidence page's upload of an events file (JSON Lines): the same service and policy as <c>POST /api/evidence</c>,
/// every bad line named in Chinese with its number and nothing recorded, or every event recorded with its receipt.
/// </summary>
public abstract class EvidenceUploadTests(PlatformFixture platform)
{
    [Fact]
    public async Task Upload_OneBadLine_ShowsItsLineInChineseAndRecordsNothing()
    {
        var enterprise = await platform.As(DemoAccounts.EnterpriseA);
        var before = await CountAsync(enterprise);
        var lines = (await File.ReadAllLinesAsync(Path.Combine(RepositoryPaths.Root, "examples", "events.jsonl"))).ToList();
        lines[2] = lines[2].Replace("\"country\":\"CH\"", "\"country\":\"XX\"", StringComparison.Ordinal);
        lines.Insert(1, string.Empty);

        var html = await UploadAsync(enterprise, string.Join("\n", lines));
        Assert.Contains("data-testid=\"upload-errors\"", html, StringComparison.Ordinal);
        Assert.Contains("文件有 1 处错误，未记录任何事件", html, StringComparison.Ordinal);
        Assert.Contains("第 4 行 · 国家或地区：“XX”不是已分配的国家或地区代码", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"upload-recorded\"", html, StringComparison.Ordinal);
        Assert.Equal(before, await CountAsync(enterprise));
    }

    [Fact]
    public async Task Upload_EveryKindOfBadLine_EachReportedWithItsLine()
    {
        var enterprise = await platform.As(DemoAccounts.EnterpriseA);
        var other = (string)JsonNode.Parse(await (await platform.As(DemoAccounts.EnterpriseB)).GetStringAsync("api/processors"))!.AsArray()[0]!["uscc"]!;
        var good = (await File.ReadAllLinesAsync(Path.Combine(RepositoryPaths.Root, "examples", "events.jsonl")))[3];
        var file = new MemoryStream();
        void Line(string text) => file.Write(Encoding.UTF8.GetBytes(text + "\n"));
        Line(good);
        Line("{\"processor\": ");
        Line(good.Replace("91110115MA01D8XK31", other, StringComparison.Ordinal));
        file.Write([0xFF, 0xFE, (byte)'\n']);
        Line(good.Replace("\"persons\":1", "\"persons\":-1", StringComparison.Ordinal));
        var before = await CountAsync(enterprise);

        var html = await UploadAsync(enterprise, file.ToArray());
        Assert.Contains("文件有 4 处错误", html, StringComparison.Ordinal);
        Assert.Contains("第 2 行 · 不是有效的 JSON", html, StringComparison.Ordinal);
        Assert.Contains($"第 3 行 · 数据处理者（统一社会信用代码）：“{other}”不是贵单位", html, StringComparison.Ordinal);
        Assert.Contains("第 4 行 · 不是有效的 UTF-8 文本", html, StringComparison.Ordinal);
        Assert.Contains("第 5 行 · 人数：须为不小于 0 的整数", html, StringComparison.Ordinal);
        Assert.Equal(before, await CountAsync(enterprise));
    }

    [Fact]
    public async Task Upload_GoodFile_RecordsEveryEventAndTheyAppearLinkedToTheirFiling()
    {
        var enterprise = await platform.As(DemoAccounts.EnterpriseA);
        var before = await CountAsync(enterprise);
        var text = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Root, "examples", "events.jsonl"));
        var html = await UploadAsync(enterprise, "\uFEFF" + text.Replace("\n", "\r\n", StringComparison.Ordinal));
        Assert.Contains("data-testid=\"upload-recorded\"", html, StringComparison.Ordinal);
        Assert.Contains("已记录 4 条出境事件", html, StringComparison.Ordinal);
        Assert.Equal(before + 4, await CountAsync(enterprise));
        Assert.Contains("href=\"/Filings/Details/F-2026-0001\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_ByAnOfficial_IsForbiddenAndTheFormIsNotShown()
    {
        var officer = await platform.As(DemoAccounts.Daxing);
        var page = await officer.GetStringAsync("Evidence");
        Assert.DoesNotContain("data-testid=\"upload-form\"", page, StringComparison.Ordinal);
        using var content = Multipart(ApiTests.AntiforgeryToken(page), Encoding.UTF8.GetBytes("{}"));
        var response = await officer.PostAsync("Evidence?handler=Upload", content);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Upload_NoFile_SaysSoInChinese()
    {
        var enterprise = await platform.As(DemoAccounts.EnterpriseA);
        var html = await UploadAsync(enterprise, []);
        Assert.Contains("请选择一个事件文件。", html, StringComparison.Ordinal);
    }

    private static async Task<int> CountAsync(HttpClient client) =>
        JsonNode.Parse(await client.GetStringAsync("api/evidence/records?take=1000"))!.AsArray().Count;

    private static Task<string> UploadAsync(HttpClient client, string text) => UploadAsync(client, Encoding.UTF8.GetBytes(text));

    private static async Task<string> UploadAsync(HttpClient client, byte[] file)
    {
        var page = await client.GetStringAsync("Evidence");
        Assert.Contains("data-testid=\"upload-form\"", page, StringComparison.Ordinal);
        using var content = Multipart(ApiTests.AntiforgeryToken(page), file);
        var response = await client.PostAsync("Evidence?handler=Upload", content);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, html);
        return html;
    }

    private static MultipartFormDataContent Multipart(string token, byte[] file)
    {
        var content = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        var part = new ByteArrayContent(file);
        part.Headers.ContentType = new MediaTypeHeaderValue("application/jsonl");
        content.Add(part, "events", "events.jsonl");
        return content;
    }
}

[Collection(SqlitePlatformCollection.Name)]
public sealed class SqliteEvidenceUploadTests(SqlitePlatformFixture platform) : EvidenceUploadTests(platform);

[Collection(PostgresPlatformCollection.Name)]
public sealed class PostgresEvidenceUploadTests(PostgresPlatformFixture platform) : EvidenceUploadTests(platform);
