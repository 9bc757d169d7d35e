using Chujing.Diagnostics;
using Chujing.Scanning.Csv;

namespace Chujing.Scanning;

/// <summary>
/// Opens what <c>chujing scan</c> is given: a file (format from its first bytes, then its extension), standard input
/// (<c>-</c>, CSV or JSON Lines), an SQLite file or a PostgreSQL connection string with a table or a query.
/// </summary>
public static class TableSource
{
    /// <summary>Opens <paramref name="source"/>. Bad input throws <see cref="InvalidInputException"/>; an unreachable database <see cref="EnvironmentFailureException"/>.</summary>
    public static TableReader Open(string source, TableSourceOptions options)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(options);
        if (source == "-")
        {
            return CsvTableReader.Open("-", options.StandardInput);
        }

        if (!File.Exists(source))
        {
            throw new InvalidInputException(new Diagnostic(source, 0, 0, null, "no such file"));
        }

        return CsvTableReader.Open(source);
    }
}
