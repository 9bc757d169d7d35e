namespace Chujing.Domain.SpotChecks;

/// <summary>
/// The JSON document of a derived plan, as <c>chujing spot-check plan --json</c> writes it; its <c>sample</c> is the
/// same list, serialised the same way, as the platform's draw answer and public page carry.
/// </summary>
public sealed record SpotCheckPlanDocument(string Check, string PopulationHash, string Seed, long Filings, IReadOnlyList<SampledFiling> Sample);
