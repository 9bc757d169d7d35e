using System.Net;
using System.Net.Http.Json;
using Chujing.Web.Demo;
using Chujing.Web.Filings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Chujing.Web.Tests;

/// <summary>A filing's validity: expiry after the last valid day, and no draft, submission or approval once it ended.</summary>
public abstract partial class ApiTests
{
    [Fact]
    public async Task Expiry_ApprovedFilingPastItsLastDay_BecomesExpired()
    {
        var (id, officer) = await SubmittedFilingAsync(NewFiling() with { ValidFrom = new DateOnly(2025, 1, 1), ValidUntil = new DateOnly(2026, 6, 1) });
        await Json(await officer.PostAsJsonAsync($"api/filings/{id}/approve", new { }), HttpStatusCode.OK);
        await using var scope = platform.Services.CreateAsyncScope();
        await EndValidityAsync(scope, id);
        Assert.True(await scope.ServiceProvider.GetRequiredService<FilingService>().ExpireDueAsync(CancellationToken.None) >= 1);
        var seen = await Json(await officer.GetAsync($"api/filings/{id}"), HttpStatusCode.OK);
        Assert.Equal("expired", (string?)seen["status"]);
    }

    [Fact]
    public async Task CreateFiling_ValidityAlreadyEnded_422OnValidUntil()
    {
        var enterprise = await platform.As(DemoAccounts.EnterpriseA);
        var problem = await ProblemAsync(
            await enterprise.PostAsJsonAsync("api/filings", NewFiling() with { ValidFrom = new DateOnly(2025, 1, 1), ValidUntil = new DateOnly(2026, 5, 31) }),
            HttpStatusCode.UnprocessableEntity);
        Assert.True(problem["errors"]!.AsObject().ContainsKey("validUntil"));
    }

    [Fact]
    public async Task Approve_SubmittedFilingWhoseValidityEnded_422OnValidUntil()
    {
        var (id, officer) = await SubmittedFilingAsync(NewFiling() with { ValidFrom = new DateOnly(2025, 1, 1), ValidUntil = new DateOnly(2026, 6, 1) });
        await using (var scope = platform.Services.CreateAsyncScope())
        {
            await EndValidityAsync(scope, id);
        }

        var problem = await ProblemAsync(await officer.PostAsJsonAsync($"api/filings/{id}/approve", new { }), HttpStatusCode.UnprocessableEntity);
        Assert.True(problem["errors"]!.AsObject().ContainsKey("validUntil"));
    }

    /// <summary>Moves a stored filing's last valid day to yesterday, as time passing would.</summary>
    private static async Task EndValidityAsync(AsyncServiceScope scope, string id)
    {
        var db = scope.ServiceProvider.GetRequiredService<Chujing.Persistence.ChujingDbContext>();
        var filing = await db.Filings.SingleAsync(f => f.Id == id);
        filing.ValidUntil = new DateOnly(2026, 5, 31);
        await db.SaveChangesAsync();
    }
}
