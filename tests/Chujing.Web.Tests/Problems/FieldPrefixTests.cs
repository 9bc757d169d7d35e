using System.Net;
using System.Net.Http.Json;
using System.Text;
using Chujing.Web.Demo;

namespace Chujing.Web.Tests.Problems;

/// <summary>
/// The English side of a 400/422 problem names the field once. Regression: a filing whose list edition the engine
/// refused read "filing: list: …" (the input's name, then the activity's field, which the filing calls listEdition),
/// and /api/assess read "body: list: …".
/// </summary>
[Collection(SqlitePlatformCollection.Name)]
public sealed class FieldPrefixTests(SqlitePlatformFixture platform)
{
    [Theory]
    [InlineData("cn-national/2024", "listEdition: 'cn-national/2024' holds the national rules, which always apply; 'listEdition' names a free-trade-zone list edition")]
    [InlineData("beijing-ftz/2099", "listEdition: unknown list edition 'beijing-ftz/2099'")]
    public async Task PostFilings_ListEditionTheEngineRefuses_NamesListEditionOnce(string edition, string english)
    {
        var enterprise = await platform.As(DemoAccounts.EnterpriseA);
        var problem = await ApiTests.ProblemAsync(await enterprise.PostAsJsonAsync("api/filings", ApiTests.NewFiling() with { ListEdition = edition }), HttpStatusCode.UnprocessableEntity);
        var detail = (string)problem["detail"]!;
        Assert.StartsWith("清单版本：", detail, StringComparison.Ordinal);
        Assert.Contains(" · " + english, detail, StringComparison.Ordinal);
        Assert.DoesNotContain("filing: ", detail, StringComparison.Ordinal);
        Assert.NotNull(problem["errors"]!["listEdition"]);
        Assert.Null(problem["errors"]!["list"]);
    }

    [Fact]
    public async Task PostAssess_UnknownList_NamesTheFieldWithoutTheBodysName()
    {
        var enterprise = await platform.As(DemoAccounts.EnterpriseA);
        using var body = new StringContent("""{"processor":{"ciio":false},"list":"beijing-ftz/2099","importantData":false,"persons":{"personal":1,"sensitive":0}}""", Encoding.UTF8, "application/json");
        var detail = (string)(await ApiTests.ProblemAsync(await enterprise.PostAsync("api/assess", body), HttpStatusCode.UnprocessableEntity))["detail"]!;
        Assert.Contains(" · list: unknown list edition 'beijing-ftz/2099'", detail, StringComparison.Ordinal);
        Assert.DoesNotContain("body: ", detail, StringComparison.Ordinal);
    }
}
