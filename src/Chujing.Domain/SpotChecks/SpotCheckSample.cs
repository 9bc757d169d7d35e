namespace Chujing.Domain.SpotChecks;

/// <summary>A draw: the population it came from, the seed, the sizes used and the filings in the order drawn.</summary>
public sealed record SpotCheckSample(string PopulationHash, string Seed, long FilingsRequested, IReadOnlyList<SampledFiling> Sample);
