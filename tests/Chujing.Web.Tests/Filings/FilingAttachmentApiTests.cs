using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Chujing.Web.Demo;
using Chujing.Web.Filings.Attachments;

namespace Chujing.Web.Tests.Filings;

/// <summary>
/// Attachments through the API and the filing page: stored with their SHA-256 and size, downloadable byte for byte
/// by whoever may see the filing (404 for anyone else), refused when too large or able to run, audited.
/// </summary>
public abstract class FilingAttachmentApiTests(PlatformFixture platform)
{
    [Fact]
    public async Task Upload_IsStoredWithHashAndSize_DownloadedIdentically_ByThoseWhoSeeTheFiling()
    {
        var enterprise = await platform.As(DemoAccounts.EnterpriseA);
        var id = await FilingAsync(enterprise, submit: true);
        var docx = AttachmentSamples.Docx();

        var created = await ApiTests.Json(await UploadAsync(enterprise, id, "standard-contract", "标准合同.docx", docx), HttpStatusCode.Created);
        Assert.Equal("standard-contract", (string?)created["kind"]);
        Assert.Equal("个人信息出境标准合同", (string?)created["kindLabel"]);
        Assert.Equal("标准合同.docx", (string?)created["fileName"]);
        Assert.Equal(AttachmentType.Docx.MediaType, (string?)created["contentType"]);
        Assert.Equal(docx.Length, (long)created["size"]!);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(docx)), (string?)created["sha256"]);
        var attachment = (long)created["id"]!;

        foreach (var reader in (string[])[DemoAccounts.EnterpriseA, DemoAccounts.Daxing, DemoAccounts.City])
        {
            var client = await platform.As(reader);
            var list = JsonNode.Parse(await client.GetStringAsync($"api/filings/{id}/attachments"))!.AsArray();
            Assert.Equal(attachment, (long)Assert.Single(list)!["id"]!);
            var download = await client.GetAsync($"api/filings/{id}/attachments/{attachment}");
            Assert.Equal(HttpStatusCode.OK, download.StatusCode);
            Assert.Equal(docx, await download.Content.ReadAsByteArrayAsync());
            Assert.Equal(AttachmentType.Docx.MediaType, download.Content.Headers.ContentType?.MediaType);
            Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
            Assert.Equal("sha-256=:" + Convert.ToBase64String(SHA256.HashData(docx)) + ":", download.Headers.GetValues("Repr-Digest").Single());
        }

        foreach (var stranger in (string[])[DemoAccounts.EnterpriseB, DemoAccounts.Haidian])
        {
            var client = await platform.As(stranger);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"api/filings/{id}/attachments")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"api/filings/{id}/attachments/{attachment}")).StatusCode);
        }

        // The same number under another filing is no way in.
        var other = await FilingAsync(enterprise, submit: false);
        Assert.Equal(HttpStatusCode.NotFound, (await enterprise.GetAsync($"api/filings/{other}/attachments/{attachment}")).StatusCode);

        var audit = JsonNode.Parse(await (await platform.As(DemoAccounts.Daxing)).GetStringAsync($"api/audit?entity=filing&entityId={id}"))!.AsArray();
        var entry = Assert.Single(audit, a => (string?)a!["action"] == "attach")!;
        Assert.Equal((string?)created["sha256"], (string?)entry["after"]!["sha256"]);
    }

    [Fact]
    public async Task LargestAllowedFile_RoundTripsByteForByte()
    {
        var enterprise = await platform.As(DemoAccounts.EnterpriseA);
        var id = await FilingAsync(enterprise, submit: false);
        var big = new byte[FilingAttachmentService.MaxBytes];
        AttachmentSamples.Pdf.CopyTo(big, 0);
        new Random(15).NextBytes(big.AsSpan(AttachmentSamples.Pdf.Length));
        big.AsSpan(AttachmentSamples.Pdf.Length).Replace((byte)'/', (byte)' ');

        var created = await ApiTests.Json(await UploadAsync(enterprise, id, "standard-contract", "contract.pdf", big), HttpStatusCode.Created);
        Assert.Equal(big.LongLength, (long)created["size"]!);
        var download = await enterprise.GetByteArrayAsync($"api/filings/{id}/attachments/{(long)created["id"]!}");
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(big)), Convert.ToHexStringLower(SHA256.HashData(download)));
    }

    [Fact]
    public async Task Draft_OfTheEnterprise_IsNotVisibleToOfficers_NorItsAttachments()
    {
        var enterprise = await platform.As(DemoAccounts.EnterpriseA);
        var id = await FilingAsync(enterprise, submit: false);
        var created = await ApiTests.Json(await UploadAsync(enterprise, id, "pipia-report", "pipia.pdf", AttachmentSamples.Pdf), HttpStatusCode.Created);
        var officer = await platform.As(DemoAccounts.Daxing);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync($"api/filings/{id}/attachments/{(long)created["id"]!}")).StatusCode);
    }

    [Fact]
    public async Task Refused_ProgramsMacrosWrongKindAndTooLarge_With422NamingTheField_AndNothingStored()
    {
        var enterprise = await platform.As(DemoAccounts.EnterpriseA);
        var id = await FilingAsync(enterprise, submit: false);

        var program = await ApiTests.ProblemAsync(await UploadAsync(enterprise, id, "cac-result", "result.pdf", AttachmentSamples.WindowsExecutable), HttpStatusCode.UnprocessableEntity);
        Assert.Contains("executable program (Windows PE)", (string?)program["errors"]!["file"]![0], StringComparison.Ordinal);
        var macros = await ApiTests.ProblemAsync(await UploadAsync(enterprise, id, "standard-contract", "c.docx", AttachmentSamples.DocxWithMacros()), HttpStatusCode.UnprocessableEntity);
        Assert.Contains("vbaProject.bin", (string?)macros["errors"]!["file"]![0], StringComparison.Ordinal);
        var kind = await ApiTests.ProblemAsync(await UploadAsync(enterprise, id, "contract", "c.pdf", AttachmentSamples.Pdf), HttpStatusCode.UnprocessableEntity);
        Assert.NotNull(kind["errors"]!["kind"]);
        var large = await ApiTests.ProblemAsync(await UploadAsync(enterprise, id, "pipia-report", "big.pdf", new byte[FilingAttachmentService.MaxBytes + 1]), HttpStatusCode.UnprocessableEntity);
        Assert.Contains("larger than 20 MiB (20,971,520 bytes)", (string?)large["errors"]!["file"]![0], StringComparison.Ordinal);

        Assert.Empty(JsonNode.Parse(await enterprise.GetStringAsync($"api/filings/{id}/attachments"))!.AsArray());
    }

    [Fact]
    public async Task Remove_FromADraft_IsAudited_AndOfficersCannotUploadOrRemove()
    {
        var enterprise = await platform.As(DemoAccounts.EnterpriseA);
        var id = await FilingAsync(enterprise, submit: false);
        var attachment = (long)(await ApiTests.Json(await UploadAsync(enterprise, id, "pipia-report", "pipia.png", AttachmentSamples.Png), HttpStatusCode.Created))["id"]!;
        await ApiTests.Json(await enterprise.PostAsync($"api/filings/{id}/submit", null), HttpStatusCode.OK);

        // Submitted: it stays as filed.
        await ApiTests.ProblemAsync(await enterprise.DeleteAsync($"api/filings/{id}/attachments/{attachment}"), HttpStatusCode.UnprocessableEntity);
        var officer = await platform.As(DemoAccounts.Daxing);
        Assert.Equal(HttpStatusCode.Forbidden, (await UploadAsync(officer, id, "cac-result", "r.pdf", AttachmentSamples.Pdf)).StatusCode);
        await ApiTests.Json(await officer.PostAsJsonAsync($"api/filings/{id}/return-for-correction", new { note = "请补充标准合同" }), HttpStatusCode.OK);

        Assert.Equal(HttpStatusCode.OK, (await enterprise.DeleteAsync($"api/filings/{id}/attachments/{attachment}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await enterprise.GetAsync($"api/filings/{id}/attachments/{attachment}")).StatusCode);
        var audit = JsonNode.Parse(await officer.GetStringAsync($"api/audit?entity=filing&entityId={id}"))!.AsArray();
        Assert.Contains(audit, a => (string?)a!["action"] == "detach");
    }

    [Fact]
    public async Task Page_ListsAndUploads_AndNamesTheLabelInChineseWhenRefused()
    {
        var enterprise = await platform.As(DemoAccounts.EnterpriseA);
        var id = await FilingAsync(enterprise, submit: false);
        var page = await enterprise.GetStringAsync($"Filings/Details/{id}");
        Assert.Contains("个人信息保护影响评估报告", page, StringComparison.Ordinal);

        var refused = await PostFormAsync(enterprise, id, page, "standard-contract", "run.pdf", AttachmentSamples.ShellScript);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Contains("附件文件：该文件是可执行程序（script），程序和脚本不予接收。", html, StringComparison.Ordinal);

        var accepted = await PostFormAsync(enterprise, id, page, "cac-result", "结果.pdf", AttachmentSamples.Pdf);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        var after = await accepted.Content.ReadAsStringAsync();
        Assert.Contains("结果.pdf", after, StringComparison.Ordinal);
        Assert.Contains(Convert.ToHexStringLower(SHA256.HashData(AttachmentSamples.Pdf)), after, StringComparison.Ordinal);
        Assert.Contains("数据出境安全评估结果（网信部门）", after, StringComparison.Ordinal);
    }

    internal static async Task<string> FilingAsync(HttpClient enterprise, bool submit)
    {
        var id = (string)(await ApiTests.Json(await enterprise.PostAsJsonAsync("api/filings", ApiTests.NewFiling()), HttpStatusCode.Created))["id"]!;
        if (submit)
        {
            await ApiTests.Json(await enterprise.PostAsync($"api/filings/{id}/submit", null), HttpStatusCode.OK);
        }

        return id;
    }

    internal static Task<HttpResponseMessage> UploadAsync(HttpClient client, string filing, string kind, string name, byte[] content)
    {
        var body = new ByteArrayContent(content);
        body.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return client.PostAsync($"api/filings/{filing}/attachments?kind={kind}&fileName={Uri.EscapeDataString(name)}", body);
    }

    private static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string filing, string page, string kind, string name, byte[] content)
    {
        using var form = new MultipartFormDataContent
        {
            { new StringContent(ApiTests.AntiforgeryToken(page)), "__RequestVerificationToken" },
            { new StringContent(kind), "kind" },
        };
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", name);
        return await client.PostAsync($"Filings/Details/{filing}?handler=Attach", form);
    }
}

[Collection(SqlitePlatformCollection.Name)]
public sealed class SqliteFilingAttachmentApiTests(SqlitePlatformFixture platform) : FilingAttachmentApiTests(platform);

[Collection(PostgresPlatformCollection.Name)]
public sealed class PostgresFilingAttachmentApiTests(PostgresPlatformFixture platform) : FilingAttachmentApiTests(platform);
