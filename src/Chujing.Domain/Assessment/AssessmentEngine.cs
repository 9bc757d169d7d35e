using Chujing.Domain.Catalog;
using Chujing.Domain.Diagnostics;
using Chujing.Domain.Text;

namespace Chujing.Domain.Assessment;

/// <summary>
/// Turns an export activity into a pathway with its legal basis. Compiles the catalogs once; each decision is then
/// a few dictionary look-ups and band comparisons. Immutable after construction and safe to share across threads.
/// </summary>
/// <remarks>
/// Decision order follows the texts: important data needs a security assessment whatever else holds (arts. 2, 7,
/// and the last paragraph of art. 5); the exemptions of arts. 3, 4 and 5(1)–(3) come before the CIIO and headcount
/// tests (the closing sentence of arts. 7 and 8); a free-trade-zone list applies only to processors of its zone that
/// are approved to use it and are not CIIOs (art. 6); otherwise the CIIO rule (art. 7(1)) or the headcount bands
/// (arts. 5(4), 7(2), 8) decide.
/// </remarks>
public sealed partial class AssessmentEngine
{
    private readonly NationalRules _national;
    private readonly DateOnly _asOf;
    private readonly Dictionary<string, CompiledList> _lists = new(StringComparer.Ordinal);
    private readonly string[] _listIds;
    private readonly string[] _zones;
    private readonly Dictionary<Exemption, (string Citation, DateOnly Effective)> _introducedLater;

    /// <summary>Compiles <paramref name="catalogs"/>; the national rules are those in force on <paramref name="asOf"/>.</summary>
    public AssessmentEngine(CatalogSet catalogs, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(catalogs);
        _asOf = asOf;
        _national = new NationalRules(catalogs.NationalOn(asOf));
        _introducedLater = IntroducedLater(catalogs, _national.Edition);
        foreach (var edition in catalogs.Editions.Where(e => e.Family != CatalogFamily.National))
        {
            _lists[edition.Id] = new CompiledList(edition, _national, asOf);
        }

        _listIds = [.. _lists.Keys];
        _zones = [.. _lists.Values.SelectMany(l => new[] { l.Edition.Applicability!.Zone, l.Edition.Applicability.ZoneName }).OfType<string>().Distinct(StringComparer.Ordinal)];
    }

    /// <summary>The national edition the engine decides with.</summary>
    public CatalogEdition National => _national.Edition;

    /// <summary>The day whose rules the engine decides with.</summary>
    public DateOnly AsOf => _asOf;

    /// <summary>
    /// Assesses one activity. Unknown list, scenario, field or exception ids are diagnostics with the nearest known
    /// ids suggested; a list that does not apply to the processor is not an error.
    /// </summary>
    /// <param name="minConfidence">
    /// Decide only on catalog entries of at least this confidence (default: every entry); a list entry below it is
    /// set aside and the national rules decide what it would have decided, with a note.
    /// </param>
    public Result<Decision> Assess(ExportActivity activity, string? source = null, Confidence minConfidence = Confidence.Unverified)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var resolved = Resolve(activity, source);
        if (!resolved.IsSuccess)
        {
            return Result<Decision>.Failure(resolved.Diagnostics);
        }

        var decision = DecideAll(activity, resolved.Value, minConfidence);
        if (decision.Confidence is { } lowest && lowest > Confidence.ConfirmedTwoSources && minConfidence != Confidence.ConfirmedTwoSources)
        {
            // Below two-source confirmation: also the answer without the entries that are not confirmed.
            var strict = DecideAll(activity, resolved.Value, Confidence.ConfirmedTwoSources);
            var (rules, citations) = Deciding(strict);
            decision = decision with { Strict = new StrictDecision(strict.Pathway, Confidence.ConfirmedTwoSources, rules, citations) };
        }

