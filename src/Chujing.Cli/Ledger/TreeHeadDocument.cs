using Chujing.Evidence;
using Chujing.Evidence.Storage;

namespace Chujing.Cli.Ledger;

/// <summary>A signed tree head as <c>--json</c> writes it: hashes in lower-case hex, signature and key in base64.</summary>
internal sealed record TreeHeadDocument(long Size, string RootHash, string Timestamp, string Signature, string Suite, string PublicKey)
{
    public static TreeHeadDocument From(TreeHead head, LedgerMetadata metadata) => new(
        head.Size,
        Convert.ToHexStringLower(head.RootHash),
        head.TimestampText,
        Convert.ToBase64String(head.Signature),
        metadata.Suite,
        Convert.ToBase64String(metadata.PublicKey));
}
