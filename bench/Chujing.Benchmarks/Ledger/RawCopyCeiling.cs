using System.Diagnostics;
using System.Globalization;
using Npgsql;
using NpgsqlTypes;

namespace Chujing.Benchmarks.Ledger;

/// <summary>
/// The ceiling of evidence ingestion on PostgreSQL: the rows one batch of ingestion adds — its leaves, nodes and tree
/// head, its export records, its deviations — written by binary COPY alone, one transaction per batch under the log's
/// row lock, committed with the server's durability, with no HTTP, no JSON, no hashing, no check and no decisions.
/// The tables are copies (<c>LIKE … INCLUDING ALL</c>: columns, defaults, identities, indexes) of the platform's own,
/// in a schema <c>rawcopy</c> dropped afterwards, and the rows are the first batch the platform stored there, with
/// their leaf indexes moved on batch by batch. Run it on a database the evidence benchmark has filled
/// (bench/serve/evidence.sh with DB=…).
/// Usage: raw-copy &lt;connection string&gt; [seconds, default 10] [batch, default 1000]
/// </summary>
internal static class RawCopyCeiling
{
    public static void Run(string[] args)
    {
        var connectionString = args.Length > 1 ? args[1] : throw new ArgumentException("usage: raw-copy <connection string> [seconds] [batch]");
        var seconds = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 10;
        var batch = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 1000;
        using var dataSource = NpgsqlDataSource.Create(connectionString);
        using var connection = dataSource.OpenConnection();
        Execute(connection, """
            DROP SCHEMA IF EXISTS rawcopy CASCADE; CREATE SCHEMA rawcopy;
            CREATE TABLE rawcopy.logs (LIKE ledgers.logs INCLUDING ALL);
            CREATE TABLE rawcopy.leaves (LIKE ledgers.leaves INCLUDING ALL);
            CREATE TABLE rawcopy.nodes (LIKE ledgers.nodes INCLUDING ALL);
            CREATE TABLE rawcopy.tree_heads (LIKE ledgers.tree_heads INCLUDING ALL);
            CREATE TABLE rawcopy.export_records (LIKE public.export_records INCLUDING ALL);
            CREATE TABLE rawcopy.export_deviations (LIKE public.export_deviations INCLUDING ALL);
            INSERT INTO rawcopy.logs (name, format, suite, public_key, node_stride, created)
                SELECT 'ceiling', format, suite, public_key, node_stride, created FROM ledgers.logs LIMIT 1;
            """);
        var leaves = Read(connection, $"SELECT hash, body FROM ledgers.leaves ORDER BY log_id, idx LIMIT {batch}", r => (Hash: (byte[])r[0], Body: r.GetString(1)));
        var records = Read(connection, $"""
            SELECT "ProcessorId", "ZoneGroupId", "FilingId", "Time", "Year", "Recipient", "Country", "Scenario", "Persons", "Sensitive", "RecordedAt"
            FROM export_records ORDER BY "Id" LIMIT {batch}
            """, r => new object?[] { r.GetInt32(0), r.GetString(1), r.IsDBNull(2) ? null : r.GetString(2), r.GetFieldValue<DateTime>(3), r.GetInt32(4), r.GetString(5), r.GetString(6), r.IsDBNull(7) ? null : r.GetString(7), r.GetInt64(8), r.GetBoolean(9), r.GetFieldValue<DateTime>(10) });
        var deviations = Read(connection, """
            SELECT "ProcessorId", "ZoneGroupId", "FilingId", "EventTime", "Year", "Kind", "Path", "Severity", "Detail", "DetailEn", "BasisRules", "BasisCitations", "RecordedAt"
            FROM export_deviations ORDER BY "Id" LIMIT 10
            """, r => new object?[] { r.GetInt32(0), r.GetString(1), r.IsDBNull(2) ? null : r.GetString(2), r.GetFieldValue<DateTime>(3), r.GetInt32(4), r.GetString(5), r.GetString(6), r.GetString(7), r.GetString(8), r.GetString(9), r.GetFieldValue<string[]>(10), r.GetFieldValue<string[]>(11), r.GetFieldValue<DateTime>(12) });
        var head = Read(connection, "SELECT root, timestamp, signature FROM ledgers.tree_heads ORDER BY size DESC LIMIT 1", r => (Root: (byte[])r[0], Timestamp: r.GetString(1), Signature: (byte[])r[2]))[0];
        var logId = (long)new NpgsqlCommand("SELECT id FROM rawcopy.logs", connection).ExecuteScalar()!;
        if (leaves.Count < batch || records.Count < batch)
        {
            throw new InvalidOperationException($"the database holds fewer than {batch} leaves and records: run bench/serve/evidence.sh on it first");
        }

        var size = 0L;
        var batches = 0;
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed.TotalSeconds < seconds)
        {
            using var transaction = connection.BeginTransaction();
            using (var lockRow = new NpgsqlCommand("SELECT id FROM rawcopy.logs WHERE id = $1 FOR UPDATE", connection) { Parameters = { new() { Value = logId } } })
            {
                lockRow.ExecuteNonQuery();
            }

            using (var import = connection.BeginBinaryImport("COPY rawcopy.leaves (log_id, idx, hash, body) FROM STDIN (FORMAT BINARY)"))
            {
                for (var i = 0; i < batch; i++)
                {
                    import.StartRow();
                    import.Write(logId, NpgsqlDbType.Bigint);
                    import.Write(size + i, NpgsqlDbType.Bigint);
                    import.Write(leaves[i].Hash, NpgsqlDbType.Bytea);
                    import.Write(leaves[i].Body, NpgsqlDbType.Text);
                }

                import.Complete();
            }

            // The nodes of a stride-4 tree that the batch completes: one in 16 of its leaves at level 4, and so on up.
            using (var import = connection.BeginBinaryImport("COPY rawcopy.nodes (log_id, level, idx, hash) FROM STDIN (FORMAT BINARY)"))
            {
                for (var level = 4; level < 63 && (size + batch) >> level > size >> level; level += 4)
                {
                    for (var idx = size >> level; idx < (size + batch) >> level; idx++)
                    {
                        import.StartRow();
                        import.Write(logId, NpgsqlDbType.Bigint);
                        import.Write(level, NpgsqlDbType.Integer);
                        import.Write(idx, NpgsqlDbType.Bigint);
                        import.Write(head.Root, NpgsqlDbType.Bytea);
                    }
                }

                import.Complete();
            }

            using (var insert = new NpgsqlCommand("INSERT INTO rawcopy.tree_heads (log_id, size, root, timestamp, signature) VALUES ($1, $2, $3, $4, $5)", connection))
            {
                insert.Parameters.Add(new() { Value = logId });
                insert.Parameters.Add(new() { Value = size + batch });
                insert.Parameters.Add(new() { Value = head.Root });
                insert.Parameters.Add(new() { Value = head.Timestamp });
                insert.Parameters.Add(new() { Value = head.Signature });
                insert.ExecuteNonQuery();
            }

            using (var import = connection.BeginBinaryImport("""
                COPY rawcopy.export_records ("ProcessorId", "ZoneGroupId", "FilingId", "Time", "Year", "Recipient", "Country", "Scenario", "Persons", "Sensitive", "RecordedAt", "LeafIndex", "TreeSize") FROM STDIN (FORMAT BINARY)
                """))
            {
                for (var i = 0; i < batch; i++)
                {
                    import.StartRow();
                    foreach (var value in records[i])
                    {
                        Write(import, value);
                    }

                    import.Write(size + i, NpgsqlDbType.Bigint);
                    import.Write(size + batch, NpgsqlDbType.Bigint);
                }

                import.Complete();
            }

            using (var import = connection.BeginBinaryImport("""
                COPY rawcopy.export_deviations ("ProcessorId", "ZoneGroupId", "FilingId", "EventTime", "Year", "Kind", "Path", "Severity", "Detail", "DetailEn", "BasisRules", "BasisCitations", "RecordedAt", "LeafIndex") FROM STDIN (FORMAT BINARY)
                """))
            {
                for (var i = 0; i < deviations.Count; i++)
                {
                    import.StartRow();
                    foreach (var value in deviations[i])
                    {
                        Write(import, value);
                    }

                    import.Write(size + (i * 100), NpgsqlDbType.Bigint);
                }

                import.Complete();
            }

            transaction.Commit();
            size += batch;
            batches++;
        }

