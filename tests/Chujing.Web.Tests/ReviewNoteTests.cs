using System.Net;
using System.Net.Http.Json;
using Chujing.Web.Demo;

namespace Chujing.Web.Tests;

/// <summary>The officer's note that returned a filing stays with it when the enterprise resubmits.</summary>
[Collection(SqlitePlatformCollection.Name)]
public sealed class ReviewNoteTests(SqlitePlatformFixture platform)
{
    [Fact]
    public async Task Resubmit_AfterReturn_KeepsTheReviewNote()
    {
        var enterprise = await platform.As(DemoAccounts.EnterpriseA);
        var officer = await platform.As(DemoAccounts.Daxing);
        var id = (string)(await ApiTests.Json(await enterprise.PostAsJsonAsync("api/filings", ApiTests.NewFiling()), HttpStatusCode.Created))["id"]!;
        await ApiTests.Json(await enterprise.PostAsync($"api/filings/{id}/submit", null), HttpStatusCode.OK);
        var returned = await ApiTests.Json(await officer.PostAsJsonAsync($"api/filings/{id}/return-for-correction", new { note = "请补充接收方的安全措施" }), HttpStatusCode.OK);
        await ApiTests.Json(await enterprise.PutAsJsonAsync($"api/filings/{id}", ApiTests.NewFiling() with { SecurityMeasures = "加密传输、访问控制", Version = (int)returned["version"]! }), HttpStatusCode.OK);
        var resubmitted = await ApiTests.Json(await enterprise.PostAsync($"api/filings/{id}/submit", null), HttpStatusCode.OK);
        Assert.Equal("请补充接收方的安全措施", (string?)resubmitted["reviewNote"]);
        Assert.Contains("请补充接收方的安全措施", await officer.GetStringAsync($"Filings/Details/{id}"), StringComparison.Ordinal);
    }
}
