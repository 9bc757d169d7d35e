namespace Chujing.Domain.Evidence.Merkle;

/// <summary>The outcome of checking a Merkle proof: valid, or which check failed and a sentence saying how.</summary>
/// <param name="Failure"><see cref="ProofFailure.None"/> when the proof holds.</param>
/// <param name="Message">What was checked or what went wrong.</param>
public sealed record ProofVerification(ProofFailure Failure, string Message)
{
    /// <summary>True when <see cref="Failure"/> is <see cref="ProofFailure.None"/>.</summary>
    public bool IsValid => Failure == ProofFailure.None;

    /// <summary>The valid outcome.</summary>
    public static ProofVerification Valid { get; } = new(ProofFailure.None, "the proof holds");

    /// <summary>A failed outcome.</summary>
    public static ProofVerification Fail(ProofFailure failure, string message) => new(failure, message);
}
