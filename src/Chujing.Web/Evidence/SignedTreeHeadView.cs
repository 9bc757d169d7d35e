namespace Chujing.Web.Evidence;

/// <summary>A signed tree head in the JSON of <c>chujing ledger head --json</c>.</summary>
public sealed record SignedTreeHeadView(long Size, string RootHash, DateTimeOffset Timestamp, string Signature);
