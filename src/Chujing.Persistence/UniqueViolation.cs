using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Chujing.Persistence;

/// <summary>Recognises the one database error a caller may answer by retrying with another key.</summary>
public static class UniqueViolation
{
    // SQLite's extended result codes for a duplicate primary key and a duplicate in a unique index.
    private const int SqlitePrimaryKey = 1555;
    private const int SqliteUnique = 2067;

    /// <summary>True when <paramref name="exception"/> is a duplicate primary key or unique-index value, on either provider.</summary>
    public static bool Is(DbUpdateException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception.InnerException switch
        {
            SqliteException sqlite => sqlite.SqliteExtendedErrorCode is SqlitePrimaryKey or SqliteUnique,
            PostgresException postgres => postgres.SqlState == PostgresErrorCodes.UniqueViolation,
            _ => false,
        };
    }
}
