using Chujing.Domain.Evidence;

namespace Chujing.Evidence.Storage;

/// <summary>A stored perfect-node hash at some level: its index in that level and its hash.</summary>
public readonly record struct StoredNode(long Index, byte[] Hash);
