using Microsoft.Data.Sqlite;
using Npgsql;

namespace Chujing.Persistence;

/// <summary>
/// Where the platform's data lives, from the <c>--db</c> option: an SQLite file path, or a PostgreSQL connection
/// string (<c>Host=…;Database=…</c> or a <c>postgres://</c> URI).
/// </summary>
public sealed record DatabaseLocation(DatabaseProvider Provider, string ConnectionString)
{
    /// <summary>The file used when <c>--db</c> is not given.</summary>
    public const string DefaultSqliteFile = "chujing.db";

    /// <summary>Reads the <c>--db</c> value; null or empty means <see cref="DefaultSqliteFile"/>.</summary>
    public static DatabaseLocation Parse(string? db)
    {
        if (string.IsNullOrWhiteSpace(db))
        {
            db = DefaultSqliteFile;
        }

        if (db.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || db.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
        {
            return new DatabaseLocation(DatabaseProvider.Postgres, FromUri(new Uri(db)));
        }

        if (db.Contains("Host=", StringComparison.OrdinalIgnoreCase) || db.Contains("Server=", StringComparison.OrdinalIgnoreCase))
        {
            return new DatabaseLocation(DatabaseProvider.Postgres, db);
        }

        var sqlite = db.Contains("Data Source=", StringComparison.OrdinalIgnoreCase)
            ? new SqliteConnectionStringBuilder(db)
            : new SqliteConnectionStringBuilder { DataSource = db };
        return new DatabaseLocation(DatabaseProvider.Sqlite, sqlite.ToString());
    }

    private static string FromUri(Uri uri)
    {
        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = uri.Host,
            Port = uri.IsDefaultPort || uri.Port <= 0 ? 5432 : uri.Port,
            Database = uri.AbsolutePath.TrimStart('/'),
        };
        var userInfo = uri.UserInfo.Split(':', 2);
        if (userInfo[0].Length > 0)
        {
            builder.Username = Uri.UnescapeDataString(userInfo[0]);
        }

        if (userInfo.Length == 2)
        {
            builder.Password = Uri.UnescapeDataString(userInfo[1]);
        }

        return builder.ToString();
    }
}
