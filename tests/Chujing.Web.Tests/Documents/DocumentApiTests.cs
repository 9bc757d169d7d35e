using System.Net;
using System.Text.Json.Nodes;
using Chujing.Web.Demo;
using DocumentFormat.OpenXml.Packaging;

namespace Chujing.Web.Tests.Documents;

/// <summary><c>/api/filings/{id}/documents</c> on a demo platform: the approved filing's materials, downloaded and opened.</summary>
public abstract class DocumentApiTests(PlatformFixture platform)
{
    [Fact]
    public async Task Documents_OfTheApprovedDemoFiling_FollowItsPathway_AndTheDocxCarriesItsFacts()
    {
        var client = await platform.As(DemoAccounts.EnterpriseA);
        var filing = await ApprovedAsync(client);
        var id = (string)filing["id"]!;
        var list = (await ApiTests.Json(await client.GetAsync($"api/filings/{id}/documents"), HttpStatusCode.OK)).AsArray();
        var names = list.Select(d => (string)d!["name"]!).ToList();
        var expected = (string?)filing["pathway"] switch
        {
            "standard-contract-or-certification" => new[] { "filing-form", "contract-annex", "pipia-report" },
            "security-assessment" => ["filing-form", "assessment-declaration", "self-assessment-report"],
            _ => ["filing-form"],
        };
        Assert.Equal(expected, names);
        Assert.All(list, d => Assert.True((int)d!["toComplete"]! > 0));

        foreach (var entry in list)
        {
            var response = await client.GetAsync(((string)entry!["docx"]!).TrimStart('/'));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", response.Content.Headers.ContentType?.MediaType);
            using var docx = WordprocessingDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
            var text = docx.MainDocumentPart!.Document.Body!.InnerText;
            Assert.Contains((string)filing["processorName"]!, text, StringComparison.Ordinal);
            Assert.Contains((string)filing["processor"]!, text, StringComparison.Ordinal);
            foreach (var r in filing["recipients"]!.AsArray())
            {
                Assert.Contains((string)r!["name"]!, text, StringComparison.Ordinal);
                Assert.Contains((string)r["country"]!, text, StringComparison.Ordinal);

                // Countries are labelled with their Chinese names beside the code, never the code alone.
                Assert.Contains(Chujing.Web.Documents.FilingFactsMapping.CountryLabel((string)r["country"]!), text, StringComparison.Ordinal);
                Assert.NotEqual((string)r["country"]!, Chujing.Web.Documents.FilingFactsMapping.CountryLabel((string)r["country"]!));
            }

            if ((string)entry["name"]! == "filing-form")
            {
                Assert.All(filing["basis"]!.AsArray(), b => Assert.Contains((string)b!["citation"]!, text, StringComparison.Ordinal));
                Assert.Contains(((long)filing["persons"]!["sensitive"]!).ToString("N0", System.Globalization.CultureInfo.InvariantCulture), text, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task Pdf_OfTheFilingForm_IsAPdf()
    {
        var client = await platform.As(DemoAccounts.Daxing);
        var id = (string)(await ApprovedAsync(client))["id"]!;
        var response = await client.GetAsync($"api/filings/{id}/documents/filing-form.pdf");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString((await response.Content.ReadAsByteArrayAsync())[..5]), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("api/filings/F-1999-0001/documents")]
    [InlineData("api/filings/F-1999-0001/documents/filing-form.docx")]
    [InlineData("api/filings/{id}/documents/no-such-document.docx")]
    [InlineData("api/filings/{id}/documents/filing-form.odt")]
    public async Task Documents_OfAnUnknownFilingOrDocument_Are404(string path)
    {
        var client = await platform.As(DemoAccounts.EnterpriseA);
        var id = (string)(await ApprovedAsync(client))["id"]!;
        await ApiTests.ProblemAsync(await client.GetAsync(path.Replace("{id}", id, StringComparison.Ordinal)), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Documents_OfAnotherTenantsFiling_Are404()
    {
        var id = (string)(await ApprovedAsync(await platform.As(DemoAccounts.EnterpriseA)))["id"]!;
        var other = await platform.As(DemoAccounts.EnterpriseB);
        await ApiTests.ProblemAsync(await other.GetAsync($"api/filings/{id}/documents"), HttpStatusCode.NotFound);
        await ApiTests.ProblemAsync(await other.GetAsync($"api/filings/{id}/documents/filing-form.docx"), HttpStatusCode.NotFound);
        await ApiTests.ProblemAsync(await (await platform.As(DemoAccounts.Haidian)).GetAsync($"api/filings/{id}/documents/filing-form.pdf"), HttpStatusCode.NotFound);
    }

    /// <summary>The demo's approved clinical-trial filing of enterprise A.</summary>
    internal static async Task<JsonNode> ApprovedAsync(HttpClient client)
    {
        var filings = JsonNode.Parse(await client.GetStringAsync("api/filings?status=approved"))!.AsArray();
        var id = (string)filings.First(f => ((string)f!["title"]!).StartsWith("临床试验", StringComparison.Ordinal))!["id"]!;
        return JsonNode.Parse(await client.GetStringAsync($"api/filings/{id}"))!;
    }
}

[Collection(SqlitePlatformCollection.Name)]
public sealed class SqliteDocumentApiTests(SqlitePlatformFixture platform) : DocumentApiTests(platform);

[Collection(PostgresPlatformCollection.Name)]
public sealed class PostgresDocumentApiTests(PostgresPlatformFixture platform) : DocumentApiTests(platform);
