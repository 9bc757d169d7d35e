using Chujing.Domain.Assessment;

namespace Chujing.Domain.Classification;

/// <summary>What <c>chujing scan --list</c> adds: the list fields found in the data and what the assessment says.</summary>
/// <param name="Edition">The list edition id.</param>
/// <param name="Scenario">The scenario id the fields were sought in; null for the whole list.</param>
/// <param name="Fields">The fields found, in catalog order.</param>
/// <param name="Persons">The person counts assessed: this scan's distinct persons, as sensitive too when a sensitive column was found.</param>
/// <param name="Assumptions">What the assessment assumed about the processor and the activity, in words.</param>
public sealed record ListMapping(string Edition, string? Scenario, IReadOnlyList<FieldMatch> Fields, PersonCounts Persons, IReadOnlyList<string> Assumptions)
{
    /// <summary>The assessment of the activity the scan describes.</summary>
    public Decision? Assessment { get; init; }
}
