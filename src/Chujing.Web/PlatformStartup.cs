using Chujing.Persistence;
using Chujing.Persistence.Accounts;
using Chujing.Web.Demo;
using Microsoft.AspNetCore.Identity;

namespace Chujing.Web;

/// <summary>What runs once before the platform serves: migrations, the roles, and the demo data when asked.</summary>
public static class PlatformStartup
{
    public static async Task PrepareAsync(this WebApplication app, CancellationToken cancellationToken = default)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        await DatabaseMigrator.MigrateAsync(services.GetRequiredService<ChujingDbContext>(), cancellationToken).ConfigureAwait(false);
        await Access.Sessions.SessionKeyCheck.EnsureReadableAsync(services.GetRequiredService<ChujingDbContext>(), services.GetRequiredService<PlatformOptions>().KeyEncryption, cancellationToken).ConfigureAwait(false);
        var roles = services.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in PlatformRoles.All)
        {
            if (!await roles.RoleExistsAsync(role).ConfigureAwait(false))
            {
                await roles.CreateAsync(new IdentityRole(role)).ConfigureAwait(false);
            }
        }

        if (services.GetService<Editions.PlatformCatalogs>() is { } catalogs)
        {
            await catalogs.LoadPublishedAsync(services.GetRequiredService<ChujingDbContext>(), cancellationToken).ConfigureAwait(false);
        }

        if (services.GetRequiredService<PlatformOptions>().Demo)
        {
            await ActivatorUtilities.CreateInstance<DemoSeeder>(services).SeedAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
