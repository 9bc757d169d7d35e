using System.Globalization;
using Chujing.Domain.Diagnostics;
using Microsoft.Data.Sqlite;

using Chujing.Domain.Evidence;

namespace Chujing.Evidence.Storage;

/// <summary>
/// A log in one SQLite file, in WAL mode with <c>synchronous=FULL</c>, so that a committed batch survives a crash of
/// the process or of the machine. Leaves go in with one prepared command reused inside one transaction per batch.
/// </summary>
public sealed class SqliteLedgerStore : ILedgerStore
{
    private const string Schema = """
        CREATE TABLE ledger (id INTEGER PRIMARY KEY CHECK (id = 1), format TEXT NOT NULL, suite TEXT NOT NULL,
            public_key BLOB NOT NULL, node_stride INTEGER NOT NULL, created TEXT NOT NULL);
        CREATE TABLE leaves (idx INTEGER PRIMARY KEY, hash BLOB NOT NULL, body TEXT NOT NULL);
        CREATE TABLE nodes (level INTEGER NOT NULL, idx INTEGER NOT NULL, hash BLOB NOT NULL, PRIMARY KEY (level, idx)) WITHOUT ROWID;
        CREATE TABLE tree_heads (size INTEGER PRIMARY KEY, root BLOB NOT NULL, timestamp TEXT NOT NULL, signature BLOB NOT NULL);
        """;

    private readonly SqliteConnection _connection;

    private SqliteLedgerStore(string path, SqliteConnection connection)
    {
        Name = path;
        _connection = connection;
    }

    public string Name { get; }

    /// <summary>Opens the file at <paramref name="path"/>; <paramref name="create"/> allows creating it, <paramref name="readOnly"/> forbids writing.</summary>
    public static SqliteLedgerStore Open(string path, bool create = false, bool readOnly = false)
    {
        if (!create && !File.Exists(path))
        {
            throw new InvalidInputException(new Diagnostic(path, 0, 0, null, "no such ledger file (create it with 'chujing ledger init')"));
        }

        try
        {
            return OpenAt(path, path, create, readOnly);
        }
        catch (SqliteException e) when (readOnly && e.SqliteErrorCode is 8 or 14 && !HasPendingJournal(path))
        {
            // A write-protected copy of a WAL-mode ledger (read-only file or directory): SQLite cannot create its
            // shared-memory file beside it. With no journal pending, the file alone is the whole ledger: read it as immutable.
            try
            {
                return OpenAt(path, new Uri(Path.GetFullPath(path)).AbsoluteUri + "?immutable=1", create: false, readOnly: true);
            }
            catch (SqliteException again)
            {
                throw CannotOpen(path, again);
            }
        }
        catch (SqliteException e)
        {
            throw CannotOpen(path, e);
        }
    }

    private static EnvironmentFailureException CannotOpen(string path, SqliteException e) =>
        new($"{path}: cannot open the ledger: {e.Message}", isTransient: e.SqliteErrorCode == 5, e);

    private static bool HasPendingJournal(string path)
    {
        var wal = new FileInfo(path + "-wal");
        return wal.Exists && wal.Length > 0;
    }

    private static SqliteLedgerStore OpenAt(string path, string dataSource, bool create, bool readOnly)
    {
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = dataSource,
            Mode = readOnly ? SqliteOpenMode.ReadOnly : create ? SqliteOpenMode.ReadWriteCreate : SqliteOpenMode.ReadWrite,
            Pooling = false,
            DefaultTimeout = 30,
        };
        var connection = new SqliteConnection(builder.ToString());
        try
        {
            connection.Open();
            // Checked before any pragma, so that a file that is not a ledger is left exactly as it was.
            var tables = create ? 4 : LedgerTables(connection);
            if (tables < 4)
            {
                throw tables <= 0
                    ? new InvalidInputException(new Diagnostic(path, 0, 0, null, "not a Chujing ledger"))
                    : new EnvironmentFailureException($"{path}: the ledger is damaged: {4 - tables} of its tables (ledger, leaves, nodes, tree_heads) are missing");
            }

            if (!readOnly)
            {
                Execute(connection, "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;");
            }

            return new SqliteLedgerStore(path, connection);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private static long LedgerTables(SqliteConnection connection)
    {
        try
        {
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('ledger', 'leaves', 'nodes', 'tree_heads')";
            var count = Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
            command.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'ledger'";
            return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture) == 0 ? 0 : count;
        }
        catch (SqliteException e) when (e.SqliteErrorCode is 26)
        {
            // "file is not a database".
            return 0;
        }
    }

