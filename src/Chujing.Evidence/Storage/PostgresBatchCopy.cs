using Npgsql;
using NpgsqlTypes;

namespace Chujing.Evidence.Storage;

/// <summary>
/// Writes a batch's leaves and nodes by binary COPY on a connection inside the caller's transaction: into the
/// one-log schema <c>ledger</c> (no log id) or the many-log schema <c>ledgers</c> (every row carries its log's id).
/// </summary>
internal static class PostgresBatchCopy
{
    public static void Write(NpgsqlConnection connection, string schema, long? logId, LedgerBatch batch)
    {
        var logColumn = logId is null ? string.Empty : "log_id, ";
        using (var import = connection.BeginBinaryImport($"COPY {schema}.leaves ({logColumn}idx, hash, body) FROM STDIN (FORMAT BINARY)"))
        {
            for (var i = 0; i < batch.Leaves.Count; i++)
            {
                import.StartRow();
                WriteLogId(import, logId);
                import.Write(batch.StartIndex + i, NpgsqlDbType.Bigint);
                import.Write(batch.LeafHashes[i], NpgsqlDbType.Bytea);
                import.Write(batch.Leaves[i], NpgsqlDbType.Text);
            }

            import.Complete();
        }

        using (var import = connection.BeginBinaryImport($"COPY {schema}.nodes ({logColumn}level, idx, hash) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var (node, hash) in batch.Nodes)
            {
                import.StartRow();
                WriteLogId(import, logId);
                import.Write(node.Level, NpgsqlDbType.Integer);
                import.Write(node.Index, NpgsqlDbType.Bigint);
                import.Write(hash, NpgsqlDbType.Bytea);
            }

            import.Complete();
        }
    }

    private static void WriteLogId(NpgsqlBinaryImporter import, long? logId)
    {
        if (logId is { } id)
        {
            import.Write(id, NpgsqlDbType.Bigint);
        }
    }
}
