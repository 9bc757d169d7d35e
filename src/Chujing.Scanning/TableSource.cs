using System.Text;
using Chujing.Domain.Diagnostics;
using Chujing.Scanning.Csv;
using Chujing.Scanning.DbTable;
using Chujing.Scanning.Jsonl;
using Chujing.Scanning.Parquet;
using Chujing.Scanning.Xlsx;

namespace Chujing.Scanning;

/// <summary>
/// Opens what <c>chujing scan</c> is given: a file (format from its first bytes, then its extension), standard input
/// (<c>-</c>: CSV, or JSON Lines with <c>--format jsonl</c>), an SQLite file or a PostgreSQL connection string with a
/// table or a query.
/// </summary>
public static class TableSource
{
    /// <summary>Opens <paramref name="source"/>. Bad input throws <see cref="InvalidInputException"/>; an unreachable database <see cref="EnvironmentFailureException"/>.</summary>
    public static TableReader Open(string source, TableSourceOptions options)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(options);
        if (options.Table is not null && options.Query is not null)
        {
            throw new InvalidInputException(Diagnostic.ForField(null, "--table", "scans a table; --query scans a query result: give one of them, not both"));
        }

        if (source == "-")
        {
            RefuseDatabaseOptions(options, "standard input");
            return options.Format switch
            {
                null or "csv" => CsvTableReader.Open("-", options.StandardInput),
                "jsonl" => JsonlTableReader.Open("-", options.StandardInput ?? Console.OpenStandardInput()),
                _ => throw new InvalidInputException(Diagnostic.ForField("stdin", "--format", "standard input is read as CSV or JSON Lines; save a " + options.Format + " file and scan the file")),
            };
        }

        if (DbTableSource.IsPostgres(source) && !File.Exists(source))
        {
            return DbTableSource.OpenPostgres(source, options);
        }

        if (DbTableSource.SqliteFileOf(source) is { } sqliteFile)
        {
            return DbTableSource.OpenSqlite(sqliteFile, options);
        }

        if (!File.Exists(source))
        {
            throw new InvalidInputException(new Diagnostic(source, 0, 0, null, Directory.Exists(source) ? "a folder, not a file" : "no such file"));
        }

        var format = options.Format ?? Sniff(source);
        if (format != "sqlite")
        {
            RefuseDatabaseOptions(options, "a " + format + " file");
        }

        return format switch
        {
            "xlsx" => XlsxTableReader.Open(source),
            "parquet" => ParquetTableReader.Open(source),
            "sqlite" => DbTableSource.OpenSqlite(source, options),
            "jsonl" => JsonlTableReader.Open(source),
            "csv" => CsvTableReader.Open(source),
            var other => throw new InvalidInputException(Diagnostic.ForField(null, "--format", "unknown format '" + other + "'", "csv, xlsx, jsonl, parquet or sqlite")),
        };
    }

    /// <summary>--table and --query name a database table or query; anything else would silently ignore them.</summary>
    private static void RefuseDatabaseOptions(TableSourceOptions options, string what)
    {
        if (options.Table is not null || options.Query is not null)
        {
            var option = options.Table is not null ? "--table" : "--query";
            throw new InvalidInputException(Diagnostic.ForField(null, option, "applies to SQLite and PostgreSQL sources only, not to " + what));
        }
    }

    /// <summary>The format from the file's magic bytes, then its extension; CSV otherwise.</summary>
    public static string Sniff(string path)
    {
        Span<byte> head = stackalloc byte[16];
        int read;
        using (var stream = File.OpenRead(path))
        {
            read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        }

        head = head[..read];
        if (head.StartsWith("SQLite format 3\0"u8))
        {
            return "sqlite";
        }

        if (head.StartsWith("PAR1"u8))
        {
            return "parquet";
        }

        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (head.StartsWith("PK\u0003\u0004"u8) || extension is ".xlsx" or ".xlsm")
        {
            return "xlsx";
        }

        if (extension is ".jsonl" or ".ndjson")
        {
            return "jsonl";
        }

        if (extension is ".db" or ".sqlite" or ".sqlite3")
        {
            return "sqlite";
        }

        if (extension == ".parquet")
        {
            return "parquet";
        }

        var trimmed = Encoding.UTF8.GetString(head).TrimStart('\uFEFF', ' ', '\r', '\n');
        return trimmed.StartsWith('{') ? "jsonl" : "csv";
    }
}
