using System.Globalization;
using Chujing.Domain.Diagnostics;
using Npgsql;

using Chujing.Domain.Evidence;

namespace Chujing.Evidence.Storage;

/// <summary>
/// A log in a PostgreSQL database, in its own schema <c>ledger</c>. A batch is one transaction whose leaves and nodes
/// go in by binary COPY; it is durable when the commit returns (with the server's default <c>synchronous_commit</c>).
/// Writers are serialised by a table lock on the tree heads.
/// </summary>
public sealed class PostgresLedgerStore : ILedgerStore
{
    private const string Schema = """
        CREATE SCHEMA ledger;
        CREATE TABLE ledger.meta (id integer PRIMARY KEY CHECK (id = 1), format text NOT NULL, suite text NOT NULL,
            public_key bytea NOT NULL, node_stride integer NOT NULL, created text NOT NULL);
        CREATE TABLE ledger.leaves (idx bigint PRIMARY KEY, hash bytea NOT NULL, body text NOT NULL);
        CREATE TABLE ledger.nodes (level integer NOT NULL, idx bigint NOT NULL, hash bytea NOT NULL, PRIMARY KEY (level, idx));
        CREATE TABLE ledger.tree_heads (size bigint PRIMARY KEY, root bytea NOT NULL, timestamp text NOT NULL, signature bytea NOT NULL);
        CREATE FUNCTION ledger.append_only() RETURNS trigger LANGUAGE plpgsql AS
            $$ BEGIN RAISE EXCEPTION 'the ledger is append-only'; END $$;
        CREATE TRIGGER meta_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON ledger.meta FOR EACH STATEMENT EXECUTE FUNCTION ledger.append_only();
        CREATE TRIGGER leaves_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON ledger.leaves FOR EACH STATEMENT EXECUTE FUNCTION ledger.append_only();
        CREATE TRIGGER nodes_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON ledger.nodes FOR EACH STATEMENT EXECUTE FUNCTION ledger.append_only();
        CREATE TRIGGER tree_heads_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON ledger.tree_heads FOR EACH STATEMENT EXECUTE FUNCTION ledger.append_only();
        """;

    private readonly NpgsqlConnection _connection;

    private PostgresLedgerStore(NpgsqlConnection connection, string name)
    {
        _connection = connection;
        Name = name;
    }

    public string Name { get; }

