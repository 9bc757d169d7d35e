using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Chujing.Domain.Identifiers;
using Chujing.Persistence;
using Chujing.Persistence.Accounts;
using Chujing.Persistence.Applications;
using Chujing.Persistence.Processors;
using Chujing.Web.Demo;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Chujing.Web.Tests;

/// <summary>List-use applications are for lists only, and an approval counts for the edition it approved.</summary>
public abstract class ListEditionTests(PlatformFixture platform)
{
    [Fact]
    public async Task ApplyForList_NationalRules_422OnListEditionNamingTheLists()
    {
        var enterprise = await platform.As(DemoAccounts.EnterpriseB);
        var problem = await ApiTests.ProblemAsync(await enterprise.PostAsJsonAsync("api/applications", new { listEdition = "cn-national/2024", statement = "x" }), HttpStatusCode.UnprocessableEntity);
        var message = problem["errors"]!["listEdition"]![0]!.ToString();
        Assert.Contains("national rules", message, StringComparison.Ordinal);
        Assert.Contains("beijing-ftz/2024", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ApplyForList_UnknownEdition_422WithTheNearestList()
    {
        var enterprise = await platform.As(DemoAccounts.EnterpriseB);
        var problem = await ApiTests.ProblemAsync(await enterprise.PostAsJsonAsync("api/applications", new { listEdition = "beijing-ftz/2042", statement = "x" }), HttpStatusCode.UnprocessableEntity);
        Assert.Contains("beijing-ftz/2024", problem["errors"]!["listEdition"]![0]!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Filing_ApprovalOfAnotherEditionOnly_ListDoesNotApply()
    {
        // A processor approved for an earlier edition of the list (and so flagged as approved) files under 2024.
        var email = await NewEnterpriseApprovedForAsync("beijing-ftz/2023");
        using var client = platform.Anonymous();
        (await client.PostAsJsonAsync("api/auth/login", new { email, password = DemoAccounts.Password })).EnsureSuccessStatusCode();
        var created = await ApiTests.Json(await client.PostAsJsonAsync("api/filings", ApiTests.NewFiling()), HttpStatusCode.Created);
        var basis = created["assessment"]!["basis"]!.ToJsonString();
        Assert.Contains("has not been approved", basis, StringComparison.Ordinal);
    }

    private async Task<string> NewEnterpriseApprovedForAsync(string edition)
    {
        var tag = "ed-" + platform.ProviderName;
        var email = tag + "@demo.local";
        await using var scope = platform.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ChujingDbContext>();
        var body = platform.ProviderName == "sqlite" ? "91110115MA0C1ED23" : "91110115MA0C1ED24";
        var processor = new Processor
        {
            Uscc = body + Uscc.CheckCharacter(body), Name = "版本审批测试企业", ZoneGroupId = "daxing", ListApproved = true,
            ContactName = "测试", ContactEmail = email, ContactPhone = "010", RegisteredAt = PlatformFixture.Now,
        };
        db.Processors.Add(processor);
        db.ListApplications.Add(new ListApplication { Processor = processor, ZoneGroupId = "daxing", ListEdition = edition, Statement = "x", Status = ListApplicationStatus.Approved, SubmittedAt = PlatformFixture.Now, DecidedAt = PlatformFixture.Now });
        await db.SaveChangesAsync();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PlatformUser>>();
        var user = new PlatformUser { UserName = email, Email = email, DisplayName = tag, ProcessorId = processor.Id };
        Assert.True((await users.CreateAsync(user, DemoAccounts.Password)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, PlatformRoles.Enterprise)).Succeeded);
        return email;
    }
}

[Collection(SqlitePlatformCollection.Name)]
public sealed class SqliteListEditionTests(SqlitePlatformFixture platform) : ListEditionTests(platform);

[Collection(PostgresPlatformCollection.Name)]
public sealed class PostgresListEditionTests(PostgresPlatformFixture platform) : ListEditionTests(platform);
