using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Chujing.Domain.Filings;
using Chujing.Persistence;
using Chujing.Persistence.Filings;
using Chujing.Web.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Chujing.Web.Tests.Filings;

/// <summary>
/// Filing ids are numbered per Beijing year and ordered as numbers: the 10,000th filing of a year gets
/// <c>F-2026-10000</c> (as text, F-2026-9999 sorts after it, and every create used to collide with a 500).
/// Each provider runs on a platform of its own, so that the high numbers do not reach other tests.
/// </summary>
public abstract class FilingIdTests<TFixture> : IAsyncLifetime
    where TFixture : PlatformFixture, new()
{
    private readonly TFixture _platform = new();

    public Task InitializeAsync() => _platform.InitializeAsync();

    public Task DisposeAsync() => _platform.DisposeAsync();

    [Fact]
    public async Task Create_AfterTheYearsFiling9999_Numbers10000And10001()
    {
        await using (var scope = _platform.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ChujingDbContext>();
            var template = await db.Filings.AsNoTracking().FirstAsync(f => f.Id.StartsWith("F-2026-"));
            db.Filings.Add(new Filing
            {
                Id = "F-2026-9999",
                ProcessorId = template.ProcessorId,
                ZoneGroupId = template.ZoneGroupId,
                Status = FilingStatus.Draft,
                CreatedAt = template.CreatedAt,
                UpdatedAt = template.UpdatedAt,
                ValidFrom = template.ValidFrom,
                ValidUntil = template.ValidUntil,
            });
            await db.SaveChangesAsync();
        }

        var enterprise = await _platform.As(DemoAccounts.EnterpriseA);
        foreach (var expected in (string[])["F-2026-10000", "F-2026-10001"])
        {
            var response = await enterprise.PostAsJsonAsync("api/filings", ApiTests.NewFiling());
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            Assert.Equal(expected, (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["id"]);
        }

        // Newest first, by number.
        var ids = JsonNode.Parse(await enterprise.GetStringAsync("api/filings"))!.AsArray().Select(f => (string?)f!["id"]).ToList();
        Assert.Equal(["F-2026-10001", "F-2026-10000"], ids.Take(2));
    }
}

public sealed class SqliteFilingIdTests : FilingIdTests<SqlitePlatformFixture>;

public sealed class PostgresFilingIdTests : FilingIdTests<PostgresPlatformFixture>;
