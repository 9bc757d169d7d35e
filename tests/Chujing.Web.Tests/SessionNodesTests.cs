using System.Net;
using System.Net.Http.Json;
using Chujing.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Chujing.Web.Tests;

/// <summary>
/// Two nodes on one PostgreSQL database: a cookie issued by one is honoured by the other (the cookie keys live in the
/// database), and an account change on one ends the session on the other within the revocation bound.
/// </summary>
[Collection(PostgresPlatformCollection.Name)]
public sealed class SessionNodesTests(PostgresPlatformFixture platform) : IAsyncLifetime
{
    /// <summary>Far above the one-second bound, so that a loaded machine does not fail the test; the bound is not measured here.</summary>
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);

    private readonly string _dataDirectory = Directory.CreateTempSubdirectory("chujing-node2-").FullName;
    private WebApplication? _second;

    private Uri First => platform.BaseAddress;

    private Uri Second { get; set; } = new("http://127.0.0.1/");

    public async Task InitializeAsync()
    {
        // Its own data folder: nothing but the database is shared with the first node.
        _second = PlatformApp.Build(new PlatformOptions
        {
            Urls = "http://127.0.0.1:0",
            Database = platform.Services.GetRequiredService<DatabaseLocation>(),

            // Another node of the same demo platform: officials sign in as they do on the first.
            OfficialsRequireTwoFactor = platform.Services.GetRequiredService<PlatformOptions>().OfficialsRequireTwoFactor,
            Time = platform.Time,
            DataDirectory = _dataDirectory,
            FrameworkLogLevel = LogLevel.Error,
            KeyEncryption = platform.Services.GetRequiredService<PlatformOptions>().KeyEncryption,
        });
        await _second.PrepareAsync();
        await _second.StartAsync();
        Second = new Uri(_second.Urls.First() + "/");
    }

    /// <summary>Asks the second node until it holds the token in its current session cache.</summary>
    private async Task AssertTokenServedFromMemoryAsync(string token)
    {
        var cache = _second!.Services.GetRequiredService<Chujing.Web.Access.Sessions.SessionCache>();
        var key = Chujing.Web.Tokens.ApiTokens.CacheKey(Chujing.Web.Tokens.ApiTokens.Hash(token));
        using var timeout = new CancellationTokenSource(Deadline);
        while (cache.Get<Chujing.Web.Tokens.TokenSnapshot>(key, out _) is null)
        {
            Assert.False(timeout.IsCancellationRequested, "the second node's session cache never became current");
            Assert.Equal(HttpStatusCode.OK, await SessionNode.SendBearerAsync(Second, token));
            await Task.Delay(50);
        }
    }

    public async Task DisposeAsync()
    {
        if (_second is not null)
        {
            await _second.StopAsync();
            await _second.DisposeAsync();
        }

        Directory.Delete(_dataDirectory, recursive: true);
    }

    public static TheoryData<string> Changes => [.. SessionChanges.All.Keys];

    [Theory]
    [MemberData(nameof(Changes))]
    public async Task AccountChangedOnOneNode_OldCookieRefusedOnBoth(string change)
    {
        var email = await SessionNode.NewAccountAsync(platform.Services, "nodes-" + change);
        var cookie = await SessionNode.SignInAsync(First, email);
        Assert.Equal(HttpStatusCode.OK, await SessionNode.SendAsync(Second, cookie));
        Assert.Equal(HttpStatusCode.OK, await SessionNode.SendAsync(First, cookie));
        await SessionNode.AssertServedFromMemoryAsync(_second!.Services, Second, cookie, email, Deadline);

        await SessionNode.ChangeAsync(platform.Services, email, SessionChanges.All[change]);

        Assert.Equal(HttpStatusCode.Unauthorized, await SessionNode.SendAsync(First, cookie));
        await SessionNode.AssertRefusedWithinAsync(Second, cookie, Deadline);
    }

    [Fact]
    public async Task SignedOutOnTheSecondNode_ReplayedCookie401Everywhere()
    {
        var email = await SessionNode.NewAccountAsync(platform.Services, "nodes-signout");
        var cookie = await SessionNode.SignInAsync(Second, email);
        Assert.Equal(HttpStatusCode.OK, await SessionNode.SendAsync(First, cookie));
        Assert.Equal(HttpStatusCode.OK, await SessionNode.SendAsync(Second, cookie));
        await SessionNode.AssertServedFromMemoryAsync(platform.Services, First, cookie, email, Deadline);

        Assert.Equal(HttpStatusCode.NoContent, await SessionNode.SendAsync(Second, cookie, "api/auth/logout", HttpMethod.Post));

        Assert.Equal(HttpStatusCode.Unauthorized, await SessionNode.SendAsync(Second, cookie));
        await SessionNode.AssertRefusedWithinAsync(First, cookie, Deadline);
    }

    [Fact]
    public async Task TokenRevokedOnOneNode_RefusedOnBoth()
    {
        var cookie = await SessionNode.SignInAsync(First, Chujing.Web.Demo.DemoAccounts.EnterpriseA);
        var (id, token) = await SessionNode.NewTokenAsync(First, cookie);
        Assert.Equal(HttpStatusCode.OK, await SessionNode.SendBearerAsync(First, token));
        await AssertTokenServedFromMemoryAsync(token);

        Assert.Equal(HttpStatusCode.NoContent, await SessionNode.SendAsync(First, cookie, $"api/tokens/{id}", HttpMethod.Delete));

        Assert.Equal(HttpStatusCode.Unauthorized, await SessionNode.SendBearerAsync(First, token));
        await SessionNode.AssertRefusedWithinAsync(() => SessionNode.SendBearerAsync(Second, token), Deadline);
    }

    [Fact]
    public async Task ChangeOnTheSecondNode_FirstNodeLearnsIt()
    {
        var email = await SessionNode.NewAccountAsync(platform.Services, "nodes-reverse");
        var cookie = await SessionNode.SignInAsync(First, email);
        Assert.Equal(HttpStatusCode.OK, await SessionNode.SendAsync(First, cookie));
        await SessionNode.AssertServedFromMemoryAsync(platform.Services, First, cookie, email, Deadline);

        await SessionNode.ChangeAsync(_second!.Services, email, SessionChanges.All["lockout"]);

        Assert.Equal(HttpStatusCode.Unauthorized, await SessionNode.SendAsync(Second, cookie));
        await SessionNode.AssertRefusedWithinAsync(First, cookie, Deadline);
    }

    [Fact]
    public async Task ListApprovedOnOneNode_BothNodesCheckWithTheApprovedProcessor()
    {
        int processorId, applicationId;
        await using (var scope = platform.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ChujingDbContext>();
            const string body = "91110115MA0C1PC75";
            var processor = new Chujing.Persistence.Processors.Processor
            {
                Uscc = body + Chujing.Domain.Identifiers.Uscc.CheckCharacter(body), Name = "缓存测试企业", ZoneGroupId = "daxing", ListApproved = false,
                ContactName = "测试", ContactEmail = "cache@demo.local", ContactPhone = "010", RegisteredAt = PlatformFixture.Now,
            };
            var application = new Chujing.Persistence.Applications.ListApplication
            {
                Processor = processor, ZoneGroupId = "daxing", ListEdition = "beijing-ftz/2024", Statement = "x",
                Status = Chujing.Persistence.Applications.ListApplicationStatus.Submitted, SubmittedAt = PlatformFixture.Now,
            };
            db.ListApplications.Add(application);
            await db.SaveChangesAsync();
            (processorId, applicationId) = (processor.Id, application.Id);
        }

        // The second node holds the processor in memory (the same instance twice) before the approval.
        using (var timeout = new CancellationTokenSource(Deadline))
        {
            while (true)
            {
                var (a, b) = (await ProcessorOnAsync(_second!.Services, processorId), await ProcessorOnAsync(_second.Services, processorId));
                Assert.False(a.ListApproved);
                if (ReferenceEquals(a, b))
                {
                    break;
                }

                Assert.False(timeout.IsCancellationRequested, "the second node never served the processor from memory");
                await Task.Delay(50);
            }
        }

        await using (var scope = platform.Services.CreateAsyncScope())
        {
            var officer = new Chujing.Web.Access.Caller("officer", "daxing@demo.local", "大兴", Chujing.Persistence.Accounts.PlatformRoles.ZoneOfficer, null, "daxing", null);
            var decided = await scope.ServiceProvider.GetRequiredService<Chujing.Web.Applications.ListApplicationService>().DecideAsync(officer, applicationId, approve: true, null, CancellationToken.None);
            Assert.True(decided.IsSuccess);
        }

        Assert.True((await ProcessorOnAsync(platform.Services, processorId)).ListApproved);
        using (var timeout = new CancellationTokenSource(Deadline))
        {
            while (!(await ProcessorOnAsync(_second!.Services, processorId)).ListApproved)
            {
                Assert.False(timeout.IsCancellationRequested, "the second node kept the processor as it was before the approval");
                await Task.Delay(50);
            }
        }
    }

    [Fact]
    public async Task EditionPublishedOnOneNode_TheOtherDecidesWithItWithinTheBound()
    {
        var catalogs = _second!.Services.GetRequiredService<Chujing.Web.Editions.PlatformCatalogs>();
        var city = await platform.As(Chujing.Web.Demo.DemoAccounts.City);
        var revision = "beijing-ftz/n" + Guid.NewGuid().ToString("N")[..10];
        var today = Chujing.Domain.Calendar.RegulatoryCalendar.Today(platform.Time);
        var text = today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        await ApiTests.Json(await city.PostAsJsonAsync("api/editions/drafts", new { from = "beijing-ftz/2024", id = revision }), HttpStatusCode.Created);
        await ApiTests.Json(await city.PostAsJsonAsync($"api/editions/drafts/{revision}/approvals", new { kind = "provincial-approval", authority = "北京市网络安全和信息化委员会", documentNumber = "京网信委〔2026〕3号", date = text }), HttpStatusCode.OK);
        await ApiTests.Json(await city.PostAsJsonAsync($"api/editions/drafts/{revision}/approvals", new { kind = "national-filing", authority = "国家互联网信息办公室", documentNumber = "备案〔2026〕9号", date = text }), HttpStatusCode.OK);
        Assert.Null(catalogs.Find(revision));

        // Effective far ahead, so that no other test decides with it.
        var effective = today.AddYears(3).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        await ApiTests.Json(await city.PostAsJsonAsync($"api/editions/drafts/{revision}/publish", new { effective }), HttpStatusCode.OK);

        using var timeout = new CancellationTokenSource(Deadline);
        while (catalogs.Find(revision) is null)
        {
            Assert.False(timeout.IsCancellationRequested, "the second node never read the edition published on the first");
            await Task.Delay(50);
        }

        Assert.Equal(today.AddYears(3), catalogs.Find(revision)!.Effective);
    }

    private static async Task<Chujing.Persistence.Processors.Processor> ProcessorOnAsync(IServiceProvider node, int id)
    {
        await using var scope = node.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<Chujing.Web.Processors.ProcessorCache>().GetAsync(id, CancellationToken.None);
    }
}
