using System.Data.Common;
using Chujing.Domain.Diagnostics;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Chujing.Scanning.DbTable;

/// <summary>
/// Opens a table (<c>--table</c>, quoted as an identifier; <c>schema.table</c> allowed) or a query (<c>--query</c>)
/// of an SQLite file or a PostgreSQL server. A missing table or a bad query is bad input (exit 2); a server that
/// does not answer is an environment failure (exit 1), per the CLI contract.
/// </summary>
public static class DbTableSource
{
    /// <summary>True when <paramref name="source"/> reads as a PostgreSQL connection string or URI.</summary>
    public static bool IsPostgres(string source) =>
        source.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || source.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
        || (source.Contains('=', StringComparison.Ordinal) && source.Contains("host", StringComparison.OrdinalIgnoreCase));

    /// <summary>The database file of an SQLite connection string (<c>Data Source=app.db</c>), or null for anything else.</summary>
    public static string? SqliteFileOf(string source)
    {
        if (!source.StartsWith("Data Source=", StringComparison.OrdinalIgnoreCase) && !source.StartsWith("DataSource=", StringComparison.OrdinalIgnoreCase)
            && !source.StartsWith("Filename=", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        try
        {
            return new SqliteConnectionStringBuilder(source).DataSource;
        }
        catch (ArgumentException e)
        {
            throw new InvalidInputException(Diagnostic.ForField(null, "connection string", e.Message));
        }
    }

    /// <summary>Opens an SQLite file read-only.</summary>
    public static DbTableReader OpenSqlite(string path, TableSourceOptions options)
    {
        if (!File.Exists(path))
        {
            throw new InvalidInputException(new Diagnostic(path, 0, 0, null, "no such SQLite database file"));
        }

        var sql = Sql(path, options, '"');
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly }.ToString());
        return Open(connection, sql, path + (options.Table is null ? string.Empty : "#" + options.Table), "sqlite", path, Option(options));
    }

    /// <summary>Opens a PostgreSQL table or query.</summary>
    public static DbTableReader OpenPostgres(string source, TableSourceOptions options)
    {
        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(ToKeywords(source));
        }
        catch (ArgumentException e)
        {
            throw new InvalidInputException(Diagnostic.ForField(null, "connection string", e.Message));
        }

        var name = "postgres:" + builder.Host + "/" + builder.Database;
        var sql = Sql(name, options, '"');
        return Open(new NpgsqlConnection(builder.ConnectionString), sql, name + (options.Table is null ? string.Empty : "/" + options.Table), "postgres", name, Option(options));
    }

    /// <summary>The option a refused table or query came from, to name in the message.</summary>
    private static string Option(TableSourceOptions options) => options.Query is not null ? "--query" : "--table";

    private static DbTableReader Open(DbConnection connection, string sql, string source, string format, string where, string option)
    {
        DbCommand? command = null;
        try
        {
            connection.Open();
            command = connection.CreateCommand();
            command.CommandText = sql;
            var reader = command.ExecuteReader();
            return new DbTableReader(source, format, connection, command, reader);
        }
        catch (Exception e)
        {
            command?.Dispose();
            connection.Dispose();
            throw Translate(e, where, option);
        }
    }

    private static Exception Translate(Exception e, string where, string option) => e switch
    {
        PostgresException p when p.SqlState is "42P01" or "3F000" or "42601" or "42703" or "42501" =>
            new InvalidInputException(new Diagnostic(where, 0, 0, option, p.MessageText)),
        PostgresException p when p.SqlState is "3D000" or "28P01" or "28000" =>
            new InvalidInputException(new Diagnostic(where, 0, 0, null, p.MessageText)),
        NpgsqlException n => new EnvironmentFailureException(where + ": the database does not answer: " + (n.InnerException?.Message ?? n.Message), isTransient: true, n),
        SqliteException s when s.SqliteErrorCode == 1 => new InvalidInputException(new Diagnostic(where, 0, 0, option, s.Message.Replace("SQLite Error 1: ", string.Empty, StringComparison.Ordinal).Trim('\'', ' ', '.'))),
        SqliteException s when s.SqliteErrorCode is 14 or 26 => new InvalidInputException(new Diagnostic(where, 0, 0, null, "not a readable SQLite database: " + s.Message)),
        SqliteException s => new EnvironmentFailureException(where + ": " + s.Message, isTransient: s.SqliteErrorCode is 5 or 6, s),
        _ => e,
    };

    private static string Sql(string where, TableSourceOptions options, char quote)
    {
        if (options.Query is { } query)
        {
            return query;
        }

        if (options.Table is not { Length: > 0 } table)
        {
            throw new InvalidInputException(Diagnostic.ForField(where, "--table", "a database needs --table <name> or --query <sql>"));
        }

        var parts = table.Split('.');
        return "SELECT * FROM " + string.Join('.', parts.Select(p => quote + p.Replace(quote.ToString(), new string(quote, 2), StringComparison.Ordinal) + quote));
    }

    /// <summary>Turns a <c>postgres://user:password@host:port/db</c> URI into Npgsql keywords; keyword strings pass through.</summary>
    private static string ToKeywords(string source)
    {
        if (!source.Contains("://", StringComparison.Ordinal))
        {
            return source;
        }

        var uri = new Uri(source);
        var builder = new NpgsqlConnectionStringBuilder { Host = uri.Host, Database = uri.AbsolutePath.Trim('/') };
        if (uri.Port > 0)
        {
            builder.Port = uri.Port;
        }

        var user = uri.UserInfo.Split(':', 2);
        if (user[0].Length > 0)
        {
            builder.Username = Uri.UnescapeDataString(user[0]);
        }

        if (user.Length > 1)
        {
            builder.Password = Uri.UnescapeDataString(user[1]);
        }

        return builder.ConnectionString;
    }
}
