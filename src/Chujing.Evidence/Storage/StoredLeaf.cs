using Chujing.Domain.Evidence;

namespace Chujing.Evidence.Storage;

/// <summary>A leaf as stored: its index, its stored leaf hash and its canonical JSON text.</summary>
public sealed record StoredLeaf(long Index, byte[] Hash, string Text);
