namespace Chujing.Web.Evidence;

/// <summary>
/// The processors' append-only evidence ledgers (one per processor, keyed by USCC): Merkle tree, signed tree heads.
/// Implementations must be safe for concurrent calls and durable when they return.
/// </summary>
public interface IEvidenceLedger
{
    /// <summary>
    /// Appends <paramref name="events"/> (validated by the ledger's reader) in order and returns the first leaf's
    /// index and the signed tree head that includes them all. Where the ledger lives in the platform's database, the
    /// batch joins <paramref name="transaction"/> (the database's open transaction) and is durable when it commits.
    /// </summary>
    Task<LedgerAppendResult> AppendAsync(string processorUscc, IReadOnlyList<Chujing.Domain.Evidence.ExportEvent> events, System.Data.Common.DbTransaction? transaction, CancellationToken cancellationToken);

    /// <summary>
    /// Runs <paramref name="read"/> on the processor's ledger while no append runs on it (null when the processor has
    /// no ledger yet). For spot checks: heads, leaves and proofs.
    /// </summary>
    Task<T> ReadAsync<T>(string processorUscc, Func<Chujing.Evidence.EvidenceLedger?, T> read, CancellationToken cancellationToken);

    /// <summary>
    /// Writes the processor's ledger to <paramref name="output"/> as a bundle, as <c>chujing ledger export</c> does
    /// (synchronous writes), from a reader of its own so that appends go on meanwhile; false when the processor has no
    /// ledger yet.
    /// </summary>
    Task<bool> ExportAsync(string processorUscc, Stream output, CancellationToken cancellationToken);
}
