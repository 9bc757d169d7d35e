using Chujing.Domain.Catalog;

namespace Chujing.Domain.Assessment;

/// <summary>
/// The national edition compiled for decisions: rules found by role once, their basis entries built once, the
/// non-CIIO bands merged into one array.
/// </summary>
internal sealed class NationalRules
{
    public NationalRules(CatalogEdition edition)
    {
        Edition = edition;
        Stamp = new EditionStamp(edition.Id, edition.ContentHash);
        Stamps = [Stamp];
        var rules = edition.Rules;
        Ciio = rules.First(r => r.Role == RuleRole.Ciio);
        FtzList = rules.FirstOrDefault(r => r.Role == RuleRole.FtzList);
        HandledVolume = rules.FirstOrDefault(r => r.Role == RuleRole.HandledVolume && r.Thresholds.Count > 0);
        Headcount = rules.Where(r => r.Role == RuleRole.Headcount && r.AppliesTo != RuleScope.Ciio && r.Thresholds.Count > 0).ToArray();
        NonCiioBands = Headcount.SelectMany(r => r.Thresholds).ToArray();
        ImportantDataNonCiio = ImportantDataRules(rules, RuleScope.NonCiio);
        ImportantDataCiio = ImportantDataRules(rules, RuleScope.Ciio);
        // An edition may lack an exemption (the regime before 2024-03-22 had none): a claim of it then fails.
        Exemptions = Enum.GetValues<Exemption>().Select(e => rules.SingleOrDefault(r => r.Role == RuleRole.Exemption && r.Exemption == e)).ToArray();
        ExemptionEntries = Exemptions.Select(r => r is null ? null : Entry(r, Pathway.Exempt) with { Kind = BasisKind.Exemption }).ToArray();
        ExemptionWithImportantData = Exemptions.Select(r => r is null ? null : ExcludesImportantData(r)).ToArray();
        HeadcountEntries = Headcount.Select(r => Entry(r, r.Thresholds.Max(t => t.Pathway))).ToArray();
        CiioEntry = Entry(Ciio, Pathway.SecurityAssessment) with { Inputs = [BasisInput.Of("processor.ciio", true)] };
        FtzListEntry = FtzList is null ? null : Entry(FtzList, null);
        NothingRegulated = EngineNotes.Entry(EngineNotes.NothingRegulated, EngineNotes.NothingRegulated.Id,
            string.Join("；", Headcount.Select(r => r.Citation).Prepend(Ciio.Citation).Distinct(StringComparer.Ordinal)), Pathway.Exempt, []);
        NothingRegulatedCiio = EngineNotes.Entry(EngineNotes.NothingRegulatedCiio, EngineNotes.NothingRegulatedCiio.Id, Ciio.Citation, Pathway.Exempt, []);
        PersonalDuties = rules.Where(r => r.Role == RuleRole.Duty).Select(ToDuty).ToArray();
        DutyBases = rules.Where(r => r.Role == RuleRole.Duty && r.OnlyForLegalBasis is not null)
            .ToDictionary(r => r.Id, r => r.OnlyForLegalBasis!.Value, StringComparer.Ordinal);

        // The personal-information duties under each stated legal basis (and none), built once: index 0 is "not stated".
        _dutiesByBasis = [.. new LegalBasis?[] { null }.Concat(Enum.GetValues<LegalBasis>().Select(b => (LegalBasis?)b))
            .Select(stated => PersonalDuties.Select(d => DutyBases.TryGetValue(d.Id, out var only) ? ByLegalBasis(d, only, stated) : d).ToArray())];
        // A validity rule names its pathway where it is not the assessment's (a certificate's validity sits beside
        // the standard contract or certification, not beside the security assessment).
        ContractFiling = rules.Where(r => r.Role == RuleRole.Filing || (r.Role == RuleRole.Validity && r.Pathway == Pathway.StandardContractOrCertification))
            .Select(ToDuty).ToArray();
        AssessmentValidity = rules.Where(r => r.Role == RuleRole.Validity && r.Pathway is null or Pathway.SecurityAssessment).Select(ToDuty).ToArray();
    }

    public CatalogEdition Edition { get; }

    public EditionStamp Stamp { get; }

    /// <summary>The editions a national-only decision used.</summary>
    public IReadOnlyList<EditionStamp> Stamps { get; }

    public NationalRule Ciio { get; }

    /// <summary>Art. 6; null for a regime without free-trade-zone lists (before 2024-03-22).</summary>
    public NationalRule? FtzList { get; }

    public IReadOnlyList<NationalRule> Headcount { get; }

    /// <summary>Security Assessment Measures art. 4 (2): bands on the persons the processor handles; null after 2024-03-22.</summary>
    public NationalRule? HandledVolume { get; }

    public IReadOnlyList<Threshold> NonCiioBands { get; }

    public IReadOnlyList<BasisEntry> ImportantDataNonCiio { get; }

