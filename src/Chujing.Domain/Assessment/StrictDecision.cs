using Chujing.Domain.Catalog;

namespace Chujing.Domain.Assessment;

/// <summary>The pathway when the engine decides only on catalog entries of at least <see cref="MinConfidence"/>.</summary>
/// <param name="Rules">The ids of the basis entries that require <see cref="Pathway"/> then.</param>
/// <param name="Citations">Their articles.</param>
public sealed record StrictDecision(Pathway Pathway, Confidence MinConfidence, IReadOnlyList<string> Rules, IReadOnlyList<string> Citations);
