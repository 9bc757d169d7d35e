using Chujing.Persistence.Postgres;
using Chujing.Persistence.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Chujing.Persistence;

/// <summary>
/// Registers <see cref="ChujingDbContext"/> on the provider <see cref="DatabaseLocation"/> names. Query splitting is
/// set deliberately to a single query: a filing owns two small collections (recipients, basis) that EF Core loads with
/// it, and one statement reads them consistently (split queries would read them in separate statements, outside one
/// snapshot). Setting it explicitly is also what keeps EF Core from logging MultipleCollectionIncludeWarning on every
/// filing query; a query that loads large collections can still opt in with <c>AsSplitQuery()</c>.
/// </summary>
public static class PersistenceServiceCollectionExtensions
{
    public static IServiceCollection AddChujingPersistence(this IServiceCollection services, DatabaseLocation location)
    {
        services.AddSingleton(location);
        switch (location.Provider)
        {
            case DatabaseProvider.Postgres:
                services.AddDbContextPool<ChujingDbContext, PostgresChujingDbContext>(o => o.UseNpgsql(location.ConnectionString, n => n.UseQuerySplittingBehavior(QuerySplittingBehavior.SingleQuery)));
                break;
            default:
                services.AddDbContextPool<ChujingDbContext, SqliteChujingDbContext>(o => o.UseSqlite(location.ConnectionString, n => n.UseQuerySplittingBehavior(QuerySplittingBehavior.SingleQuery)));
                break;
        }

        return services;
    }
}
