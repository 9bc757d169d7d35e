namespace Chujing.Web.Evidence;

/// <summary>
/// A signed tree head as <c>chujing ledger head --json</c> writes it: root hash in lower-case hex, timestamp as
/// signed, signature and public key in base64, with the suite that verifies them.
/// </summary>
public sealed record SignedTreeHeadView(long Size, string RootHash, string Timestamp, string Signature, string Suite, string PublicKey);
