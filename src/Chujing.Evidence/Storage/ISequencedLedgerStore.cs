using System.Data.Common;
using Chujing.Domain.Evidence;

namespace Chujing.Evidence.Storage;

/// <summary>
/// A store that many processes append to: the store itself is the log's sequencer. An append takes the log's write
/// lock in a database transaction, reads the stored latest tree head under it, lets the caller build and sign the
/// batch on top of that head, and stores the batch in the same transaction, so that two writers can never fork the
/// tree or reuse a leaf index.
/// </summary>
public interface ISequencedLedgerStore : ILedgerStore
{
    /// <summary>
    /// Appends the batch that <paramref name="build"/> makes from the stored latest head. With
    /// <paramref name="transaction"/> the batch joins it (the lock is held, and the batch becomes durable, when the
    /// caller commits); without, the store commits its own transaction before returning.
    /// </summary>
    TreeHead Append(Func<TreeHead, LedgerBatch> build, DbTransaction? transaction);
}
