using System.Globalization;

using Chujing.Domain.Evidence;

namespace Chujing.Evidence.Storage;

/// <summary>Opens the store a <c>&lt;log&gt;</c> argument names: a PostgreSQL connection string (<c>Host=…;Database=…</c> or <c>postgresql://user@host:port/database</c>) or an SQLite file path.</summary>
public static class LedgerStores
{
    /// <summary>True when <paramref name="location"/> is a PostgreSQL connection string rather than a file path.</summary>
    public static bool IsPostgres(string location)
    {
        ArgumentNullException.ThrowIfNull(location);
        return location.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
            || location.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
            || location.Contains('=', StringComparison.Ordinal)
            && (location.Contains("host=", StringComparison.OrdinalIgnoreCase) || location.Contains("server=", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Opens the store at <paramref name="location"/>.</summary>
    public static ILedgerStore Open(string location, bool create = false, bool readOnly = false) =>
        IsPostgres(location) ? PostgresLedgerStore.Open(location) : SqliteLedgerStore.Open(location, create, readOnly);

    /// <summary>
    /// Parses a stored tree-head timestamp. A timestamp that does not parse (a tampered store) becomes
    /// <see cref="DateTimeOffset.MinValue"/>, whose signed text then fails the signature check and is named there.
    /// </summary>
    internal static DateTimeOffset ParseTimestamp(string text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value) ? value : DateTimeOffset.MinValue;
}
