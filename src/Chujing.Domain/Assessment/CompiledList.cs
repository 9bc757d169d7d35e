using Chujing.Domain.Catalog;

namespace Chujing.Domain.Assessment;

/// <summary>
/// A free-trade-zone list edition compiled for decisions: scenarios and fields looked up by id or name in
/// dictionaries, and the basis entries of every item built once.
/// </summary>
internal sealed class CompiledList
{
    private readonly Dictionary<string, CompiledScenario> _scenarios = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, CompiledItem[]> _fieldsEverywhere = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, (CompiledItem Item, ItemException Exception)> _exceptions = new(StringComparer.Ordinal);
    private readonly ReferenceCriterion[] _criteria;
    private readonly DateOnly _asOf;

    public CompiledList(CatalogEdition edition, NationalRules national, DateOnly asOf)
    {
        InForce = edition.Effective <= asOf;
        _asOf = asOf;
        Edition = edition;
        Stamp = new EditionStamp(edition.Id, edition.ContentHash);
        Stamps = [national.Stamp, Stamp];
        var applicability = edition.Applicability!;
        ApplicabilityCitation = applicability.Citation ?? national.FtzList?.Citation ?? edition.Title;
        Applies = EngineNotes.Entry(EngineNotes.ListApplies, BasisId.Note(edition.Id, EngineNotes.ListApplies.Id), ApplicabilityCitation, null,
            [ZoneInEnglish(applicability.Zone), edition.TitleEn ?? edition.Title], [applicability.ZoneName ?? applicability.Zone, edition.Title]);
        ZoneFiling = edition.Duties.Count > 0
            ? edition.Duties.Select(d => new Duty(BasisId.Item(edition.Id, d.Id), d.Text, d.TextEn ?? d.Explanation, d.Citation)).ToArray()
            : [new Duty(BasisId.Item(edition.Id, "zone-group-filing"), "向所在自贸组团提交负面清单使用申请与备案", "Apply to use the list and file the export activity with the zone group", ApplicabilityCitation)];
        OutsideList = EngineNotes.Entry(EngineNotes.OutsideList, national.FtzList?.Id ?? BasisId.Note(edition.Id, EngineNotes.OutsideList.Id),
            national.FtzList?.Citation ?? ApplicabilityCitation, Pathway.Exempt, []) with { Confidence = national.FtzList?.Provenance.Confidence };
        var declared = edition.Family == CatalogFamily.Category ? edition.Coverage?.Subcategories : edition.Coverage?.Items;
        var encoded = edition.Family == CatalogFamily.Category ? edition.Encoded.Subcategories : edition.Encoded.Items;
        Complete = declared is null || encoded >= declared;
        Incomplete = EngineNotes.Entry(EngineNotes.Incomplete, BasisId.Note(edition.Id, EngineNotes.Incomplete.Id), ApplicabilityCitation, null,
            [encoded, declared, edition.Title]);
        _criteria = edition.ReferenceCriteria.Where(c => c.Counter is not null && c.Persons is not null).ToArray();
        NoScenario = EngineNotes.Entry(EngineNotes.NoScenario, BasisId.Note(edition.Id, EngineNotes.NoScenario.Id), ApplicabilityCitation, null, []);

        var all = new List<CompiledItem>();
        foreach (var domain in edition.Domains)
        {
            var compiled = domain.Scenarios.SelectMany(s => s.Items).Concat(domain.Items)
                .ToDictionary<ListItem, ListItem, CompiledItem>(i => i, i => new CompiledItem(i, domain, edition, national.NonCiioBands), ReferenceEqualityComparer.Instance);
            foreach (var scenario in domain.Scenarios)
            {
                AddScenario(new CompiledScenario(scenario.Id, scenario.Name, domain, domain.ItemsOf(scenario).Select(i => compiled[i]).ToArray()));
            }

            all.AddRange(compiled.Values);
        }

        foreach (var category in edition.Categories)
        {
            var items = category.Subcategories.Select(s => new CompiledItem(s, edition)).ToArray();
            AddScenario(new CompiledScenario(category.Id, category.Name, null, items));
            all.AddRange(items);
        }

        foreach (var group in all.SelectMany(i => i.Keys.Select(k => (Key: k, Item: i))).GroupBy(p => p.Key, StringComparer.OrdinalIgnoreCase))
        {
            _fieldsEverywhere[group.Key] = group.Select(p => p.Item).Distinct().ToArray();
        }

        foreach (var item in all)
        {
            foreach (var exception in item.Exceptions)
            {
                _exceptions.TryAdd(exception.Id, (item, exception));
            }
        }

        ScenarioNames = _scenarios.Keys.ToArray();
        ScenarioIds = _scenarios.Values.Select(s => s.Id).Distinct(StringComparer.Ordinal).ToArray();
        FieldNames = _fieldsEverywhere.Keys.ToArray();
        ExceptionIds = _exceptions.Keys.ToArray();
    }

    public CatalogEdition Edition { get; }

    /// <summary>True when the edition is in force on the day the engine decides for.</summary>
    public bool InForce { get; }

    public EditionStamp Stamp { get; }

    /// <summary>The editions a decision under this list used: the national rules and the list.</summary>
    public IReadOnlyList<EditionStamp> Stamps { get; }

    public string ApplicabilityCitation { get; }

    public BasisEntry Applies { get; }

    /// <summary>The duties of a processor that uses the list (applying to and filing with its zone group).</summary>
    public IReadOnlyList<Duty> ZoneFiling { get; }

    public BasisEntry OutsideList { get; }

