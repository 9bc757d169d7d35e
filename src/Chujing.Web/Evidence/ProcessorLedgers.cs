using System.Collections.Concurrent;
using System.Data.Common;
using Chujing.Domain.Evidence;
using Chujing.Evidence;
using Chujing.Evidence.Bundles;
using Chujing.Evidence.Storage;
using Chujing.Evidence.Suites;
using Chujing.Persistence;

namespace Chujing.Web.Evidence;

/// <summary>
/// One evidence ledger per processor, created on the processor's first export with the sha256-ed25519 suite. On
/// SQLite (one machine): an SQLite log <c>&lt;data&gt;/ledgers/&lt;USCC&gt;.ledger</c> with its signing key in
/// <c>&lt;USCC&gt;.ledger.key</c> (mode 0600). On PostgreSQL: a log in the platform's database (schema
/// <c>ledgers</c>, named by the USCC) with its signing key beside it (encrypted under the operator's key-encryption
/// key when one is supplied), so that a node keeps nothing on disk and any
/// node may append to any processor's log; the database sequences the appends. Within a node each log has one
/// writer at a time (a gate per processor); different processors append in parallel.
/// </summary>
internal sealed class ProcessorLedgers(PlatformOptions options, TimeProvider time) : IEvidenceLedger, IDisposable
{
    private readonly ConcurrentDictionary<string, Lazy<OpenLedger>> _open = new(StringComparer.Ordinal);
    private readonly bool _inDatabase = options.Database.Provider == DatabaseProvider.Postgres;
    private readonly Lock _databaseLock = new();
    private PostgresLedgerLogs? _database;

    private string Directory => Path.Combine(options.ResolveDataDirectory(), "ledgers");

    public async Task<LedgerAppendResult> AppendAsync(string processorUscc, IReadOnlyList<ExportEvent> events, DbTransaction? transaction, CancellationToken cancellationToken)
    {
        var open = Get(processorUscc);
        await open.Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var head = open.Ledger.Append(events, open.Key, time, _inDatabase ? transaction : null);
            return new LedgerAppendResult(head.Size - events.Count, SignedTreeHeadView.From(head, open.Ledger.Metadata));
        }
        finally
        {
            open.Gate.Release();
        }
    }

    public async Task<T> ReadAsync<T>(string processorUscc, Func<EvidenceLedger?, T> read, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(read);
        if (!_open.ContainsKey(processorUscc) && !Exists(processorUscc))
        {
            return read(null);
        }

        var open = Get(processorUscc);
        await open.Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // Other nodes may have appended since this node last did.
            if (_inDatabase)
            {
                open.Ledger.Refresh();
            }

            return read(open.Ledger);
        }
        finally
        {
            open.Gate.Release();
        }
    }

    public Task<bool> ExportAsync(string processorUscc, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (!Exists(processorUscc))
        {
            return Task.FromResult(false);
        }

        return Task.Run(
            () =>
            {
                // The bundle stops at the latest head read when it starts; later appends are for the next download.
                using var reader = EvidenceLedger.Open(_inDatabase ? Database.Store(processorUscc) : LedgerStores.Open(PathOf(processorUscc), readOnly: true));
                LedgerBundle.Export(reader, output, (_, _) => cancellationToken.ThrowIfCancellationRequested());
                return true;
            },
            cancellationToken);
    }

    /// <summary>The path of a processor's ledger file on SQLite.</summary>
    public string PathOf(string processorUscc) => Path.Combine(Directory, processorUscc + ".ledger");

    public void Dispose()
    {
        foreach (var open in _open.Values.Where(l => l.IsValueCreated))
        {
            open.Value.Ledger.Dispose();
            open.Value.Gate.Dispose();
        }

        _database?.Dispose();
    }

    // Opened on first use; a database that did not answer then is tried again on the next request.
    private PostgresLedgerLogs Database
    {
        get
        {
            lock (_databaseLock)
            {
                return _database ??= PostgresLedgerLogs.Open(options.Database.ConnectionString, options.KeyEncryption);
            }
        }
    }

    private bool Exists(string uscc) => _inDatabase ? Database.Exists(uscc) : File.Exists(PathOf(uscc));

    // The processor's open ledger; a failure to open it (the database down, say) is not remembered.
    private OpenLedger Get(string uscc)
    {
        var lazy = _open.GetOrAdd(uscc, u => new Lazy<OpenLedger>(() => OpenOrCreate(u)));
        try
        {
            return lazy.Value;
        }
        catch
        {
            _open.TryRemove(KeyValuePair.Create(uscc, lazy));
            throw;
        }
    }

    private OpenLedger OpenOrCreate(string uscc)
    {
        if (_inDatabase)
        {
            var (ledger, pair) = Database.OpenOrCreate(uscc, LedgerSuites.Sha256Ed25519, time);
            return new OpenLedger(ledger, pair);
        }

        System.IO.Directory.CreateDirectory(Directory);
        var path = PathOf(uscc);
        var keyPath = LedgerKeyFile.DefaultPathFor(path);
        if (File.Exists(path))
        {
            var existing = EvidenceLedger.Open(LedgerStores.Open(path));
            var key = LedgerKeyFile.Read(keyPath);
            LedgerKeyFile.EnsureMatches(keyPath, key, existing.Suite, existing.Metadata.PublicKey);
            return new OpenLedger(existing, key);
        }

        var suite = LedgerSuites.Sha256Ed25519;
        var created = suite.GenerateKeyPair();
        LedgerKeyFile.Write(keyPath, created);
        return new OpenLedger(EvidenceLedger.Create(LedgerStores.Open(path, create: true), suite, created, time), created);
    }

    private sealed record OpenLedger(EvidenceLedger Ledger, LedgerKeyPair Key)
    {
        public SemaphoreSlim Gate { get; } = new(1, 1);
    }
}
