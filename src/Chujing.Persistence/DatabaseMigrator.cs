using Chujing.Domain.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Chujing.Persistence;

/// <summary>Brings a database to the latest migration of its provider; run once at start.</summary>
public static class DatabaseMigrator
{
    /// <summary>
    /// Applies pending migrations. Throws <see cref="EnvironmentFailureException"/> when the database cannot be
    /// reached or written (transient for PostgreSQL connection failures).
    /// </summary>
    public static async Task MigrateAsync(ChujingDbContext db, CancellationToken cancellationToken = default)
    {
        try
        {
            if (db.Database.IsSqlite())
            {
                // WAL lets readers go on while one writer commits; set once, it stays with the file.
                await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
                try
                {
                    await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken).ConfigureAwait(false);
                }
                finally
                {
                    await db.Database.CloseConnectionAsync().ConfigureAwait(false);
                }
            }

            await db.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (SqliteException e)
        {
            throw new EnvironmentFailureException("the SQLite database cannot be opened or migrated: " + e.Message, isTransient: false, e);
        }
        catch (NpgsqlException e)
        {
            throw new EnvironmentFailureException("the PostgreSQL database cannot be reached or migrated: " + e.Message, e.IsTransient, e);
        }
    }
}
