using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Npgsql;

namespace Chujing.Persistence;

/// <summary>
/// The PostgreSQL path of <see cref="RowInserter"/>: rows go in by binary <c>COPY</c> (one round trip, no SQL to
/// parse, no parameters to bind). Rows that may already exist go in by one <c>INSERT … SELECT … FROM unnest(…) ON
/// CONFLICT DO NOTHING</c> over one array parameter per column, which counts the new ones without a temporary table (a
/// temporary table costs a catalog entry and a file per batch, and its truncation another). Values are written with the types their
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
        if (skipExisting)
        {
            return await MergeAsync(connection, rows, properties, converters, columns, table, cancellationToken).ConfigureAwait(false);
        }

        await using (var import = await connection.BeginBinaryImportAsync($"COPY {table} ({columns}) FROM STDIN (FORMAT BINARY)", cancellationToken).ConfigureAwait(false))
        {
            var getters = properties.Select(p => p.GetGetter()).ToArray();
            var writers = properties.Select((p, c) => Writer(converters[c]?.ProviderClrType ?? p.ClrType)).ToArray();
            var provider = new ProviderValues(converters);

            // Written synchronously into the importer's buffer (it sends a full buffer on its own), each value by its
            // column's type: a value written as object has its type resolved again for every value.
            foreach (var row in rows)
            {
                cancellationToken.ThrowIfCancellationRequested();
                import.StartRow();
                for (var c = 0; c < getters.Length; c++)
                {
                    var value = provider.Of(c, getters[c].GetClrValueUsingContainingEntity(row!));
                    if (value is null)
                    {
                        import.WriteNull();
                    }
                    else
                    {
                        writers[c](import, value);
                    }
                }
            }

            await import.CompleteAsync(cancellationToken).ConfigureAwait(false);
        }

        return rows.Count;
    }

    private static Action<NpgsqlBinaryImporter, object> Writer(Type type)
    {
        var method = typeof(RowCopier).GetMethod(nameof(WriteTyped), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
            .MakeGenericMethod(Nullable.GetUnderlyingType(type) ?? type);
        return method.CreateDelegate<Action<NpgsqlBinaryImporter, object>>();
    }

    private static void WriteTyped<TValue>(NpgsqlBinaryImporter import, object value) => import.Write((TValue)value);

    private static async Task<int> MergeAsync<T>(
        NpgsqlConnection connection,
        IReadOnlyList<T> rows,
        List<IProperty> properties,
        List<ValueConverter?> converters,
        string columns,
        string table,
        CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand { Connection = connection };
        var provider = new ProviderValues(converters);
        var arrays = new string[properties.Count];
        for (var c = 0; c < properties.Count; c++)
        {
            var type = converters[c]?.ProviderClrType ?? properties[c].ClrType;
            var values = Array.CreateInstance(type, rows.Count);
            var getter = properties[c].GetGetter();
            for (var r = 0; r < rows.Count; r++)
            {
                values.SetValue(provider.Of(c, getter.GetClrValueUsingContainingEntity(rows[r]!)), r);
            }

            var name = "p" + c.ToString(System.Globalization.CultureInfo.InvariantCulture);
            command.Parameters.Add(new NpgsqlParameter(name, values));
            arrays[c] = "@" + name + "::" + properties[c].GetColumnType() + "[]";
        }

#pragma warning disable CA2100 // The text holds only model-defined names, types and parameter placeholders.
        command.CommandText = $"INSERT INTO {table} ({columns}) SELECT * FROM unnest({string.Join(", ", arrays)}) ON CONFLICT DO NOTHING";
#pragma warning restore CA2100
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
