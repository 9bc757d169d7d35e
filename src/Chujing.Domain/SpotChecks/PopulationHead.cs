using Chujing.Domain.Text;

namespace Chujing.Domain.SpotChecks;

/// <summary>A signed tree head as the population commits to it: size, root hash (lower-case hex) and timestamp.</summary>
public sealed record PopulationHead
{
    public PopulationHead(long size, string rootHash, string timestamp)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(size);
        ArgumentException.ThrowIfNullOrWhiteSpace(rootHash);
        ArgumentException.ThrowIfNullOrWhiteSpace(timestamp);
        if (!LowerHex.Is(rootHash, 64))
        {
            throw new ArgumentException("The root hash must be 64 lower-case hex digits.", nameof(rootHash));
        }

        Size = size;
        RootHash = rootHash;
        Timestamp = timestamp;
    }

    public long Size { get; }

    public string RootHash { get; }

    /// <summary>As the head carries it (<c>yyyy-MM-ddTHH:mm:ss.fffZ</c>).</summary>
    public string Timestamp { get; }
}
