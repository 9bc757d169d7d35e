namespace Chujing.Domain.SpotChecks;

/// <summary>One accepted pick of <see cref="RivestSampler"/>: the counter that produced it and the value.</summary>
/// <param name="Counter">The i of <c>seed,i</c> (1-based).</param>
/// <param name="Value">The value in the sampled range.</param>
public readonly record struct SamplerPick(long Counter, long Value);
