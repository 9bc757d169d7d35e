using Chujing.Evidence.Storage;

using Chujing.Domain.Evidence;

namespace Chujing.Evidence;

/// <summary>
/// A signed tree head as <c>chujing ledger head --json</c> and the platform's evidence receipts write it: root hash in
/// lower-case hex, timestamp as signed, signature and public key in base64, with the suite that verifies them.
/// </summary>
public sealed record SignedTreeHeadView(long Size, string RootHash, string Timestamp, string Signature, string Suite, string PublicKey)
{
    /// <summary>The view of <paramref name="head"/> in a log described by <paramref name="metadata"/>.</summary>
    public static SignedTreeHeadView From(TreeHead head, LedgerMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(head);
        ArgumentNullException.ThrowIfNull(metadata);
        return new(
            head.Size,
            Convert.ToHexStringLower(head.RootHash),
            head.TimestampText,
            Convert.ToBase64String(head.Signature),
            metadata.Suite,
            Convert.ToBase64String(metadata.PublicKey));
    }
}
