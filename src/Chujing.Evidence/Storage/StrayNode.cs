using Chujing.Domain.Evidence;

namespace Chujing.Evidence.Storage;

/// <summary>A stored node row that a sound log would not have: outside the tree, at a level not stored, or of the wrong hash length.</summary>
public sealed record StrayNode(int Level, long Index, int HashLength);
