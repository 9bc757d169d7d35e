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
    private readonly Lazy<PostgresLedgerLogs>? _database = options.Database.Provider == DatabaseProvider.Postgres
        ? new(() => PostgresLedgerLogs.Open(options.Database.ConnectionString, options.KeyEncryption))
        : null;

    private string Directory => Path.Combine(options.ResolveDataDirectory(), "ledgers");

    public async Task<LedgerAppendResult> AppendAsync(string processorUscc, IReadOnlyList<ExportEvent> events, DbTransaction? transaction, CancellationToken cancellationToken)
    {
        var open = _open.GetOrAdd(processorUscc, uscc => new Lazy<OpenLedger>(() => OpenOrCreate(uscc))).Value;
        await open.Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var head = open.Ledger.Append(events, open.Key, time, _database is null ? null : transaction);
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

        var open = _open.GetOrAdd(processorUscc, uscc => new Lazy<OpenLedger>(() => OpenOrCreate(uscc))).Value;
        await open.Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // Other nodes may have appended since this node last did.
            if (_database is not null)
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
                using var reader = EvidenceLedger.Open(_database is null ? LedgerStores.Open(PathOf(processorUscc), readOnly: true) : _database.Value.Store(processorUscc));
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

        if (_database is { IsValueCreated: true })
        {
            _database.Value.Dispose();
        }
    }

    private bool Exists(string uscc) => _database is null ? File.Exists(PathOf(uscc)) : _database.Value.Exists(uscc);

    private OpenLedger OpenOrCreate(string uscc)
    {
        if (_database is not null)
        {
            var (ledger, pair) = _database.Value.OpenOrCreate(uscc, LedgerSuites.Sha256Ed25519, time);
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
