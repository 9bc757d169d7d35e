using Chujing.Domain.Diagnostics;

using Chujing.Domain.Evidence;

namespace Chujing.Evidence.Suites;

/// <summary>The suites a log can be created with, by id.</summary>
public static class LedgerSuites
{
    /// <summary>SHA-256 + Ed25519, the default.</summary>
    public static readonly ILedgerSuite Sha256Ed25519 = new Sha256Ed25519Suite();

    /// <summary>SM3 + SM2 (the Chinese commercial cryptography standards).</summary>
    public static readonly ILedgerSuite Sm3Sm2 = new Sm3Sm2Suite();

    /// <summary>Every suite.</summary>
    public static IReadOnlyList<ILedgerSuite> All { get; } = [Sha256Ed25519, Sm3Sm2];

    /// <summary>The suite with <paramref name="id"/>; an <see cref="InvalidInputException"/> naming the known ids otherwise.</summary>
    public static ILedgerSuite Get(string id) =>
        All.FirstOrDefault(s => string.Equals(s.Id, id, StringComparison.Ordinal))
        ?? throw new InvalidInputException(Diagnostic.ForField(null, "suite", $"unknown suite '{id}'", string.Join(" or ", All.Select(s => s.Id))));
}
