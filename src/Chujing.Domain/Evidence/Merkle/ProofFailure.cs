namespace Chujing.Domain.Evidence.Merkle;

/// <summary>Why a Merkle proof did not verify.</summary>
public enum ProofFailure
{
    /// <summary>The proof holds.</summary>
    None,

    /// <summary>The leaf index is not inside the tree, or the old size is larger than the new size.</summary>
    OutOfRange,

    /// <summary>The proof has more or fewer hashes than the sizes call for.</summary>
    WrongLength,

    /// <summary>A hash in the proof or a given root or leaf hash has the wrong number of bytes.</summary>
    WrongHashSize,

    /// <summary>The root recomputed from the proof differs from the expected root.</summary>
    RootMismatch,

    /// <summary>The old root recomputed from a consistency proof differs from the old root given.</summary>
    OldRootMismatch,
}
