namespace Chujing.Domain.Classification;

/// <summary>The keyed function that turns identifiers into person keys (decision 005).</summary>
public enum PersonKeyAlgorithm
{
    /// <summary>SipHash-2-4 with 128-bit output: about 40 ns per identifier. The default.</summary>
    SipHash,

    /// <summary>HMAC-SHA256 truncated to 128 bits: for auditors who require HMAC; 1.5-3 µs per identifier.</summary>
    HmacSha256,
}