    public BasisEntry NoScenario { get; }

    public IReadOnlyList<string> ScenarioNames { get; }

    /// <summary>Scenario (or category) ids, in edition order.</summary>
    public IReadOnlyList<string> ScenarioIds { get; }

    /// <summary>True when the catalog encodes every item the official edition has (or the edition declares no count).</summary>
    public bool Complete { get; }

    /// <summary>The note said when personal information meets no item of an incomplete edition.</summary>
    public BasisEntry Incomplete { get; }

    public IReadOnlyList<string> FieldNames { get; }

    public IReadOnlyList<string> ExceptionIds { get; }

    public CompiledScenario? FindScenario(string idOrName) => _scenarios.GetValueOrDefault(idOrName);

    /// <summary>The ids of the scenarios whose items include any of <paramref name="items"/>.</summary>
    public IEnumerable<string> ScenariosOf(IReadOnlyList<CompiledItem> items) =>
        _scenarios.Values.Distinct().Where(s => s.Items.Any(items.Contains)).Select(s => s.Id);

    public IReadOnlyList<CompiledItem>? FindField(CompiledScenario? scenario, string idOrName) =>
        scenario is null ? _fieldsEverywhere.GetValueOrDefault(idOrName) : scenario.FindField(idOrName);

    public (CompiledItem Item, ItemException Exception)? FindException(string id) =>
        _exceptions.TryGetValue(id, out var found) ? found : null;

    /// <summary>
    /// Notes (never a pathway) for each important-data reference criterion whose person count the activity exceeds:
    /// such data may be important data once notified or published (art. 2).
    /// </summary>
    public void NoteReferenceCriteria(PersonCounts persons, List<BasisEntry> basis)
    {
        foreach (var c in _criteria)
        {
            var count = persons[c.Counter!.Value];
            if (count > c.Persons!.Value)
            {
                basis.Add(EngineNotes.Entry(EngineNotes.ReferenceCriterion, BasisId.Item(Edition.Id, c.Id), c.Citation, null, [c.TextEn ?? c.Text], [c.Text ?? c.TextEn]) with
                {
                    Title = c.Text ?? EngineNotes.ReferenceCriterion.Title,
                    Confidence = c.Provenance.Confidence,
                    Inputs = [BasisInput.Persons(c.Counter.Value, count, null)],
                });
            }
        }
    }

    /// <summary>Why the list does not apply to this processor (a basis entry naming the deciding fact), or null when it does.</summary>
    public BasisEntry? WhyNotApplicable(ProcessorProfile processor)
    {
        var applicability = Edition.Applicability!;
        if (!InForce)
        {
            return NotApplicable(EngineNotes.ListNotInForce, [TitleEn, Edition.Effective, _asOf], [Edition.Title, Edition.Effective, _asOf],
                BasisInput.Of("asOf", _asOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        }

        if (applicability.CiioExcluded && processor.Ciio)
        {
            return NotApplicable(EngineNotes.ListCiio, [TitleEn], [Edition.Title], BasisInput.Of("processor.ciio", true));
        }

        if (!IsZone(processor.FreeTradeZone))
        {
            var where = processor.FreeTradeZone is null ? "in no free trade zone" : $"in the {ZoneInEnglish(processor.FreeTradeZone)} zone";
            var whereZh = processor.FreeTradeZone is null ? "不在任何自贸区" : $"在“{processor.FreeTradeZone}”自贸区";
            return NotApplicable(EngineNotes.ListOtherZone, [TitleEn, ZoneInEnglish(applicability.Zone), where], [Edition.Title, applicability.ZoneName ?? applicability.Zone, whereZh],
                BasisInput.Of("processor.freeTradeZone", processor.FreeTradeZone));
        }

        if (applicability.RequiresApproval && !processor.ListApproved)
        {
            return NotApplicable(EngineNotes.ListNotApproved, [TitleEn], [Edition.Title], BasisInput.Of("processor.listApproved", false));
        }

        return null;
    }

    /// <summary>The edition's title for English sentences (its Chinese title when it has no English one).</summary>
    public string TitleEn => Edition.TitleEn ?? Edition.Title;

    /// <summary>
    /// A zone as a proper name in English sentences: its id's words capitalised (<c>beijing</c> → <c>Beijing</c>);
    /// a zone named otherwise (北京) reads as given.
    /// </summary>
    public static string ZoneInEnglish(string? zone) => string.Join(' ', (zone ?? string.Empty).Split('-', ' ')
        .Where(w => w.Length > 0).Select(w => char.IsAsciiLetterLower(w[0]) ? char.ToUpperInvariant(w[0]) + w[1..] : w));

    /// <summary>The note that the list does not apply, with the fact that decided it.</summary>
    public BasisEntry NotApplicable(EngineNote note, object?[] en, object?[]? zh, BasisInput input) =>
        EngineNotes.Entry(note, BasisId.Note(Edition.Id, note.Id), ApplicabilityCitation, null, en, zh) with { Inputs = [input] };

    /// <summary>True when <paramref name="zone"/> names this list's zone, by id or Chinese name.</summary>
    public bool IsZone(string? zone) =>
        string.Equals(zone, Edition.Applicability!.Zone, StringComparison.OrdinalIgnoreCase) ||
        (Edition.Applicability.ZoneName is { } name && string.Equals(zone, name, StringComparison.Ordinal));

    private void AddScenario(CompiledScenario scenario)
    {
        _scenarios.TryAdd(scenario.Id, scenario);
        _scenarios.TryAdd(scenario.Name, scenario);
    }
}