        return Result<Decision>.Success(decision);
    }

    private Decision DecideAll(ExportActivity activity, ResolvedList? list, Confidence min)
    {
        // The regime before 2024-03-22 also asks how many persons the processor handles; without the figure the
        // engine decides both ways, and says so only when the answer depends on it.
        if (_national.HandledVolume is not null && activity.Processor.PersonsHandled is null && activity.Persons.Any)
        {
            var both = DecideUnknown(activity with { Unknown = activity.Unknown | UnknownFacts.PersonsHandled }, list, min);
            if (activity.Unknown != UnknownFacts.None || both.Possible!.Select(p => p.Pathway).Distinct().Skip(1).Any())
            {
                return both with { Confidence = Lowest(both) };
            }
        }

        var decision = activity.Unknown == UnknownFacts.None ? DecideClaim(activity, list, min) : DecideUnknown(activity, list, min);
        return decision with { Confidence = Lowest(decision) };
    }

    /// <summary>The distinct rule ids and citations of the entries that require the decision's pathway.</summary>
    private static (string[] Rules, string[] Citations) Deciding(Decision decision)
    {
        var rules = new List<string>(2);
        var citations = new List<string>(2);
        foreach (var b in decision.Basis)
        {
            if (b.Pathway == decision.Pathway)
            {
                if (!rules.Contains(b.Rule))
                {
                    rules.Add(b.Rule);
                }

                if (!citations.Contains(b.Citation))
                {
                    citations.Add(b.Citation);
                }
            }
        }

        return ([.. rules], [.. citations]);
    }

    /// <summary>The lowest confidence among the entries that require the decision's pathway; null when only engine notes do.</summary>
    private static Confidence? Lowest(Decision decision)
    {
        Confidence? lowest = null;
        foreach (var b in decision.Basis)
        {
            if (b.Pathway == decision.Pathway && b.Confidence is { } c && (lowest is null || c > lowest))
            {
                lowest = c;
            }
        }

        return lowest;
    }

    private Decision Decide(ExportActivity activity, ResolvedList? list, Confidence min)
    {
        var basis = new List<BasisEntry>(4);
        var duties = new List<Duty>(4);
        var persons = activity.Persons;
        var ciio = activity.Processor.Ciio;
        var pathway = Pathway.Exempt;
        ListUse? listUse = null;
        Headroom headroom;

        if (activity.ImportantData)
        {
            pathway = Pathway.SecurityAssessment;
            basis.AddRange(ciio ? _national.ImportantDataCiio : _national.ImportantDataNonCiio);
        }

        var applicableList = list;
        if (list is not null)
        {
            var reason = list.List.WhyNotApplicable(activity.Processor) ?? list.ExcludedReason(activity.Processor);
            listUse = new ListUse(list.List.Edition.Id, reason is null, reason?.Explanation) { ReasonZh = reason?.ExplanationZh };
            if (reason is not null)
            {
                basis.Add(reason);
                NoteListedImportantData(list, basis);
                applicableList = null;
            }
        }

        if (applicableList is not null && applicableList.Named)
        {
            pathway = PathwayNames.Stricter(pathway, DecideByList(activity, applicableList, basis, duties, min, out headroom));
        }
        else
        {
            if (applicableList is not null)
            {
                basis.Add(applicableList.List.NoScenario);
                duties.AddRange(applicableList.List.ZoneFiling);
            }

            if (activity.Exemption is { } exemption)
            {
                AddExemption(activity, exemption, basis);
                headroom = NationalHeadroom(persons, ciio);
                headroom = headroom with { Basis = headroom.Basis + " (the bands that would apply without the exemption)" };
            }
            else
            {
                pathway = PathwayNames.Stricter(pathway, DecideNationally(persons, ciio, activity.Processor.PersonsHandled, basis));
                headroom = NationalHeadroom(persons, ciio);
            }
        }

        if (basis.Count == 0)
        {
            basis.Add(ciio ? _national.NothingRegulatedCiio : _national.NothingRegulated);
        }

        AddDuties(activity, pathway, duties);
        var stamps = list is null ? _national.Stamps : list.List.Stamps;
        return new Decision(pathway, basis, headroom, duties, listUse, stamps);
    }

    /// <summary>
    /// The exemption of arts. 3, 4, 5(1)–(3) for the personal information; with important data in the transfer, the
    /// basis says that the exemption does not reach it (art. 5, last paragraph).
    /// </summary>
    private void AddExemption(ExportActivity activity, Exemption exemption, List<BasisEntry> basis)
    {
        basis.Add(_national.ExemptionEntries[(int)exemption]! with { Inputs = [BasisInput.Of("exemption", exemption.ToName())] });
        if (activity.ImportantData)
        {
            basis.Add(_national.ExemptionWithImportantData[(int)exemption]!);
        }
    }

    /// <summary>
    /// A list that does not apply to the processor still published what it names as important data: say so, so that
    /// a processor that has been notified of it declares it as important data.
    /// </summary>
    private static void NoteListedImportantData(ResolvedList list, List<BasisEntry> basis)
    {
        foreach (var item in list.Items)
        {
            if (item.Kind == ItemKind.ImportantData && !list.Assumed.Contains(item))
            {
                basis.Add(item.PublishedNote);
            }
        }
    }

    /// <summary>The CIIO rule or the headcount bands, with every rule that matched in the basis.</summary>
    private Pathway DecideNationally(PersonCounts persons, bool ciio, long? handled, List<BasisEntry> basis)
    {
        var byVolume = Pathway.Exempt;
        if (!ciio && persons.Any && handled is { } h && _national.HandledVolume is { } rule)
        {
            // Security Assessment Measures art. 4 (2): a processor handling 1,000,000 or more persons' personal information.
            foreach (var band in rule.Thresholds.Where(t => t.Matches(h)))
            {
                byVolume = PathwayNames.Stricter(byVolume, band.Pathway);
                basis.Add(NationalRules.Entry(rule, band.Pathway) with { Inputs = [BasisInput.Of("processor.personsHandled", h) with { Band = band }] });
            }
        }

        if (ciio)
        {
            if (persons.Any)
            {
                basis.Add(_national.CiioEntry with
                {
                    Inputs = [.. _national.CiioEntry.Inputs, .. CiioBands(persons)],
                });
                return Pathway.SecurityAssessment;
            }

            return Pathway.Exempt;
        }

        return PathwayNames.Stricter(byVolume, NationalBands(persons, basis));
    }

    /// <summary>The non-CIIO bands of arts. 5(4), 7(2) and 8; each rule that matched joins the basis once.</summary>
    private Pathway NationalBands(PersonCounts persons, List<BasisEntry> basis)
    {
        var pathway = Pathway.Exempt;
        for (var i = 0; i < _national.Headcount.Count; i++)
        {
            var rule = _national.Headcount[i];
            if (Matches(rule.Thresholds, persons, out var rulePathway))
            {
                var entry = _national.HeadcountEntries[i] with { Pathway = rulePathway, Inputs = MatchedBands(rule.Thresholds, persons) };
                if (!basis.Contains(entry))
                {
                    basis.Add(entry);
                }

                pathway = PathwayNames.Stricter(pathway, rulePathway);
            }
        }

        return pathway;
    }

    /// <summary>Each counter with the band of <paramref name="bands"/> it falls in, as the inputs of a basis entry.</summary>
    private static BasisInput[] MatchedBands(IReadOnlyList<Threshold> bands, PersonCounts persons)
    {
        var matched = 0;
        for (var i = 0; i < bands.Count; i++)
        {
            matched += bands[i].Matches(persons[bands[i].Counter]) ? 1 : 0;
        }

        if (matched == 0)
        {
            return [];
        }

        var inputs = new BasisInput[matched];
        for (int i = 0, j = 0; i < bands.Count; i++)
        {
            var count = persons[bands[i].Counter];
            if (bands[i].Matches(count))
            {
                inputs[j++] = BasisInput.Persons(bands[i].Counter, count, bands[i]);
            }
        }

        return inputs;
    }

    private BasisInput[] CiioBands(PersonCounts persons) => MatchedBands(_national.Ciio.Thresholds, persons) is { Length: > 0 } matched
        ? matched
        : [BasisInput.Persons(Counter.Personal, persons.Personal, null), BasisInput.Persons(Counter.Sensitive, persons.Sensitive, null)];

    private static bool Matches(IReadOnlyList<Threshold> bands, PersonCounts persons, out Pathway pathway)
    {
        var matched = false;
        pathway = Pathway.Exempt;
        for (var i = 0; i < bands.Count; i++)
        {
            var band = bands[i];
            if (band.Matches(persons[band.Counter]))
            {
                matched = true;
                pathway = PathwayNames.Stricter(pathway, band.Pathway == Pathway.OtherLawfulRoute ? Pathway.Exempt : band.Pathway);
            }
        }

        return matched;
    }

    private Headroom NationalHeadroom(PersonCounts persons, bool ciio) => ciio
        ? new Headroom(Bands.AnyPerson(persons.Personal, Pathway.SecurityAssessment), Bands.AnyPerson(persons.Sensitive, Pathway.SecurityAssessment), _national.Ciio.Id)
        : new Headroom(
            Bands.Headroom(_national.NonCiioBands, Counter.Personal, persons.Personal),
            Bands.Headroom(_national.NonCiioBands, Counter.Sensitive, persons.Sensitive),
            _national.Edition.Id);

    /// <summary>
    /// The duties beside the pathway. Notice, consent and the PIPIA follow personal information whatever the pathway
    /// or exemption (art. 10): a claim never removes them. A duty tied to one legal basis (separate consent) says
    /// whether it binds under the basis the activity states, or on what it depends when none is stated.
    /// </summary>
    private void AddDuties(ExportActivity activity, Pathway pathway, List<Duty> duties)
    {
        if (activity.Persons.Any)
        {
            duties.AddRange(_national.PersonalDutiesFor(activity.Facts.LegalBasis));
        }

        if (pathway == Pathway.StandardContractOrCertification)
        {
            duties.AddRange(_national.ContractFiling);
        }
        else if (pathway == Pathway.SecurityAssessment)
        {
            duties.AddRange(_national.AssessmentValidity);
        }
    }

    private string? SuggestList(string id) => Suggestions.Phrase(id, _listIds);
}
