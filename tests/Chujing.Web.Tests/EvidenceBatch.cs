namespace Chujing.Web.Tests;

/// <summary>An acknowledged evidence batch of a fault test: its name, the leaf indexes its receipt gave and the tree size it was signed under.</summary>
internal sealed record EvidenceBatch(string Id, IReadOnlyList<long> LeafIndexes, long TreeSize);
