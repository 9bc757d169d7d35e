using Chujing.Domain.Catalog;

namespace Chujing.Domain.Assessment;

/// <summary>
/// A person-count boundary of the national rules for a processor that is not a CIIO: from <see cref="From"/>
/// persons on (counted since 1 January), <see cref="Counter"/> needs at least <see cref="Pathway"/>.
/// </summary>
/// <param name="Counter">The counter the boundary is on.</param>
/// <param name="From">The first count inside the band (以上, inclusive; 1 for a band without a lower bound).</param>
/// <param name="Pathway">What the band requires.</param>
/// <param name="Rule">The national rule the band belongs to.</param>
/// <param name="Citation">The rule's document and article.</param>
public sealed record NationalBand(Counter Counter, long From, Pathway Pathway, string Rule, string Citation);
