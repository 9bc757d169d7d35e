using Chujing.Domain.Diagnostics;
using Chujing.Evidence.Suites;
using Npgsql;

namespace Chujing.Evidence.Storage;

/// <summary>
/// Many logs in one PostgreSQL database, in the schema <c>ledgers</c> (docs/evidence-log-format.md, "Many logs in
/// one database"): a row per log in <c>ledgers.logs</c>, every leaf, node and tree head carrying its log's id, and
/// each log's signing key beside it in <c>ledgers.signing_keys</c> (encrypted under a <see cref="LedgerKeyEncryption"/>
/// that is not in the database, when the operator supplies one). Every table is append-only (triggers refuse
/// UPDATE, DELETE and TRUNCATE). Thread-safe: connections come from one pool.
/// </summary>
public sealed class PostgresLedgerLogs : IDisposable
{
    private const string Schema = """
        CREATE SCHEMA ledgers;
        CREATE TABLE ledgers.logs (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name text NOT NULL UNIQUE,
            format text NOT NULL, suite text NOT NULL, public_key bytea NOT NULL, node_stride integer NOT NULL, created text NOT NULL);
        CREATE TABLE ledgers.signing_keys (log_id bigint PRIMARY KEY REFERENCES ledgers.logs (id), suite text NOT NULL,
            protection text NOT NULL, private_key bytea NOT NULL);
        CREATE TABLE ledgers.leaves (log_id bigint NOT NULL, idx bigint NOT NULL, hash bytea NOT NULL, body text NOT NULL, PRIMARY KEY (log_id, idx));
        CREATE TABLE ledgers.nodes (log_id bigint NOT NULL, level integer NOT NULL, idx bigint NOT NULL, hash bytea NOT NULL, PRIMARY KEY (log_id, level, idx));
        CREATE TABLE ledgers.tree_heads (log_id bigint NOT NULL, size bigint NOT NULL, root bytea NOT NULL, timestamp text NOT NULL,
            signature bytea NOT NULL, PRIMARY KEY (log_id, size));
        CREATE FUNCTION ledgers.append_only() RETURNS trigger LANGUAGE plpgsql AS
            $$ BEGIN RAISE EXCEPTION 'the ledger is append-only'; END $$;
        CREATE TRIGGER logs_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON ledgers.logs FOR EACH STATEMENT EXECUTE FUNCTION ledgers.append_only();
        CREATE TRIGGER signing_keys_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON ledgers.signing_keys FOR EACH STATEMENT EXECUTE FUNCTION ledgers.append_only();
        CREATE TRIGGER leaves_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON ledgers.leaves FOR EACH STATEMENT EXECUTE FUNCTION ledgers.append_only();
        CREATE TRIGGER nodes_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON ledgers.nodes FOR EACH STATEMENT EXECUTE FUNCTION ledgers.append_only();
        CREATE TRIGGER tree_heads_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON ledgers.tree_heads FOR EACH STATEMENT EXECUTE FUNCTION ledgers.append_only();
        """;

    // Taken while the schema is created, so that nodes starting together do not race on CREATE SCHEMA.
    private const long SchemaLock = 0x6368756a696e67; // "chujing"

    private readonly NpgsqlDataSource _dataSource;

    private PostgresLedgerLogs(NpgsqlDataSource dataSource, string name, LedgerKeyEncryption? encryption)
    {
        _dataSource = dataSource;
        Name = name;
        Encryption = encryption;
    }

    /// <summary>The database, for messages (host, port and database; no password).</summary>
    public string Name { get; }

    internal NpgsqlDataSource DataSource => _dataSource;

    /// <summary>The key-encryption key of the signing keys; null stores new keys unencrypted.</summary>
    internal LedgerKeyEncryption? Encryption { get; }

    /// <summary>
    /// Connects with <paramref name="connectionString"/> (key=value form) and creates the schema when it is missing.
    /// New signing keys are stored encrypted under <paramref name="encryption"/> when it is given; keys stored
    /// encrypted can only be read with it.
    /// </summary>
    public static PostgresLedgerLogs Open(string connectionString, LedgerKeyEncryption? encryption = null)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        var name = $"Host={builder.Host};Port={builder.Port};Database={builder.Database}";
        var dataSource = NpgsqlDataSource.Create(builder);
        try
        {
            using var connection = dataSource.OpenConnection();
            using var transaction = connection.BeginTransaction();
            using (var command = new NpgsqlCommand("SELECT pg_advisory_xact_lock(@key)", connection))
            {
                command.Parameters.AddWithValue("key", SchemaLock);
                command.ExecuteNonQuery();
            }

            using (var exists = new NpgsqlCommand("SELECT count(*) FROM pg_namespace WHERE nspname = 'ledgers'", connection))
            {
                if ((long)exists.ExecuteScalar()! == 0)
                {
                    using var create = new NpgsqlCommand(Schema, connection);
                    create.ExecuteNonQuery();
                }
            }

            transaction.Commit();
            return new PostgresLedgerLogs(dataSource, name, encryption);
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException)
        {
            dataSource.Dispose();
            throw new EnvironmentFailureException($"{name}: cannot open the ledgers: {e.Message}", isTransient: e is NpgsqlException { IsTransient: true }, e);
        }
    }

    /// <summary>True when a log named <paramref name="name"/> exists.</summary>
    public bool Exists(string name) => PostgresLogStore.FindId(this, name) is not null;

    /// <summary>The log named <paramref name="name"/> (its store only; <see cref="EvidenceLedger.Open"/> reads it).</summary>
    public ILedgerStore Store(string name) => new PostgresLogStore(this, name, keyToStore: null);

    /// <summary>
    /// Opens the log named <paramref name="name"/> with its stored signing key, or creates it with a new key of
    /// <paramref name="suite"/>. When two nodes create the same log at once, one log is created and both open it.
    /// </summary>
    public (EvidenceLedger Ledger, LedgerKeyPair Key) OpenOrCreate(string name, ILedgerSuite suite, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(suite);
        var existing = new PostgresLogStore(this, name, keyToStore: null);
        if (existing.ReadKey() is { } key)
        {
            return (Checked(EvidenceLedger.Open(existing), key), key);
        }

        var pair = suite.GenerateKeyPair();
        var creating = new PostgresLogStore(this, name, pair);
        try
        {
            return (EvidenceLedger.Create(creating, suite, pair, time), pair);
        }
        catch (InvalidInputException) when (existing.ReadKey() is { } winner)
        {
            // Another node created it first; its key is the log's.
            return (Checked(EvidenceLedger.Open(existing), winner), winner);
        }
    }

    public void Dispose() => _dataSource.Dispose();

    private static EvidenceLedger Checked(EvidenceLedger ledger, LedgerKeyPair key)
    {
        LedgerKeyFile.EnsureMatches(ledger.Store.Name, key, ledger.Suite, ledger.Metadata.PublicKey);
        return ledger;
    }
}