    public IReadOnlyList<BasisEntry> ImportantDataCiio { get; }

    /// <summary>The rule of each <see cref="Exemption"/> value, by its number; null where the edition has none.</summary>
    public IReadOnlyList<NationalRule?> Exemptions { get; }

    public IReadOnlyList<BasisEntry?> ExemptionEntries { get; }

    public IReadOnlyList<BasisEntry?> ExemptionWithImportantData { get; }

    public IReadOnlyList<BasisEntry> HeadcountEntries { get; }

    public BasisEntry CiioEntry { get; }

    public BasisEntry? FtzListEntry { get; }

    public BasisEntry NothingRegulated { get; }

    public BasisEntry NothingRegulatedCiio { get; }

    public IReadOnlyList<Duty> PersonalDuties { get; }

    public IReadOnlyList<Duty> ContractFiling { get; }

    public IReadOnlyList<Duty> AssessmentValidity { get; }

    public static BasisEntry Entry(NationalRule rule, Pathway? pathway) => new(rule.Id, rule.Citation, rule.Explanation, pathway)
    {
        Title = rule.Title,
        ExplanationZh = rule.ExplanationZh,
        Confidence = rule.Provenance.Confidence,
    };

    /// <summary>The duty rules that bind only under one legal basis (separate consent: consent), by duty id.</summary>
    public IReadOnlyDictionary<string, LegalBasis> DutyBases { get; }

    private readonly Duty[][] _dutiesByBasis;

    /// <summary>The notice, consent and PIPIA duties, each with its status under <paramref name="stated"/>.</summary>
    public IReadOnlyList<Duty> PersonalDutiesFor(LegalBasis? stated) => _dutiesByBasis[stated is { } b ? (int)b + 1 : 0];


    private static Duty ByLegalBasis(Duty duty, LegalBasis only, LegalBasis? stated)
    {
        if (stated is null)
        {
            return duty with { Status = DutyStatus.Conditional, Reason = EngineNotes.ConsentConditional.En(), ReasonZh = EngineNotes.ConsentConditional.Zh() };
        }

        if (stated == only)
        {
            return duty with { Reason = EngineNotes.ConsentRequired.En(), ReasonZh = EngineNotes.ConsentRequired.Zh() };
        }

        var (item, en, zh) = EngineNotes.LegalBasisName(stated.Value);
        return duty with
        {
            Status = DutyStatus.NotRequired,
            Reason = EngineNotes.ConsentNotRequired.En(item, en),
            ReasonZh = EngineNotes.ConsentNotRequired.Zh(item, zh),
        };
    }

    private static Duty ToDuty(NationalRule rule) => new(rule.Id, rule.Title, rule.TitleEn, rule.Citation);

    /// <summary>
    /// The note beside an exemption that holds while important data is sent: the exemption reaches personal
    /// information only, and the important data needs its assessment (the element's article where the rule has one).
    /// </summary>
    private static BasisEntry ExcludesImportantData(NationalRule rule)
    {
        var citation = rule.Elements.FirstOrDefault(e => e.Test == ElementTest.ExcludesImportantData)?.Citation ?? rule.Citation;
        return new BasisEntry(BasisId.Note(rule.Id, EngineNotes.ExcludesImportantData.Id), citation,
            EngineNotes.ExcludesImportantData.En(citation), Pathway.SecurityAssessment)
        {
            Title = EngineNotes.ExcludesImportantData.Title,
            ExplanationZh = EngineNotes.ExcludesImportantData.Zh(citation),
            Kind = BasisKind.ExemptionExcludesImportantData,
            Confidence = rule.Provenance.Confidence,
        };
    }

    /// <summary>
    /// Important data needs a security assessment (art. 7): the important-data rules for this kind of processor, and
    /// art. 2 (only notified or published data counts) beside them. Falls back to the CIIO rule when none is given.
    /// </summary>
    private BasisEntry[] ImportantDataRules(IReadOnlyList<NationalRule> rules, RuleScope scope)
    {
        var entries = rules
            .Where(r => r.Role == RuleRole.ImportantData && (r.AppliesTo == RuleScope.Any || r.AppliesTo == scope))
            .Select(r => Entry(r, r.Pathway is null ? null : Pathway.SecurityAssessment))
            .ToList();

        // The article that requires the assessment for this kind of processor: art. 7(1) for CIIOs, 7(2) for others.
        if (!rules.Any(r => r.Role == RuleRole.ImportantData && r.AppliesTo == scope))
        {
            entries.Add(scope == RuleScope.Ciio
                ? Entry(Ciio, Pathway.SecurityAssessment)
                : Entry(rules.First(r => r.Role == RuleRole.Headcount && r.Thresholds.Any(t => t.Pathway == Pathway.SecurityAssessment)), Pathway.SecurityAssessment));
        }

        var input = BasisInput.Of("importantData", true);
        return [.. entries.Select(e => e with { Inputs = [input] })];
    }
}
