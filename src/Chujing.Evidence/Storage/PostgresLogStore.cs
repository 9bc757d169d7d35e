using System.Data.Common;
using Chujing.Domain.Diagnostics;
using Chujing.Domain.Evidence;
using Chujing.Evidence.Suites;
using Npgsql;

namespace Chujing.Evidence.Storage;

/// <summary>
/// One log of <see cref="PostgresLedgerLogs"/>, and its sequencer: an append locks the log's row in
/// <c>ledgers.logs</c> (<c>FOR UPDATE</c>) for its transaction, so appends from any number of nodes run one after the
/// other and each is built on the head the one before it committed. Reads use pooled connections.
/// </summary>
internal sealed class PostgresLogStore(PostgresLedgerLogs logs, string log, LedgerKeyPair? keyToStore) : ISequencedLedgerStore
{
    private long? _id;

    public string Name { get; } = logs.Name + ";Log=" + log;

    public static long? FindId(PostgresLedgerLogs logs, string log)
    {
        using var connection = logs.DataSource.OpenConnection();
        using var command = new NpgsqlCommand("SELECT id FROM ledgers.logs WHERE name = @name", connection);
        command.Parameters.AddWithValue("name", log);
        return command.ExecuteScalar() is long id ? id : null;
    }

    public void Create(LedgerMetadata metadata, TreeHead emptyHead)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        ArgumentNullException.ThrowIfNull(emptyHead);
        Guard(() =>
        {
            using var connection = logs.DataSource.OpenConnection();
            using var transaction = connection.BeginTransaction();
            using var insert = new NpgsqlCommand("""
                INSERT INTO ledgers.logs (name, format, suite, public_key, node_stride, created)
                VALUES (@name, @format, @suite, @key, @stride, @created) ON CONFLICT (name) DO NOTHING RETURNING id
                """, connection);
            insert.Parameters.AddWithValue("name", log);
            insert.Parameters.AddWithValue("format", metadata.Format);
            insert.Parameters.AddWithValue("suite", metadata.Suite);
            insert.Parameters.AddWithValue("key", metadata.PublicKey);
            insert.Parameters.AddWithValue("stride", metadata.NodeStride);
            insert.Parameters.AddWithValue("created", metadata.Created);
            if (insert.ExecuteScalar() is not long id)
            {
                throw new InvalidInputException(new Diagnostic(Name, 0, 0, null, "a ledger already exists here"));
            }

            if (keyToStore is { } key)
            {
                var (protection, bytes) = logs.Encryption is { } encryption ? encryption.Protect(log, key) : ("none", key.PrivateKey);
                using var stored = new NpgsqlCommand("INSERT INTO ledgers.signing_keys (log_id, suite, protection, private_key) VALUES (@id, @suite, @protection, @key)", connection);
                stored.Parameters.AddWithValue("id", id);
                stored.Parameters.AddWithValue("suite", key.Suite);
                stored.Parameters.AddWithValue("protection", protection);
                stored.Parameters.AddWithValue("key", bytes);
                stored.ExecuteNonQuery();
            }

            InsertHead(connection, id, emptyHead);
            transaction.Commit();
            _id = id;
            return 0;
        });
    }

    /// <summary>The stored signing key (decrypted), or null when the log does not exist (or has no key stored).</summary>
    public LedgerKeyPair? ReadKey() => Guard(() =>
    {
        using var connection = logs.DataSource.OpenConnection();
        using var command = new NpgsqlCommand("""
            SELECT k.suite, k.protection, k.private_key, l.public_key FROM ledgers.signing_keys k JOIN ledgers.logs l ON l.id = k.log_id WHERE l.name = @name
            """, connection);
        command.Parameters.AddWithValue("name", log);
        using var reader = command.ExecuteReader();
        if (!reader.Read())
        {
            return null;
        }

        var suite = reader.GetString(0);
        var privateKey = LedgerKeyEncryption.Unprotect(logs.Encryption, log, suite, reader.GetString(1), (byte[])reader[2], Name);
        return new LedgerKeyPair(suite, privateKey, (byte[])reader[3]);
    });

    public LedgerMetadata ReadMetadata() => Guard(() =>
    {
        using var connection = logs.DataSource.OpenConnection();
        using var command = new NpgsqlCommand("SELECT id, format, suite, public_key, node_stride, created FROM ledgers.logs WHERE name = @name", connection);
        command.Parameters.AddWithValue("name", log);
        using var reader = command.ExecuteReader();
        if (!reader.Read())
        {
            throw new InvalidInputException(new Diagnostic(Name, 0, 0, null, "no such ledger in this database"));
        }

        _id = reader.GetInt64(0);
        return new LedgerMetadata(reader.GetString(1), reader.GetString(2), (byte[])reader[3], reader.GetInt32(4), reader.GetString(5));
    });

    public TreeHead LatestHead() => Guard(() =>
    {
        using var connection = logs.DataSource.OpenConnection();
        return ReadLatestHead(connection);
    });

    public IReadOnlyList<TreeHead> TreeHeads() => Guard(() =>
    {
        using var connection = logs.DataSource.OpenConnection();
        using var command = Command(connection, "SELECT size, root, timestamp, signature FROM ledgers.tree_heads WHERE log_id = @id ORDER BY size");
        using var reader = command.ExecuteReader();
        var heads = new List<TreeHead>();
        while (reader.Read())
        {
            heads.Add(ReadHead(reader));
        }

        return heads;
    });

    public void Append(LedgerBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        Append(_ => batch, null);
    }

    public TreeHead Append(Func<TreeHead, LedgerBatch> build, DbTransaction? transaction)
    {
        ArgumentNullException.ThrowIfNull(build);
        return Guard(() =>
        {
            var own = transaction is null;
            var connection = own ? logs.DataSource.OpenConnection() : transaction!.Connection as NpgsqlConnection
                ?? throw new ArgumentException("not a PostgreSQL transaction", nameof(transaction));
            var current = own ? connection.BeginTransaction() : transaction!;
            try
            {
                // The sequencer: held until the transaction ends, so no other writer reads this head before the batch is
                // in. The lock and the head it guards go in one round trip; the head is read once the lock is granted.
                TreeHead latest;
                using (var locked = new NpgsqlBatch(connection))
                {
                    locked.BatchCommands.Add(new NpgsqlBatchCommand("SELECT id FROM ledgers.logs WHERE id = $1 FOR UPDATE") { Parameters = { new() { Value = Id } } });
                    locked.BatchCommands.Add(new NpgsqlBatchCommand(LatestHeadSql.Replace("@id", "$1", StringComparison.Ordinal)) { Parameters = { new() { Value = Id } } });
                    using var reader = locked.ExecuteReader();
                    reader.NextResult();
                    latest = reader.Read() ? ReadHead(reader) : throw NoHead();
                }

                var batch = build(latest);
                if (batch.StartIndex != latest.Size)
                {
                    throw new EnvironmentFailureException($"{Name}: another writer appended to the ledger (its size is {latest.Size}, not {batch.StartIndex}); run the append again", isTransient: true);
                }

                if (batch.Leaves.Count > 0)
                {
                    PostgresBatchCopy.Write(connection, "ledgers", Id, batch);
                    InsertHead(connection, Id, batch.Head);
                }

                if (own)
                {
                    current.Commit();
                }

                return batch.Head;
            }
            finally
            {
                if (own)
                {
                    current.Dispose();
                    connection.Dispose();
                }
            }
        });
    }

    public IReadOnlyList<StoredLeaf> ReadLeaves(long from, int count) => Guard(() =>
    {
        using var connection = logs.DataSource.OpenConnection();
        using var command = Command(connection, "SELECT idx, hash, body FROM ledgers.leaves WHERE log_id = @id AND idx >= @from ORDER BY idx LIMIT @count");
        command.Parameters.AddWithValue("from", from);
        command.Parameters.AddWithValue("count", count);
        using var reader = command.ExecuteReader();
        var leaves = new List<StoredLeaf>(Math.Min(count, 65536));
        while (reader.Read())
        {
            leaves.Add(new StoredLeaf(reader.GetInt64(0), (byte[])reader[1], reader.GetString(2)));
        }

        return leaves;
    });

    public IReadOnlyList<StoredNode> ReadNodes(int level, long from, long to) => Guard(() =>
    {
        using var connection = logs.DataSource.OpenConnection();
        using var command = level == 0
            ? Command(connection, "SELECT idx, hash FROM ledgers.leaves WHERE log_id = @id AND idx >= @from AND idx < @to ORDER BY idx")
            : Command(connection, "SELECT idx, hash FROM ledgers.nodes WHERE log_id = @id AND level = @level AND idx >= @from AND idx < @to ORDER BY idx");
        if (level != 0)
        {
            command.Parameters.AddWithValue("level", level);
        }

        command.Parameters.AddWithValue("from", from);
        command.Parameters.AddWithValue("to", to);
        using var reader = command.ExecuteReader();
        var nodes = new List<StoredNode>();
        while (reader.Read())
        {
            nodes.Add(new StoredNode(reader.GetInt64(0), (byte[])reader[1]));
        }

        return nodes;
    });

    public StrayNode? FirstStrayNode(long size, int stride, int hashLength) => Guard(() =>
    {
        using var connection = logs.DataSource.OpenConnection();
        using var command = Command(connection, """
            SELECT level, idx, octet_length(hash) FROM ledgers.nodes
            WHERE log_id = @id AND (level < 1 OR level > 62 OR level % @stride <> 0 OR idx < 0
                OR idx >= (@size >> CASE WHEN level BETWEEN 0 AND 62 THEN level ELSE 0 END) OR octet_length(hash) <> @length)
            ORDER BY level, idx LIMIT 1
            """);
        command.Parameters.AddWithValue("size", size);
        command.Parameters.AddWithValue("stride", stride);
        command.Parameters.AddWithValue("length", hashLength);
        using var reader = command.ExecuteReader();
        return reader.Read() ? new StrayNode(reader.GetInt32(0), reader.GetInt64(1), reader.GetInt32(2)) : null;
    });

    public long CountLeaves() => Guard(() =>
    {
        using var connection = logs.DataSource.OpenConnection();
        using var command = Command(connection, "SELECT count(*) FROM ledgers.leaves WHERE log_id = @id");
        return (long)command.ExecuteScalar()!;
    });

    // The pool belongs to the set of logs, not to one log.
    public void Dispose()
    {
    }

    private long Id => _id ??= FindId(logs, log) ?? throw new InvalidInputException(new Diagnostic(Name, 0, 0, null, "no such ledger in this database"));

    private NpgsqlCommand Command(NpgsqlConnection connection, string sql)
    {
        var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("id", Id);
        return command;
    }

    private TreeHead ReadLatestHead(NpgsqlConnection connection)
    {
        using var command = Command(connection, LatestHeadSql);
        using var reader = command.ExecuteReader();
        return reader.Read() ? ReadHead(reader) : throw NoHead();
    }

    private const string LatestHeadSql = "SELECT size, root, timestamp, signature FROM ledgers.tree_heads WHERE log_id = @id ORDER BY size DESC LIMIT 1";

    private InvalidInputException NoHead() => new(new Diagnostic(Name, 0, 0, null, "the ledger has no tree head"));

    private static TreeHead ReadHead(NpgsqlDataReader reader) =>
        new(reader.GetInt64(0), (byte[])reader[1], LedgerStores.ParseTimestamp(reader.GetString(2)), (byte[])reader[3]);

    private static void InsertHead(NpgsqlConnection connection, long id, TreeHead head)
    {
        using var command = new NpgsqlCommand("INSERT INTO ledgers.tree_heads (log_id, size, root, timestamp, signature) VALUES (@id, @size, @root, @timestamp, @signature)", connection);
        command.Parameters.AddWithValue("id", id);
        command.Parameters.AddWithValue("size", head.Size);
        command.Parameters.AddWithValue("root", head.RootHash);
        command.Parameters.AddWithValue("timestamp", head.TimestampText);
        command.Parameters.AddWithValue("signature", head.Signature);
        command.ExecuteNonQuery();
    }

    private T Guard<T>(Func<T> action)
    {
        try
        {
            return action();
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException)
        {
            throw new EnvironmentFailureException($"{Name}: {e.Message}", isTransient: e is TimeoutException or NpgsqlException { IsTransient: true }, e);
        }
    }
}
