using Chujing.Domain.Evidence;

namespace Chujing.Evidence.Suites;

/// <summary>The outcome of checking a signature.</summary>
public enum SignatureCheck
{
    /// <summary>The signature is the key's signature over the data.</summary>
    Valid,

    /// <summary>Well-formed, but not a signature of this key over this data.</summary>
    Invalid,

    /// <summary>The public key cannot be decoded for this suite.</summary>
    MalformedKey,

    /// <summary>The signature cannot be decoded for this suite.</summary>
    MalformedSignature,
}
