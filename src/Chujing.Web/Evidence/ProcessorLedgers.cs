using System.Collections.Concurrent;
using Chujing.Domain.Evidence;
using Chujing.Evidence;
using Chujing.Evidence.Storage;
using Chujing.Evidence.Suites;

namespace Chujing.Web.Evidence;

/// <summary>
/// One evidence ledger per processor: an SQLite log <c>&lt;data&gt;/ledgers/&lt;USCC&gt;.ledger</c> with its signing
/// key in <c>&lt;USCC&gt;.ledger.key</c> (mode 0600), created on the processor's first export with the
/// sha256-ed25519 suite. Each log has one writer at a time (a gate per processor); different processors append in
/// parallel. The files verify offline with <c>chujing ledger verify</c>.
/// </summary>
/// <remarks>
/// The ledgers are SQLite files even when the platform's database is PostgreSQL: the ledger store keeps one log per
/// database, and a database per processor is not what operators want. The data folder must be on durable storage.
/// </remarks>
internal sealed class ProcessorLedgers(PlatformOptions options, TimeProvider time) : IEvidenceLedger, IDisposable
{
    private readonly ConcurrentDictionary<string, Lazy<OpenLedger>> _open = new(StringComparer.Ordinal);
    private readonly string _directory = Path.Combine(options.ResolveDataDirectory(), "ledgers");

    public async Task<LedgerAppendResult> AppendAsync(string processorUscc, IReadOnlyList<ExportEvent> events, CancellationToken cancellationToken)
    {
        var open = _open.GetOrAdd(processorUscc, uscc => new Lazy<OpenLedger>(() => OpenOrCreate(uscc))).Value;
        await open.Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var start = open.Ledger.Head.Size;
            var head = open.Ledger.Append(events, open.Key, time);
            return new LedgerAppendResult(start, SignedTreeHeadView.From(head, open.Ledger.Metadata));
        }
        finally
        {
            open.Gate.Release();
        }
    }

    public async Task<T> ReadAsync<T>(string processorUscc, Func<EvidenceLedger?, T> read, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(read);
        if (!_open.ContainsKey(processorUscc) && !File.Exists(PathOf(processorUscc)))
        {
            return read(null);
        }

        var open = _open.GetOrAdd(processorUscc, uscc => new Lazy<OpenLedger>(() => OpenOrCreate(uscc))).Value;
        await open.Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return read(open.Ledger);
        }
        finally
        {
            open.Gate.Release();
        }
    }

    /// <summary>The path of a processor's ledger (for export and verification).</summary>
    public string PathOf(string processorUscc) => Path.Combine(_directory, processorUscc + ".ledger");

    public void Dispose()
    {
        foreach (var open in _open.Values.Where(l => l.IsValueCreated))
        {
            open.Value.Ledger.Dispose();
            open.Value.Gate.Dispose();
        }
    }

    private OpenLedger OpenOrCreate(string uscc)
    {
        Directory.CreateDirectory(_directory);
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
        var pair = suite.GenerateKeyPair();
        LedgerKeyFile.Write(keyPath, pair);
        return new OpenLedger(EvidenceLedger.Create(LedgerStores.Open(path, create: true), suite, pair, time), pair);
    }

    private sealed record OpenLedger(EvidenceLedger Ledger, LedgerKeyPair Key)
    {
        public SemaphoreSlim Gate { get; } = new(1, 1);
    }
}
