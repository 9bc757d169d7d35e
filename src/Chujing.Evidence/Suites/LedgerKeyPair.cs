using Chujing.Domain.Evidence;

namespace Chujing.Evidence.Suites;

/// <summary>A signing key in the suite's raw encodings (see docs/evidence-log-format.md, "Keys").</summary>
/// <param name="Suite">The suite id.</param>
/// <param name="PrivateKey">The private key; keep it out of the log and out of the repository.</param>
/// <param name="PublicKey">The public key, recorded in the log and in every bundle.</param>
public sealed record LedgerKeyPair(string Suite, byte[] PrivateKey, byte[] PublicKey);
