using Chujing.Domain.Catalog;

namespace Chujing.Domain.Assessment;

/// <summary>
/// Optional facts an activity may state so that the engine can check the elements of a claimed exemption and the
/// duties that depend on the legal basis. Null: not stated; the element or duty is then the processor's to show.
/// </summary>
/// <param name="DataSubjects">Whose personal information is sent; null when not stated.</param>
/// <param name="CollectedAbroad">The personal information was collected and generated abroad (art. 4).</param>
/// <param name="DomesticDataAdded">Domestic personal information or important data was added while processing it in China (art. 4).</param>
/// <param name="ContractType">The contract the transfer concludes or performs (art. 5 (1)).</param>
/// <param name="LegalBasis">The legal basis of the processing (PIPL art. 13).</param>
public sealed record ActivityFacts(
    IReadOnlyList<DataSubject>? DataSubjects,
    bool? CollectedAbroad,
    bool? DomesticDataAdded,
    ContractType? ContractType,
    LegalBasis? LegalBasis)
{
    /// <summary>No fact stated.</summary>
    public static ActivityFacts None { get; } = new(null, null, null, null, null);
}
