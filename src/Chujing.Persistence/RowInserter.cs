using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Chujing.Persistence;

/// <summary>
/// Appends many rows of one entity with multi-row <c>INSERT</c> statements built from the EF model (table, columns,
/// value converters), skipping change tracking and per-row key read-back. For append-only tables written in large
/// batches (export records); generated keys are not read back. Runs on the context's connection and in its current
/// transaction. On PostgreSQL large batches go in by binary COPY instead (<see cref="RowCopier"/>).
/// </summary>
public static class RowInserter
{
    /// <summary>
    /// Parameters per statement. Engines bind parameters by name with a linear search, so a statement's binding cost
    /// grows with the square of its parameters: many statements of moderate size beat one huge one.
    /// </summary>
    private const int ParametersPerStatement = 1_000;

    /// <summary>From this many rows on, PostgreSQL takes them by binary COPY (<see cref="RowCopier"/>).</summary>
    private const int CopyFrom = 32;

    /// <summary>
    /// Inserts <paramref name="rows"/>; returns how many were inserted. With <paramref name="skipExisting"/>, rows
    /// whose key already exists are skipped (<c>ON CONFLICT DO NOTHING</c>, the same SQL on SQLite and PostgreSQL)
    /// and the count is of the new rows only.
    /// </summary>
    public static async Task<int> InsertRowsAsync<T>(this ChujingDbContext db, IReadOnlyList<T> rows, CancellationToken cancellationToken, bool skipExisting = false)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(rows);
        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException(typeof(T).Name + " is not in the model.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var properties = entity.GetProperties().Where(p => p.ValueGenerated != ValueGenerated.OnAdd && p.PropertyInfo is not null).ToList();
        var converters = properties.Select(p => p.GetTypeMapping().Converter).ToList();
        var columns = string.Join(", ", properties.Select(p => Quote(p.GetColumnName(table)!)));
        // SQLite runs in-process: one prepared single-row statement re-executed is fastest (no per-statement parse,
        // no name look-ups over thousands of parameters). PostgreSQL is across a socket: multi-row statements save
        // round trips.
        var perStatement = db.Database.IsSqlite() ? 1 : Math.Max(1, ParametersPerStatement / properties.Count);
        await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var connection = db.Database.GetDbConnection();
            var inserted = 0;
            if (connection is Npgsql.NpgsqlConnection npgsql && rows.Count >= CopyFrom)
            {
                return await RowCopier.CopyAsync(npgsql, rows, properties, converters, columns, Quote(table.Name), skipExisting, cancellationToken).ConfigureAwait(false);
            }

            if (perStatement == 1)
            {
                return await InsertOneByOneAsync(db, connection, rows, properties, converters, columns, table.Name, skipExisting, cancellationToken).ConfigureAwait(false);
            }

            var provider = new ProviderValues(converters);
            for (var start = 0; start < rows.Count; start += perStatement)
            {
                var count = Math.Min(perStatement, rows.Count - start);
                await using var command = connection.CreateCommand();
                command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
                var sql = new StringBuilder(64 + (count * properties.Count * 8));
                sql.Append("INSERT INTO ").Append(Quote(table.Name)).Append(" (").Append(columns).Append(") VALUES ");
                for (var r = 0; r < count; r++)
                {
                    sql.Append(r == 0 ? "(" : ", (");
                    for (var c = 0; c < properties.Count; c++)
                    {
                        var value = properties[c].GetGetter().GetClrValueUsingContainingEntity(rows[start + r]!);
                        var parameter = command.CreateParameter();
                        parameter.ParameterName = "@p" + ((r * properties.Count) + c).ToString(CultureInfo.InvariantCulture);
                        parameter.Value = provider.Of(c, value) ?? DBNull.Value;
                        command.Parameters.Add(parameter);
                        sql.Append(c == 0 ? string.Empty : ", ").Append(parameter.ParameterName);
                    }

                    sql.Append(')');
                }

                if (skipExisting)
                {
                    sql.Append(" ON CONFLICT DO NOTHING");
                }

#pragma warning disable CA2100 // The text holds only model-defined names and parameter placeholders; every value is a parameter.
                command.CommandText = sql.ToString();
#pragma warning restore CA2100
                inserted += await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            return inserted;
        }
        finally
        {
            await db.Database.CloseConnectionAsync().ConfigureAwait(false);
        }
    }

    private static async Task<int> InsertOneByOneAsync<T>(
        ChujingDbContext db,
        System.Data.Common.DbConnection connection,
        IReadOnlyList<T> rows,
        List<IProperty> properties,
        List<Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter?> converters,
        string columns,
        string table,
        bool skipExisting,
        CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        var parameters = new System.Data.Common.DbParameter[properties.Count];
        for (var c = 0; c < properties.Count; c++)
        {
            parameters[c] = command.CreateParameter();
            parameters[c].ParameterName = "@p" + c.ToString(CultureInfo.InvariantCulture);
            command.Parameters.Add(parameters[c]);
        }

#pragma warning disable CA2100 // The text holds only model-defined names and parameter placeholders; every value is a parameter.
        command.CommandText = $"INSERT INTO {Quote(table)} ({columns}) VALUES ({string.Join(", ", parameters.Select(p => p.ParameterName))}){(skipExisting ? " ON CONFLICT DO NOTHING" : string.Empty)}";
#pragma warning restore CA2100
        var inserted = 0;
        // The model's compiled getters, not reflection; and SQLite runs in-process, so its statements are executed
        // synchronously (its asynchronous methods only wrap the synchronous ones in a task).
        var getters = properties.Select(p => p.GetGetter()).ToArray();
        var provider = new ProviderValues(converters);
        command.Prepare();
        foreach (var row in rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            for (var c = 0; c < getters.Length; c++)
            {
                var value = getters[c].GetClrValueUsingContainingEntity(row!);
                parameters[c].Value = provider.Of(c, value) ?? DBNull.Value;
            }

            inserted += command.ExecuteNonQuery();
        }

        return inserted;
    }

    private static string Quote(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