    public void Create(LedgerMetadata metadata, TreeHead emptyHead)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        ArgumentNullException.ThrowIfNull(emptyHead);
        using var transaction = _connection.BeginTransaction(deferred: false);
        if (Scalar<long>("SELECT count(*) FROM sqlite_master WHERE name = 'ledger'") > 0)
        {
            throw new InvalidInputException(new Diagnostic(Name, 0, 0, null, "a ledger already exists here"));
        }

        Execute(_connection, Schema + AppendOnlyTriggers());
        using (var command = Command("INSERT INTO ledger VALUES (1, $format, $suite, $key, $stride, $created)"))
        {
            command.Parameters.AddWithValue("$format", metadata.Format);
            command.Parameters.AddWithValue("$suite", metadata.Suite);
            command.Parameters.AddWithValue("$key", metadata.PublicKey);
            command.Parameters.AddWithValue("$stride", metadata.NodeStride);
            command.Parameters.AddWithValue("$created", metadata.Created);
            command.ExecuteNonQuery();
        }

        InsertHead(emptyHead);
        transaction.Commit();
    }

    public LedgerMetadata ReadMetadata()
    {
        try
        {
            using var command = Command("SELECT format, suite, public_key, node_stride, created FROM ledger WHERE id = 1");
            using var reader = command.ExecuteReader();
            if (reader.Read())
            {
                return new LedgerMetadata(reader.GetString(0), reader.GetString(1), (byte[])reader[2], reader.GetInt32(3), reader.GetString(4));
            }
        }
        catch (SqliteException e) when (e.SqliteErrorCode is 1 or 26)
        {
            // "no such table" or "file is not a database": not a ledger.
        }

        throw new InvalidInputException(new Diagnostic(Name, 0, 0, null, "not a Chujing ledger"));
    }

    public TreeHead LatestHead()
    {
        using var command = Command("SELECT size, root, timestamp, signature FROM tree_heads ORDER BY size DESC LIMIT 1");
        using var reader = command.ExecuteReader();
        return reader.Read() ? ReadHead(reader) : throw new InvalidInputException(new Diagnostic(Name, 0, 0, null, "the ledger has no tree head"));
    }

    public IReadOnlyList<TreeHead> TreeHeads()
    {
        using var command = Command("SELECT size, root, timestamp, signature FROM tree_heads ORDER BY size");
        using var reader = command.ExecuteReader();
        var heads = new List<TreeHead>();
        while (reader.Read())
        {
            heads.Add(ReadHead(reader));
        }

        return heads;
    }

    public void Append(LedgerBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        try
        {
            using var transaction = _connection.BeginTransaction(deferred: false);
            var current = Scalar<long>("SELECT coalesce(max(size), 0) FROM tree_heads");
            if (current != batch.StartIndex)
            {
                throw new EnvironmentFailureException($"{Name}: another writer appended to the ledger (its size is {current}, not {batch.StartIndex}); run the append again", isTransient: true);
            }

            using (var insert = Command("INSERT INTO leaves (idx, hash, body) VALUES ($i, $h, $b)"))
            {
                var index = insert.Parameters.Add("$i", SqliteType.Integer);
                var hash = insert.Parameters.Add("$h", SqliteType.Blob);
                var body = insert.Parameters.Add("$b", SqliteType.Text);
                insert.Prepare();
                for (var i = 0; i < batch.Leaves.Count; i++)
                {
                    index.Value = batch.StartIndex + i;
                    hash.Value = batch.LeafHashes[i];
                    body.Value = batch.Leaves[i];
                    insert.ExecuteNonQuery();
                }
            }

            using (var insert = Command("INSERT INTO nodes (level, idx, hash) VALUES ($l, $i, $h)"))
            {
                var level = insert.Parameters.Add("$l", SqliteType.Integer);
                var index = insert.Parameters.Add("$i", SqliteType.Integer);
                var hash = insert.Parameters.Add("$h", SqliteType.Blob);
                insert.Prepare();
                foreach (var (node, value) in batch.Nodes)
                {
                    level.Value = node.Level;
                    index.Value = node.Index;
                    hash.Value = value;
                    insert.ExecuteNonQuery();
                }
            }

            InsertHead(batch.Head);
            transaction.Commit();
        }
        catch (SqliteException e)
        {
            throw new EnvironmentFailureException($"{Name}: the batch was not stored: {e.Message}", isTransient: e.SqliteErrorCode == 5, e);
        }
    }

    public IReadOnlyList<StoredLeaf> ReadLeaves(long from, int count)
    {
        using var command = Command("SELECT idx, hash, body FROM leaves WHERE idx >= $from ORDER BY idx LIMIT $count");
        command.Parameters.AddWithValue("$from", from);
        command.Parameters.AddWithValue("$count", count);
        using var reader = command.ExecuteReader();
        var leaves = new List<StoredLeaf>(Math.Min(count, 65536));
        while (reader.Read())
        {
            leaves.Add(new StoredLeaf(reader.GetInt64(0), Bytes(reader, 1, "leaf hash"), reader.GetString(2)));
        }

        return leaves;
    }

    public IReadOnlyList<StoredNode> ReadNodes(int level, long from, long to)
    {
        using var command = level == 0
            ? Command("SELECT idx, hash FROM leaves WHERE idx >= $from AND idx < $to ORDER BY idx")
            : Command("SELECT idx, hash FROM nodes WHERE level = $level AND idx >= $from AND idx < $to ORDER BY idx");
        command.Parameters.AddWithValue("$level", level);
        command.Parameters.AddWithValue("$from", from);
        command.Parameters.AddWithValue("$to", to);
        using var reader = command.ExecuteReader();
        var nodes = new List<StoredNode>();
        while (reader.Read())
        {
            nodes.Add(new StoredNode(reader.GetInt64(0), Bytes(reader, 1, "node hash")));
        }

        return nodes;
    }

    public StrayNode? FirstStrayNode(long size, int stride, int hashLength)
    {
        using var command = Command("""
            SELECT level, idx, length(hash) FROM nodes
            WHERE level < 1 OR level > 62 OR level % $stride != 0 OR idx < 0 OR idx >= ($size >> level) OR typeof(hash) != 'blob' OR length(hash) != $length
            ORDER BY level, idx LIMIT 1
            """);
        command.Parameters.AddWithValue("$size", size);
        command.Parameters.AddWithValue("$stride", stride);
        command.Parameters.AddWithValue("$length", hashLength);
        using var reader = command.ExecuteReader();
        return reader.Read() ? new StrayNode(reader.GetInt32(0), reader.GetInt64(1), reader.GetInt32(2)) : null;
    }

    public long CountLeaves() => Scalar<long>("SELECT count(*) FROM leaves");

    public void Dispose() => _connection.Dispose();

    private static readonly string[] AppendOnlyTables = ["ledger", "leaves", "nodes", "tree_heads"];

    private static string AppendOnlyTriggers() => string.Concat(
        AppendOnlyTables.Select(table => string.Create(CultureInfo.InvariantCulture, $"""
            CREATE TRIGGER {table}_no_update BEFORE UPDATE ON {table} BEGIN SELECT RAISE(ABORT, 'the ledger is append-only'); END;
            CREATE TRIGGER {table}_no_delete BEFORE DELETE ON {table} BEGIN SELECT RAISE(ABORT, 'the ledger is append-only'); END;

            """)));

    private TreeHead ReadHead(SqliteDataReader reader) =>
        new(reader.GetInt64(0), Bytes(reader, 1, "root"), LedgerStores.ParseTimestamp(reader.IsDBNull(2) ? string.Empty : reader.GetString(2)), Bytes(reader, 3, "signature"));

    // A BLOB column as bytes; a tampered store may hold TEXT there (read as its bytes, which then fail the checks) or NULL.
    private byte[] Bytes(SqliteDataReader reader, int ordinal, string column) =>
        reader.IsDBNull(ordinal)
            ? throw new EnvironmentFailureException($"{Name}: the ledger is damaged: a stored {column} is NULL")
            : reader.GetFieldValue<byte[]>(ordinal);

    private void InsertHead(TreeHead head)
    {
        using var command = Command("INSERT INTO tree_heads (size, root, timestamp, signature) VALUES ($size, $root, $timestamp, $signature)");
        command.Parameters.AddWithValue("$size", head.Size);
        command.Parameters.AddWithValue("$root", head.RootHash);
        command.Parameters.AddWithValue("$timestamp", head.TimestampText);
        command.Parameters.AddWithValue("$signature", head.Signature);
        command.ExecuteNonQuery();
    }

    private SqliteCommand Command(string sql)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        return command;
    }

    private T Scalar<T>(string sql)
    {
        using var command = Command(sql);
        return (T)Convert.ChangeType(command.ExecuteScalar()!, typeof(T), CultureInfo.InvariantCulture);
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
