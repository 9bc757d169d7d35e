using Chujing.Diagnostics;

namespace Chujing.Web.Evidence;

/// <summary>Stands in when no ledger is installed: evidence is refused (503) rather than counted without proof.</summary>
internal sealed class UnavailableLedger : IEvidenceLedger
{
    public Task<LedgerAppendResult> AppendAsync(string processorUscc, IReadOnlyList<string> canonicalEvents, CancellationToken cancellationToken) =>
        throw new EnvironmentFailureException("the evidence ledger is not installed in this build", isTransient: false);
}
