using Chujing.Domain.Evidence;

namespace Chujing.Evidence.Storage;

/// <summary>
/// Where a log lives. Append-only by construction: there is a way to create, to append a whole batch and to read,
/// and no way to update or delete (the schemas also refuse UPDATE and DELETE with triggers). Not thread-safe: one
/// instance per writer; concurrent writers in other processes are detected when a batch commits.
/// </summary>
public interface ILedgerStore : IDisposable
{
    /// <summary>A display name of the log for messages (file path, or host and database).</summary>
    string Name { get; }

    /// <summary>Creates the schema and records the log's metadata and first tree head. Throws <see cref="Domain.Diagnostics.InvalidInputException"/> when a log already exists there.</summary>
    void Create(LedgerMetadata metadata, TreeHead emptyHead);

    /// <summary>The metadata. Throws <see cref="Domain.Diagnostics.InvalidInputException"/> when this is not a ledger.</summary>
    LedgerMetadata ReadMetadata();

    /// <summary>The tree head with the largest size.</summary>
    TreeHead LatestHead();

    /// <summary>Every tree head, by size.</summary>
    IReadOnlyList<TreeHead> TreeHeads();

    /// <summary>
    /// Stores a batch in one transaction — leaves, completed nodes and the new tree head — and returns only once it
    /// is durably committed. Throws <see cref="Domain.Diagnostics.EnvironmentFailureException"/> when another writer
    /// appended since <paramref name="batch"/> was built (nothing is written then).
    /// </summary>
    void Append(LedgerBatch batch);

    /// <summary>Up to <paramref name="count"/> leaves from index <paramref name="from"/>, in index order.</summary>
    IReadOnlyList<StoredLeaf> ReadLeaves(long from, int count);

    /// <summary>The stored node hashes of <paramref name="level"/> with index in [from, to), in index order; level 0 reads leaf hashes.</summary>
    IReadOnlyList<StoredNode> ReadNodes(int level, long from, long to);

    /// <summary>
    /// The first stored node (level ≥ 1) that does not belong to a tree of <paramref name="size"/> leaves stored with
    /// <paramref name="stride"/>, or whose hash is not <paramref name="hashLength"/> bytes; null when there is none.
    /// </summary>
    StrayNode? FirstStrayNode(long size, int stride, int hashLength);

    /// <summary>The number of leaves stored (which a sound log has equal to the latest head's size).</summary>
    long CountLeaves();
}
