using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Npgsql;

namespace Chujing.Persistence;

/// <summary>
/// The PostgreSQL path of <see cref="RowInserter"/>: rows go in by binary <c>COPY</c> (one round trip, no SQL to
/// parse, no parameters to bind). Rows that may already exist are copied into a temporary table first and merged with
/// <c>INSERT … SELECT … ON CONFLICT DO NOTHING</c>, which counts the new ones. Values are written with the types their
/// CLR values map to, which the EF model also maps the columns to.
/// </summary>
internal static class RowCopier
{
    public static async Task<int> CopyAsync<T>(
        NpgsqlConnection connection,
        IReadOnlyList<T> rows,
        List<IProperty> properties,
        List<ValueConverter?> converters,
        string columns,
        string table,
        bool skipExisting,
        CancellationToken cancellationToken)
    {
        var target = table;
        if (skipExisting)
        {
            // One staging table per table and connection (created on first use), empty before and after each merge.
            target = Quote("chujing_staging_" + table.Trim('"'));
            await ExecuteAsync(connection, $"CREATE TEMP TABLE IF NOT EXISTS {target} AS SELECT {columns} FROM {table} WITH NO DATA; TRUNCATE {target}", cancellationToken).ConfigureAwait(false);
        }

        await using (var import = await connection.BeginBinaryImportAsync($"COPY {target} ({columns}) FROM STDIN (FORMAT BINARY)", cancellationToken).ConfigureAwait(false))
        {
            var getters = properties.Select(p => p.GetGetter()).ToArray();
            var provider = new ProviderValues(converters);
            foreach (var row in rows)
            {
                await import.StartRowAsync(cancellationToken).ConfigureAwait(false);
                for (var c = 0; c < getters.Length; c++)
                {
                    var value = getters[c].GetClrValueUsingContainingEntity(row!);
                    value = provider.Of(c, value);
                    if (value is null)
                    {
                        await import.WriteNullAsync(cancellationToken).ConfigureAwait(false);
                    }
                    else
                    {
                        await import.WriteAsync(value, cancellationToken).ConfigureAwait(false);
                    }
                }
            }

            await import.CompleteAsync(cancellationToken).ConfigureAwait(false);
        }

        if (!skipExisting)
        {
            return rows.Count;
        }

        var inserted = await ExecuteAsync(connection, $"INSERT INTO {table} ({columns}) SELECT {columns} FROM {target} ON CONFLICT DO NOTHING", cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(connection, $"TRUNCATE {target}", cancellationToken).ConfigureAwait(false);
        return inserted;
    }

    private static async Task<int> ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
#pragma warning disable CA2100 // The text holds only model-defined names.
        await using var command = new NpgsqlCommand(sql, connection);
#pragma warning restore CA2100
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static string Quote(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