    /// <summary>Opens a connection with <paramref name="connectionString"/>.</summary>
    public static PostgresLedgerStore Open(string connectionString)
    {
        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = connectionString.Contains("://", StringComparison.Ordinal) ? FromUri(connectionString) : new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (Exception e) when (e is ArgumentException or UriFormatException)
        {
            throw new InvalidInputException(new Diagnostic("<log>", 0, 0, null, "not a valid PostgreSQL connection string: " + e.Message));
        }

        foreach (var (field, value) in new[] { ("Host", builder.Host), ("Database", builder.Database) })
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                throw new InvalidInputException(new Diagnostic("<log>", 0, 0, field, "the PostgreSQL connection string needs " + field + "=…"));
            }
        }

        // Named in a form the tool accepts back as <log> (without the password).
        var name = string.Create(CultureInfo.InvariantCulture, $"Host={builder.Host};Port={builder.Port};Database={builder.Database}");
        var connection = new NpgsqlConnection(builder.ConnectionString);
        try
        {
            connection.Open();
            return new PostgresLedgerStore(connection, name);
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException)
        {
            connection.Dispose();
            // Only a refused or timed-out connection is worth retrying; a missing database or a bad password is not.
            var transient = e is TimeoutException || (e is NpgsqlException npgsql && npgsql.IsTransient);
            throw new EnvironmentFailureException($"{name}: cannot connect: {e.Message}", isTransient: transient, e);
        }
    }

    // postgresql://[user[:password]@]host[:port]/database, as libpq writes it.
    private static NpgsqlConnectionStringBuilder FromUri(string text)
    {
        var uri = new Uri(text);
        var builder = new NpgsqlConnectionStringBuilder { Host = uri.Host, Database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/')) };
        if (uri.Port > 0)
        {
            builder.Port = uri.Port;
        }

        if (uri.UserInfo.Length > 0)
        {
            var parts = uri.UserInfo.Split(':', 2);
            builder.Username = Uri.UnescapeDataString(parts[0]);
            if (parts.Length == 2)
            {
                builder.Password = Uri.UnescapeDataString(parts[1]);
            }
        }

        return builder;
    }

    public void Create(LedgerMetadata metadata, TreeHead emptyHead)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        ArgumentNullException.ThrowIfNull(emptyHead);
        using var transaction = _connection.BeginTransaction();
        if (Scalar<long>("SELECT count(*) FROM pg_namespace WHERE nspname = 'ledger'") > 0)
        {
            throw new InvalidInputException(new Diagnostic(Name, 0, 0, null, "a ledger already exists here"));
        }

        Execute(Schema);
        using (var command = Command("INSERT INTO ledger.meta VALUES (1, @format, @suite, @key, @stride, @created)"))
        {
            command.Parameters.AddWithValue("format", metadata.Format);
            command.Parameters.AddWithValue("suite", metadata.Suite);
            command.Parameters.AddWithValue("key", metadata.PublicKey);
            command.Parameters.AddWithValue("stride", metadata.NodeStride);
            command.Parameters.AddWithValue("created", metadata.Created);
            command.ExecuteNonQuery();
        }

        InsertHead(emptyHead);
        transaction.Commit();
    }

    public LedgerMetadata ReadMetadata()
    {
        if (Scalar<long>("SELECT count(*) FROM pg_namespace WHERE nspname = 'ledger'") == 0)
        {
            throw new InvalidInputException(new Diagnostic(Name, 0, 0, null, "not a Chujing ledger (no schema 'ledger'; create it with 'chujing ledger init')"));
        }

        using var command = Command("SELECT format, suite, public_key, node_stride, created FROM ledger.meta WHERE id = 1");
        using var reader = command.ExecuteReader();
        return reader.Read()
            ? new LedgerMetadata(reader.GetString(0), reader.GetString(1), (byte[])reader[2], reader.GetInt32(3), reader.GetString(4))
            : throw new InvalidInputException(new Diagnostic(Name, 0, 0, null, "not a Chujing ledger"));
    }

    public TreeHead LatestHead()
    {
        using var command = Command("SELECT size, root, timestamp, signature FROM ledger.tree_heads ORDER BY size DESC LIMIT 1");
        using var reader = command.ExecuteReader();
        return reader.Read() ? ReadHead(reader) : throw new InvalidInputException(new Diagnostic(Name, 0, 0, null, "the ledger has no tree head"));
    }

    public IReadOnlyList<TreeHead> TreeHeads()
    {
        using var command = Command("SELECT size, root, timestamp, signature FROM ledger.tree_heads ORDER BY size");
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
            using var transaction = _connection.BeginTransaction();
            Execute("LOCK TABLE ledger.tree_heads IN SHARE ROW EXCLUSIVE MODE");
            var current = Scalar<long>("SELECT coalesce(max(size), 0) FROM ledger.tree_heads");
            if (current != batch.StartIndex)
            {
                throw new EnvironmentFailureException($"{Name}: another writer appended to the ledger (its size is {current}, not {batch.StartIndex}); run the append again", isTransient: true);
            }

            PostgresBatchCopy.Write(_connection, "ledger", null, batch);
            InsertHead(batch.Head);
            transaction.Commit();
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException)
        {
            throw new EnvironmentFailureException($"{Name}: the batch was not stored: {e.Message}", isTransient: e is NpgsqlException { IsTransient: true }, e);
        }
    }

    public IReadOnlyList<StoredLeaf> ReadLeaves(long from, int count)
    {
        using var command = Command("SELECT idx, hash, body FROM ledger.leaves WHERE idx >= @from ORDER BY idx LIMIT @count");
        command.Parameters.AddWithValue("from", from);
        command.Parameters.AddWithValue("count", count);
        using var reader = command.ExecuteReader();
        var leaves = new List<StoredLeaf>(Math.Min(count, 65536));
        while (reader.Read())
        {
            leaves.Add(new StoredLeaf(reader.GetInt64(0), (byte[])reader[1], reader.GetString(2)));
        }

        return leaves;
    }

    public IReadOnlyList<StoredNode> ReadNodes(int level, long from, long to)
    {
        using var command = level == 0
            ? Command("SELECT idx, hash FROM ledger.leaves WHERE idx >= @from AND idx < @to ORDER BY idx")
            : Command("SELECT idx, hash FROM ledger.nodes WHERE level = @level AND idx >= @from AND idx < @to ORDER BY idx");
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
    }

    public StrayNode? FirstStrayNode(long size, int stride, int hashLength)
    {
        using var command = Command("""
            SELECT level, idx, octet_length(hash) FROM ledger.nodes
            WHERE level < 1 OR level > 62 OR level % @stride <> 0 OR idx < 0
                OR idx >= (@size >> CASE WHEN level BETWEEN 0 AND 62 THEN level ELSE 0 END) OR octet_length(hash) <> @length
            ORDER BY level, idx LIMIT 1
            """);
        command.Parameters.AddWithValue("size", size);
        command.Parameters.AddWithValue("stride", stride);
        command.Parameters.AddWithValue("length", hashLength);
        using var reader = command.ExecuteReader();
        return reader.Read() ? new StrayNode(reader.GetInt32(0), reader.GetInt64(1), reader.GetInt32(2)) : null;
    }

    public long CountLeaves() => Scalar<long>("SELECT count(*) FROM ledger.leaves");

    public void Dispose() => _connection.Dispose();

    private static TreeHead ReadHead(NpgsqlDataReader reader) =>
        new(reader.GetInt64(0), (byte[])reader[1], LedgerStores.ParseTimestamp(reader.GetString(2)), (byte[])reader[3]);

    private void InsertHead(TreeHead head)
    {
        using var command = Command("INSERT INTO ledger.tree_heads (size, root, timestamp, signature) VALUES (@size, @root, @timestamp, @signature)");
        command.Parameters.AddWithValue("size", head.Size);
        command.Parameters.AddWithValue("root", head.RootHash);
        command.Parameters.AddWithValue("timestamp", head.TimestampText);
        command.Parameters.AddWithValue("signature", head.Signature);
        command.ExecuteNonQuery();
    }

    private NpgsqlCommand Command(string sql) => new(sql, _connection);

    private T Scalar<T>(string sql)
    {
        using var command = Command(sql);
        return (T)Convert.ChangeType(command.ExecuteScalar()!, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }

    private void Execute(string sql)
    {
        using var command = Command(sql);
        command.ExecuteNonQuery();
    }
}
