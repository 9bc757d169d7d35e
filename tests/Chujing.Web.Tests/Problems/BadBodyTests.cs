using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Chujing.Web.Demo;

namespace Chujing.Web.Tests.Problems;

/// <summary>
/// Bodies that are not what the API takes: invalid UTF-8 (once a 500 with a stack trace in the log), a property given
/// twice (once silently decided by the last), and values whose messages once misdescribed them.
/// </summary>
[Collection(SqlitePlatformCollection.Name)]
public sealed class BadBodyTests(SqlitePlatformFixture platform)
{
    [Theory]
    [InlineData("api/assess", """{"processor":{"ciio":false},"importantData":false,"persons":{"personal":1,"sensitive":0},"list":"beijing-ftz/2024","scenario":"@"}""")]
    [InlineData("api/evidence", """[{"processor":"91110000802100433B","time":"2026-06-01T00:00:00Z","recipient":"@","country":"DE","persons":1}]""")]
    [InlineData("api/filings", """{"title":"@"}""")]
    public async Task Post_InvalidUtf8_400NamingWhereNotA500(string path, string template)
    {
        var bytes = Encoding.UTF8.GetBytes(template).SelectMany(b => b == (byte)'@' ? new byte[] { 0xFF, 0xFE } : [b]).ToArray();
        var problem = await PostAsync(path, bytes, HttpStatusCode.BadRequest);
        var message = problem["errors"]!["body"]![0]!.ToString();
        Assert.Contains("not valid UTF-8", message, StringComparison.Ordinal);
        Assert.Contains("line 1, column", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateFiling_PropertyGivenTwice_400NamingIt()
    {
        var problem = await PostAsync("api/filings", Encoding.UTF8.GetBytes("""{"title":"a","title":"b"}"""), HttpStatusCode.BadRequest);
        Assert.Contains("given twice", problem["errors"]!["title"]![0]!.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"retentionMonths":1.5}""", "retentionMonths")]
    [InlineData("""{"persons":{"personal":99999999999999999999,"sensitive":0}}""", "persons.personal")]
    public async Task CreateFiling_NumberOfTheWrongKind_SaysWhatANumberMustBe_WithoutCallingItAStringOrNegative(string body, string field)
    {
        var problem = await PostAsync("api/filings", Encoding.UTF8.GetBytes(body), HttpStatusCode.BadRequest);
        var message = problem["errors"]![field]![0]!.ToString();
        Assert.Contains("whole number", message, StringComparison.Ordinal);
        Assert.DoesNotContain("not a string", message, StringComparison.Ordinal);
        Assert.DoesNotContain("≥ 0", message, StringComparison.Ordinal);
    }

    private async Task<JsonNode> PostAsync(string path, byte[] body, HttpStatusCode expected)
    {
        var client = await platform.As(DemoAccounts.EnterpriseA);
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        var response = await client.PostAsync(path, content);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonNode.Parse(text)!;
    }
}
