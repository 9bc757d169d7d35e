using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Chujing.Persistence;

/// <summary>
/// Appends many rows of one entity with multi-row <c>INSERT</c> statements built from the EF model (table, columns,
/// value converters), skipping change tracking and per-row key read-back. For append-only tables written in large
/// batches (export records); the rows' generated keys are not read back. Runs in the caller's transaction.
/// </summary>
public static class RowInserter
{
    /// <summary>Parameters per statement, under SQLite's limit of 32,766 host parameters.</summary>
    private const int MaxParameters = 30_000;

    /// <summary>Inserts <paramref name="rows"/>; returns how many were inserted.</summary>
    public static async Task<int> InsertRowsAsync<T>(this ChujingDbContext db, IReadOnlyList<T> rows, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(rows);
        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException(typeof(T).Name + " is not in the model.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var properties = entity.GetProperties().Where(p => p.ValueGenerated != ValueGenerated.OnAdd && p.PropertyInfo is not null).ToList();
        var columns = string.Join(", ", properties.Select(p => Quote(p.GetColumnName(table)!)));
        var perStatement = Math.Max(1, MaxParameters / properties.Count);
        var inserted = 0;
        for (var start = 0; start < rows.Count; start += perStatement)
        {
            var count = Math.Min(perStatement, rows.Count - start);
            var sql = new StringBuilder(64 + (count * properties.Count * 6));
            sql.Append("INSERT INTO ").Append(Quote(table.Name)).Append(" (").Append(columns).Append(") VALUES ");
            var parameters = new object[count * properties.Count];
            using var factory = db.Database.GetDbConnection().CreateCommand();
            for (var r = 0; r < count; r++)
            {
                sql.Append(r == 0 ? "(" : ", (");
                for (var c = 0; c < properties.Count; c++)
                {
                    var index = (r * properties.Count) + c;
                    var property = properties[c];
                    var value = property.PropertyInfo!.GetValue(rows[start + r]);
                    var converter = property.GetTypeMapping().Converter;
                    // Named provider parameters: a null needs no CLR type to be bound, unlike EF's positional ones.
                    var parameter = factory.CreateParameter();
                    parameter.ParameterName = "@p" + index.ToString(CultureInfo.InvariantCulture);
                    parameter.Value = (converter is null || value is null ? value : converter.ConvertToProvider(value)) ?? DBNull.Value;
                    parameters[index] = parameter;
                    sql.Append(c == 0 ? string.Empty : ", ").Append(parameter.ParameterName);
                }

                sql.Append(')');
            }

#pragma warning disable EF1002 // Only placeholders and model-defined names are in the text; every value is a parameter.
            inserted += await db.Database.ExecuteSqlRawAsync(sql.ToString(), parameters, cancellationToken).ConfigureAwait(false);
#pragma warning restore EF1002
        }

        return inserted;
    }

    private static string Quote(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