        var elapsed = clock.Elapsed.TotalSeconds;
        Execute(connection, "DROP SCHEMA rawcopy CASCADE");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"raw COPY: {size / elapsed:F0} events/s ({batches} transactions of {batch} leaves and records, {deviations.Count} deviations, in {elapsed:F1} s)"));
    }

    private static void Write(NpgsqlBinaryImporter import, object? value)
    {
        switch (value)
        {
            case null: import.WriteNull(); break;
            case int i: import.Write(i, NpgsqlDbType.Integer); break;
            case long l: import.Write(l, NpgsqlDbType.Bigint); break;
            case bool b: import.Write(b, NpgsqlDbType.Boolean); break;
            case string s: import.Write(s, NpgsqlDbType.Text); break;
            case DateTime t: import.Write(t, NpgsqlDbType.TimestampTz); break;
            case string[] a: import.Write(a, NpgsqlDbType.Array | NpgsqlDbType.Text); break;
            default: throw new InvalidOperationException("unexpected value " + value.GetType());
        }
    }

    private static List<T> Read<T>(NpgsqlConnection connection, string sql, Func<NpgsqlDataReader, T> row)
    {
        using var command = new NpgsqlCommand(sql, connection);
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(row(reader));
        }

        return rows;
    }

    private static void Execute(NpgsqlConnection connection, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
