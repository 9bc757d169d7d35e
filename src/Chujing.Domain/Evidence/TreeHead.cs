using System.Globalization;
using System.Text;

namespace Chujing.Domain.Evidence;

/// <summary>
/// A signed tree head: the log had <see cref="Size"/> leaves with root <see cref="RootHash"/> at
/// <see cref="Timestamp"/>, and the log's key signed <see cref="SignedText"/> of exactly that.
/// </summary>
public sealed record TreeHead
{
    /// <summary>The first line of the signed text; a new format gets a new line.</summary>
    public const string FormatLine = "chujing-ledger-tree-head/v1";

    public TreeHead(long size, byte[] rootHash, DateTimeOffset timestamp, byte[] signature)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(size);
        ArgumentNullException.ThrowIfNull(rootHash);
        ArgumentNullException.ThrowIfNull(signature);
        Size = size;
        RootHash = rootHash;
        Timestamp = timestamp.ToUniversalTime();
        Signature = signature;
    }

    /// <summary>Number of leaves.</summary>
    public long Size { get; }

    /// <summary>MTH of the first <see cref="Size"/> leaves.</summary>
    public byte[] RootHash { get; }

    /// <summary>When the head was signed (UTC, millisecond precision in the signed text).</summary>
    public DateTimeOffset Timestamp { get; }

    /// <summary>The suite's signature over <see cref="SignedText"/>.</summary>
    public byte[] Signature { get; }

    /// <summary>The timestamp as written everywhere: <c>yyyy-MM-ddTHH:mm:ss.fffZ</c>.</summary>
    public string TimestampText => FormatTimestamp(Timestamp);

    /// <summary>Formats a UTC timestamp the way tree heads carry it.</summary>
    public static string FormatTimestamp(DateTimeOffset timestamp) =>
        timestamp.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    /// <summary>
    /// The bytes that are signed (UTF-8, each line ending in LF): the format line, the suite id, the size in decimal,
    /// the root hash in lower-case hex, and the timestamp.
    /// </summary>
    public static byte[] SignedText(string suite, long size, ReadOnlySpan<byte> rootHash, string timestamp) =>
        Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{FormatLine}\n{suite}\n{size}\n{Convert.ToHexStringLower(rootHash)}\n{timestamp}\n"));

    /// <summary>The signed bytes of this head under <paramref name="suite"/>.</summary>
    public byte[] SignedTextFor(string suite) => SignedText(suite, Size, RootHash, TimestampText);
}
