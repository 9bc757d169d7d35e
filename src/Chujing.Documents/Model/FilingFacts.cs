using Chujing.Domain.Catalog;

namespace Chujing.Documents.Model;

/// <summary>
/// What the filing materials are filled from: the filing as <c>GET /api/filings/{id}</c> returns it (its registered
/// scope, its processor, its decision and that decision's legal basis). Immutable; the constructor refuses an empty
/// id, processor or edition and negative counts, so a document never shows a fact the filing did not give.
/// </summary>
public sealed record FilingFacts
{
    /// <summary>The most recipients, fields or basis entries one filing's documents show.</summary>
    public const int MaxListLength = 500;

    public FilingFacts(
        string id,
        string status,
        string processor,
        string processorName,
        string zoneGroup,
        string title,
        string listEdition,
        string scenario,
        IReadOnlyList<string> fields,
        IReadOnlyList<RecipientFact> recipients,
        string purpose,
        bool importantData,
        long personsPersonal,
        long personsSensitive,
        int retentionMonths,
        string securityMeasures,
        DateOnly validFrom,
        DateOnly validUntil,
        Pathway? pathway,
        IReadOnlyList<BasisFact> basis,
        long yearPersonsPersonal = 0,
        long yearPersonsSensitive = 0)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(processor);
        ArgumentException.ThrowIfNullOrWhiteSpace(listEdition);
        ArgumentNullException.ThrowIfNull(fields);
        ArgumentNullException.ThrowIfNull(recipients);
        ArgumentNullException.ThrowIfNull(basis);
        ArgumentOutOfRangeException.ThrowIfNegative(personsPersonal);
        ArgumentOutOfRangeException.ThrowIfNegative(personsSensitive);
        ArgumentOutOfRangeException.ThrowIfNegative(retentionMonths);
        ArgumentOutOfRangeException.ThrowIfNegative(yearPersonsPersonal);
        ArgumentOutOfRangeException.ThrowIfNegative(yearPersonsSensitive);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(fields.Count, MaxListLength);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(recipients.Count, MaxListLength);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(basis.Count, MaxListLength);
        Id = id;
        Status = status ?? string.Empty;
        Processor = processor;
        ProcessorName = processorName ?? string.Empty;
        ZoneGroup = zoneGroup ?? string.Empty;
        Title = title ?? string.Empty;
        ListEdition = listEdition;
        Scenario = scenario ?? string.Empty;
        Fields = [.. fields];
        Recipients = [.. recipients];
        Purpose = purpose ?? string.Empty;
        ImportantData = importantData;
        PersonsPersonal = personsPersonal;
        PersonsSensitive = personsSensitive;
        RetentionMonths = retentionMonths;
        SecurityMeasures = securityMeasures ?? string.Empty;
        ValidFrom = validFrom;
        ValidUntil = validUntil;
        Pathway = pathway;
        Basis = [.. basis];
        YearPersonsPersonal = yearPersonsPersonal;
        YearPersonsSensitive = yearPersonsSensitive;
    }

    /// <summary>Filing id, e.g. <c>F-2026-0001</c>.</summary>
    public string Id { get; }

    /// <summary>The filing's status as the API spells it (<c>approved</c>, <c>draft</c>, …).</summary>
    public string Status { get; }

    /// <summary>The processor's unified social credit code (统一社会信用代码).</summary>
    public string Processor { get; }

    public string ProcessorName { get; }

    /// <summary>The zone group (自贸组团) the filing is made to, as the platform spells it (<c>daxing</c>).</summary>
    public string ZoneGroup { get; }

    public string Title { get; }

    /// <summary>Catalog edition id the filing relies on, e.g. <c>beijing-ftz/2024</c>.</summary>
    public string ListEdition { get; }

    /// <summary>Scenario id from that edition.</summary>
    public string Scenario { get; }

    /// <summary>Field ids (or names) from that edition.</summary>
    public IReadOnlyList<string> Fields { get; }

    public IReadOnlyList<RecipientFact> Recipients { get; }

    public string Purpose { get; }

    public bool ImportantData { get; }

    /// <summary>Distinct persons whose non-sensitive personal information the filing covers per calendar year.</summary>
    public long PersonsPersonal { get; }

    /// <summary>Distinct persons whose sensitive personal information the filing covers per calendar year.</summary>
    public long PersonsSensitive { get; }

    /// <summary>How long the recipients keep the data abroad, in months.</summary>
    public int RetentionMonths { get; }

    public string SecurityMeasures { get; }

    public DateOnly ValidFrom { get; }

    public DateOnly ValidUntil { get; }

    /// <summary>The decision's pathway; null while the filing has no decision.</summary>
    public Pathway? Pathway { get; }

    /// <summary>The decision's legal basis, in the decision's order; empty without a decision.</summary>
    public IReadOnlyList<BasisFact> Basis { get; }

    /// <summary>Persons of the processor's year (non-sensitive) that the decision added to <see cref="PersonsPersonal"/>.</summary>
    public long YearPersonsPersonal { get; }

    /// <summary>The archived decision's confidence, stricter answer, list use and Chinese explanations; null without one.</summary>
    public DecisionFacts? Decision { get; init; }

    /// <summary>Persons of the processor's year (sensitive) that the decision added to <see cref="PersonsSensitive"/>.</summary>
    public long YearPersonsSensitive { get; }
}
