using Chujing.Domain.Evidence.Merkle;

using Chujing.Domain.Evidence;

namespace Chujing.Evidence.Storage;

/// <summary>One atomic append: the leaves from <see cref="StartIndex"/>, the perfect nodes they complete at stored levels, and the tree head that covers them.</summary>
public sealed record LedgerBatch(long StartIndex, IReadOnlyList<string> Leaves, IReadOnlyList<byte[]> LeafHashes, IReadOnlyList<(MerkleNode Node, byte[] Hash)> Nodes, TreeHead Head);
