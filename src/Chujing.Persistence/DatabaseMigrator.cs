using Chujing.Domain.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;

namespace Chujing.Persistence;

/// <summary>Brings a database to the latest migration of its provider; run once at start.</summary>
public static class DatabaseMigrator
{
    /// <summary>
    /// Applies pending migrations. Throws <see cref="EnvironmentFailureException"/> when the database cannot be
    /// reached or written (transient for PostgreSQL connection failures), naming the server when it is a read-only
    /// standby.
    /// </summary>
    public static async Task MigrateAsync(ChujingDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
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
            else
            {
                // A server that takes no writes is named before the first write is tried: the refused write would
                // reach the operator twice, as EF Core's logged error block and as the one line that explains it.
                if (await TakesNoWritesAsync(db, cancellationToken).ConfigureAwait(false) is { } standby)
                {
                    throw ReadOnly(db, standby, inner: null);
                }

                // The PostgreSQL provider reads the migration history before it creates the history table, and logs that
                // read's failure on an empty database as an error; with the table made first (as the provider itself
                // would make it, a no-op when it exists) a fresh install's log holds only real failures. It is also
                // the first write, so a server that takes none is found here.
                await db.Database.ExecuteSqlRawAsync(db.GetService<IHistoryRepository>().GetCreateIfNotExistsScript(), cancellationToken).ConfigureAwait(false);
            }

            await db.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (SqliteException e)
        {
            throw new EnvironmentFailureException("the SQLite database cannot be opened or migrated: " + e.Message, isTransient: false, e);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.ReadOnlySqlTransaction)
        {
            // The server turned read-only between the check and the write.
            throw ReadOnly(db, await IsInRecoveryAsync(db, cancellationToken).ConfigureAwait(false), e);
        }
        catch (NpgsqlException e)
        {
            throw Unreachable(e);
        }
        catch (InvalidOperationException e) when (e.InnerException is NpgsqlException inner)
        {
            // A query (the read-only check) that fails on a transient error comes wrapped by EF Core's execution
            // strategy; it is the same unreachable server.
            throw Unreachable(inner);
        }
    }

    private static EnvironmentFailureException Unreachable(NpgsqlException e) =>
        new("the PostgreSQL database cannot be reached or migrated: " + e.Message, e.IsTransient, e);

    /// <summary>The failure for a server that takes no writes (SQLSTATE 25006), naming it: a standby, or read-only transactions.</summary>
    private static EnvironmentFailureException ReadOnly(ChujingDbContext db, bool standby, Exception? inner)
    {
        var server = ServerName(db.Database.GetConnectionString());
        return new EnvironmentFailureException(
            standby
                ? $"{server}: the PostgreSQL database is a read-only standby; point --db at the primary, or list every server with Target Session Attributes=primary"
                : $"{server}: the PostgreSQL database takes no writes (read-only transactions, SQLSTATE 25006); point --db at a primary that takes writes",
            isTransient: false,
            inner);
    }

    /// <summary>Null when the server takes writes; else whether it is a standby (true) or runs read-only transactions (false).</summary>
    private static async Task<bool?> TakesNoWritesAsync(ChujingDbContext db, CancellationToken cancellationToken)
    {
        var state = await db.Database.SqlQueryRaw<int>(
            "SELECT CASE WHEN pg_is_in_recovery() THEN 2 WHEN current_setting('transaction_read_only') = 'on' THEN 1 ELSE 0 END AS \"Value\"")
            .SingleAsync(cancellationToken).ConfigureAwait(false);
        return state switch { 2 => true, 1 => false, _ => null };
    }

    /// <summary><c>host:port/database</c> of a PostgreSQL connection string (never its password).</summary>
    private static string ServerName(string? connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        var host = builder.Host ?? "localhost";
        var port = host.Contains(',', StringComparison.Ordinal) ? string.Empty : ":" + builder.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return $"{host}{port}/{builder.Database}";
    }

    private static async Task<bool> IsInRecoveryAsync(ChujingDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            return await db.Database.SqlQueryRaw<bool>("SELECT pg_is_in_recovery() AS \"Value\"").SingleAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (NpgsqlException)
        {
            return false;
        }
    }
}
