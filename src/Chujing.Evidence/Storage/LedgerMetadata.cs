using Chujing.Domain.Evidence;

namespace Chujing.Evidence.Storage;

/// <summary>What a log records about itself when it is created.</summary>
/// <param name="Format">The storage format, <see cref="CurrentFormat"/>.</param>
/// <param name="Suite">The suite id; fixed for the life of the log.</param>
/// <param name="PublicKey">The tree-head signing key's public half.</param>
/// <param name="NodeStride">Perfect nodes are stored for the levels that are multiples of this (level 0 lives with the leaves).</param>
/// <param name="Created">When the log was created (RFC 3339, UTC).</param>
public sealed record LedgerMetadata(string Format, string Suite, byte[] PublicKey, int NodeStride, string Created)
{
    /// <summary>The storage format this code writes.</summary>
    public const string CurrentFormat = "chujing-ledger/v1";

    /// <summary>The default stride: one stored node per 16 leaves, proofs read at most 8 hashes per proof element.</summary>
    public const int DefaultNodeStride = 4;
}
