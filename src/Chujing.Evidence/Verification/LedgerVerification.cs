using Chujing.Domain.Evidence;

namespace Chujing.Evidence.Verification;

/// <summary>
/// The outcome of verifying a whole log or bundle: how much was checked and, when something does not hold, the
/// first thing found wrong (<see cref="Subject"/>, e.g. <c>leaf 17</c> or <c>tree head of size 2000</c>) and why.
/// </summary>
/// <param name="Leaves">Leaves whose hash was recomputed.</param>
/// <param name="TreeHeads">Tree heads whose root and signature were checked.</param>
/// <param name="Subject">What is wrong; null when everything holds.</param>
/// <param name="Failure">Why; null when everything holds.</param>
public sealed record LedgerVerification(long Leaves, int TreeHeads, string? Subject, string? Failure)
{
    /// <summary>True when every check held.</summary>
    public bool IsValid => Subject is null;

    /// <summary>One line for people.</summary>
    public override string ToString() => IsValid
        ? $"ok: {Leaves} {(Leaves == 1 ? "leaf" : "leaves")} and {TreeHeads} signed tree {(TreeHeads == 1 ? "head" : "heads")} verified"
        : $"{Subject}: {Failure}";
}
