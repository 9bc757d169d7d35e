using System.Net;
using System.Net.Http.Json;
using Chujing.Web.Demo;

namespace Chujing.Web.Tests;

/// <summary>List editions of another zone, and list-use applications that are not needed.</summary>
public abstract partial class ApiTests
{
    [Fact]
    public async Task ApplyForList_OtherZonesList_422OnListEdition()
    {
        var enterprise = await platform.As(DemoAccounts.EnterpriseB);
        var problem = await ProblemAsync(await enterprise.PostAsJsonAsync("api/applications", new { listEdition = "tianjin-ftz/2024", statement = "x" }), HttpStatusCode.UnprocessableEntity);
        Assert.Contains("tianjin-ftz/2024", problem["errors"]!["listEdition"]![0]!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ApplyForList_AlreadyApproved_422OnListEdition()
    {
        var enterprise = await platform.As(DemoAccounts.EnterpriseA);
        var problem = await ProblemAsync(await enterprise.PostAsJsonAsync("api/applications", new { listEdition = "beijing-ftz/2024", statement = "again" }), HttpStatusCode.UnprocessableEntity);
        Assert.Contains("already approved", problem["errors"]!["listEdition"]![0]!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateFiling_UnderOtherZonesList_422OnListEdition()
    {
        var enterprise = await platform.As(DemoAccounts.EnterpriseA);
        var problem = await ProblemAsync(await enterprise.PostAsJsonAsync("api/filings", NewFiling() with { ListEdition = "tianjin-ftz/2024" }), HttpStatusCode.UnprocessableEntity);
        Assert.True(problem["errors"]!.AsObject().ContainsKey("listEdition"));
    }
}
