using Chujing.Domain.Catalog;

namespace Chujing.Domain.Assessment;

/// <summary>What one edition decides for the same activity: the national rules alone, or one list edition.</summary>
/// <param name="Edition">The national edition id (the national rules alone) or a list edition id.</param>
/// <param name="Basis">The basis of that decision.</param>
public sealed record Comparison(string Edition, Pathway Pathway, IReadOnlyList<BasisEntry> Basis)
{
    /// <summary>The lowest confidence among the entries that require <see cref="Pathway"/>.</summary>
    public Confidence? Confidence { get; init; }

    /// <summary>The activity's scenario, fields or exceptions this edition does not know, left out for it.</summary>
    public IReadOnlyList<string> LeftOut { get; init; } = [];
}
