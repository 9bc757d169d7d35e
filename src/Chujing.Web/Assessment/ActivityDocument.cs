using Chujing.Domain.Catalog;

namespace Chujing.Web.Assessment;

/// <summary>
/// The activity JSON of <c>chujing assess</c> as the OpenAPI document describes it. Only a description: the body is
/// read by the engine's own strict reader (<see cref="Chujing.Domain.Assessment.ActivityReader"/>), which also refuses
/// unknown properties.
/// </summary>
public sealed record ActivityDocument
{
    /// <summary>The processor: <c>ciio</c> is required.</summary>
    public required ProcessorDocument Processor { get; init; }

    /// <summary>A free-trade-zone list edition id (e.g. <c>beijing-ftz/2024</c>); without it only the national rules apply.</summary>
    public string? List { get; init; }

    /// <summary>A scenario id or name of <see cref="List"/>.</summary>
    public string? Scenario { get; init; }

    /// <summary>An exemption of arts. 3, 4, 5(1)–(3), or <c>statutory-duty</c> (Network Data Regulation art. 35 (6)).</summary>
    public Exemption? Exemption { get; init; }

    /// <summary>The data includes data notified or published as important data; <c>null</c>: not known yet.</summary>
    public required bool? ImportantData { get; init; }

    /// <summary>Whose personal information is sent: <c>customers</c>, <c>employees</c>, <c>other</c> (for art. 5 (1) and (2)).</summary>
    public IReadOnlyList<Chujing.Domain.Assessment.DataSubject>? DataSubjects { get; init; }

    /// <summary>The personal information was collected and generated abroad (art. 4).</summary>
    public bool? CollectedAbroad { get; init; }

    /// <summary>Domestic personal information or important data was added while processing in China (art. 4).</summary>
    public bool? DomesticDataAdded { get; init; }

    /// <summary>The contract the transfer serves: <c>with-individual</c> or <c>between-organisations</c> (art. 5 (1)).</summary>
    public Chujing.Domain.Assessment.ContractType? ContractType { get; init; }

    /// <summary>The legal basis of the processing (PIPL art. 13): decides whether separate consent is required.</summary>
    public LegalBasis? LegalBasis { get; init; }

    /// <summary>Distinct persons since 1 January, this activity included.</summary>
    public required PersonsDocument Persons { get; init; }

    /// <summary>Field ids or names of the list.</summary>
    public IReadOnlyList<string>? Fields { get; init; }

    /// <summary>Ids of list-item exceptions whose conditions the processor meets.</summary>
    public IReadOnlyList<string>? Exceptions { get; init; }

    /// <summary>The processor part of an activity.</summary>
    public sealed record ProcessorDocument
    {
        /// <summary>A critical information infrastructure operator; <c>null</c>: not known yet.</summary>
        public required bool? Ciio { get; init; }

        public string? FreeTradeZone { get; init; }

        public bool? ListApproved { get; init; }

        public bool? AutonomousDriving { get; init; }

        /// <summary>How many persons' personal information the processor handles (the regime before 2024-03-22).</summary>
        public long? PersonsHandled { get; init; }
    }

    /// <summary>The two person counters, whole numbers ≥ 0.</summary>
    public sealed record PersonsDocument
    {
        public required long Personal { get; init; }

        public required long Sensitive { get; init; }
    }
}
