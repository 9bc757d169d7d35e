using Chujing.Persistence.Postgres;
using Chujing.Persistence.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Chujing.Persistence;

/// <summary>Registers <see cref="ChujingDbContext"/> on the provider <see cref="DatabaseLocation"/> names.</summary>
public static class PersistenceServiceCollectionExtensions
{
    public static IServiceCollection AddChujingPersistence(this IServiceCollection services, DatabaseLocation location)
    {
        services.AddSingleton(location);
        switch (location.Provider)
        {
            case DatabaseProvider.Postgres:
                services.AddDbContextPool<ChujingDbContext, PostgresChujingDbContext>(o => o.UseNpgsql(location.ConnectionString));
                break;
            default:
                services.AddDbContextPool<ChujingDbContext, SqliteChujingDbContext>(o => o.UseSqlite(location.ConnectionString));
                break;
        }

        return services;
    }
}
