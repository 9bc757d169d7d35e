namespace Chujing.Domain.Evidence.Merkle;

/// <summary>
/// The right edge of a growing tree (a "compact range" [0, n)): one hash per set bit of n, the roots of the perfect
/// subtrees that make up the leaves so far. Appending a leaf merges equal-sized neighbours and reports each perfect
/// node it completes, which is how stores keep the nodes that make proofs O(log n). Not thread-safe.
/// </summary>
public sealed class MerkleFrontier
{
    private readonly MerkleHasher _hasher;
    private readonly List<(int Level, byte[] Hash)> _nodes = [];

    /// <summary>An empty tree.</summary>
    public MerkleFrontier(MerkleHasher hasher)
    {
        ArgumentNullException.ThrowIfNull(hasher);
        _hasher = hasher;
    }

    /// <summary>
    /// The frontier of a tree of <paramref name="size"/> leaves from the hashes of the perfect nodes of
    /// <see cref="MerkleNode.Decompose"/>(0, size), in that order.
    /// </summary>
    public MerkleFrontier(MerkleHasher hasher, long size, IReadOnlyList<byte[]> perfectNodeHashes)
        : this(hasher)
    {
        ArgumentNullException.ThrowIfNull(perfectNodeHashes);
        var nodes = MerkleNode.Decompose(0, size);
        if (nodes.Count != perfectNodeHashes.Count)
        {
            throw new ArgumentException($"A tree of {size} leaves has {nodes.Count} frontier nodes, not {perfectNodeHashes.Count}.", nameof(perfectNodeHashes));
        }

        for (var i = 0; i < nodes.Count; i++)
        {
            _nodes.Add((nodes[i].Level, perfectNodeHashes[i]));
        }

        Size = size;
    }

    /// <summary>The number of leaves appended.</summary>
    public long Size { get; private set; }

    /// <summary>
    /// Appends a leaf hash and calls <paramref name="completed"/> (when given) for every perfect node of level ≥ 1
    /// that this leaf completes, lowest first.
    /// </summary>
    public void Append(byte[] leafHash, Action<MerkleNode, byte[]>? completed = null)
    {
        ArgumentNullException.ThrowIfNull(leafHash);
        var index = Size;
        var level = 0;
        var hash = leafHash;
        while (_nodes.Count > 0 && _nodes[^1].Level == level)
        {
            hash = _hasher.HashChildren(_nodes[^1].Hash, hash);
            _nodes.RemoveAt(_nodes.Count - 1);
            level++;
            completed?.Invoke(new MerkleNode(level, index >> level), hash);
        }

        _nodes.Add((level, hash));
        Size++;
    }

    /// <summary>MTH of the leaves so far.</summary>
    public byte[] RootHash()
    {
        if (_nodes.Count == 0)
        {
            return _hasher.EmptyRootHash();
        }

        var acc = _nodes[^1].Hash;
        for (var i = _nodes.Count - 2; i >= 0; i--)
        {
            acc = _hasher.HashChildren(_nodes[i].Hash, acc);
        }

        return acc;
    }
}
