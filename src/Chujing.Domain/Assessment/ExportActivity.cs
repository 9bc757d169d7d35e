using Chujing.Domain.Catalog;

namespace Chujing.Domain.Assessment;

/// <summary>
/// An export activity as <c>chujing assess</c> and <c>POST /api/assess</c> take it (docs/contracts.md: <c>chujing assess</c>).
/// </summary>
/// <param name="List">A free-trade-zone list edition id; null: only the national rules apply.</param>
/// <param name="Scenario">A scenario (or, for category-based lists, category) id or name of <paramref name="List"/>.</param>
/// <param name="Exemption">An exemption (arts. 3, 4, 5(1)–(3); Network Data Regulation art. 35 (6)) the activity claims.</param>
/// <param name="ImportantData">The data includes data notified or published as important data (art. 2).</param>
/// <param name="Fields">Field ids or names of the list (or sub-category ids of a category-based list).</param>
/// <param name="Exceptions">Ids of list-item exceptions whose conditions the processor meets (e.g. the OTA exception).</param>
public sealed record ExportActivity(
    ProcessorProfile Processor,
    string? List,
    string? Scenario,
    Exemption? Exemption,
    bool ImportantData,
    PersonCounts Persons,
    IReadOnlyList<string> Fields,
    IReadOnlyList<string> Exceptions)
{
    /// <summary>Optional facts for the elements of an exemption and for duties by legal basis.</summary>
    public ActivityFacts Facts { get; init; } = ActivityFacts.None;

    /// <summary>
    /// The facts stated as not known yet (<c>null</c>): the decision then lists every pathway still possible, with the
    /// fact that decides between them, and takes the strictest. <see cref="ProcessorProfile.Ciio"/> and
    /// <see cref="ImportantData"/> are ignored for a fact named here.
    /// </summary>
    public UnknownFacts Unknown { get; init; }
}
