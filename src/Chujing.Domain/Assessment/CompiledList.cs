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

    public CompiledList(CatalogEdition edition, NationalRules national)
    {
        Edition = edition;
        Stamp = new EditionStamp(edition.Id, edition.ContentHash);
        Stamps = [national.Stamp, Stamp];
        var applicability = edition.Applicability!;
        ApplicabilityCitation = applicability.Citation ?? national.FtzList.Citation;
        Applies = new BasisEntry(edition.Id + "#applies", ApplicabilityCitation,
            $"The processor is in the {applicability.Zone} free trade zone, approved to use '{edition.Title}' and not a CIIO, so the list applies (art. 6).", null)
        {
            Title = "适用负面清单",
        };
        ZoneFiling = edition.Duties.Count > 0
            ? edition.Duties.Select(d => new Duty(edition.Id + "#" + d.Id, d.Text, d.TextEn ?? d.Explanation, d.Citation)).ToArray()
            : [new Duty(edition.Id + "#zone-group-filing", "向所在自贸组团提交负面清单使用申请与备案", "Apply to use the list and file the export activity with the zone group", ApplicabilityCitation)];
        OutsideList = new BasisEntry(national.FtzList.Id, national.FtzList.Citation,
            "Inside a listed scenario, data the list does not name may leave without any of the three pathways (art. 6).", Pathway.Exempt)
        {
            Title = "负面清单外的数据免予申报",
        };
        var declared = edition.Family == CatalogFamily.Category ? edition.Coverage?.Subcategories : edition.Coverage?.Items;
        var encoded = edition.Family == CatalogFamily.Category ? edition.Encoded.Subcategories : edition.Encoded.Items;
        Complete = declared is null || encoded >= declared;
        Incomplete = new BasisEntry(edition.Id + "#incomplete", ApplicabilityCitation,
            $"The catalog encodes {encoded} of the {declared} items of '{edition.Title}', so it cannot show that this personal information lies outside the list; the national bands of arts. 7 and 8 are applied.", null)
        {
            Title = "清单未完整收录，按国家标准判断",
        };
        _criteria = edition.ReferenceCriteria.Where(c => c.Counter is not null && c.Persons is not null).ToArray();
        NoScenario = new BasisEntry(edition.Id + "#no-scenario", ApplicabilityCitation,
            "The activity names no scenario or field of the list, so the national rules decide; name them to use the list.", null)
        {
            Title = "未指明清单场景或字段，按国家规定判断",
        };

        var all = new List<CompiledItem>();
        foreach (var domain in edition.Domains)
        {
            var compiled = domain.Scenarios.SelectMany(s => s.Items).Concat(domain.Items)
                .ToDictionary<ListItem, ListItem, CompiledItem>(i => i, i => new CompiledItem(i, domain, edition), ReferenceEqualityComparer.Instance);
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
            if (persons[c.Counter!.Value] > c.Persons!.Value)
            {
                basis.Add(new BasisEntry(Edition.Id + "#" + c.Id, c.Citation,
                    $"The count exceeds the important-data reference criterion '{c.TextEn ?? c.Text}': such data may be important data once notified or published (art. 2).", null)
                {
                    Title = c.Text ?? "重要数据识别参考规则",
                });
            }
        }
    }

    /// <summary>Why the list does not apply to this processor, or null when it does.</summary>
    public string? WhyNotApplicable(ProcessorProfile processor)
    {
        var applicability = Edition.Applicability!;
        if (applicability.CiioExcluded && processor.Ciio)
        {
            return $"'{Edition.Id}' does not apply: critical information infrastructure operators cannot use free-trade-zone lists; the national rules decide.";
        }

        if (!IsZone(processor.FreeTradeZone))
        {
            var where = processor.FreeTradeZone is null ? "in no free trade zone" : $"in the '{processor.FreeTradeZone}' zone";
            return $"'{Edition.Id}' does not apply: it serves processors of the '{applicability.Zone}' zone and this processor is {where}; the national rules decide.";
        }

        if (applicability.RequiresApproval && !processor.ListApproved)
        {
            return $"'{Edition.Id}' does not apply: the processor has not been approved by its zone group to use the list; the national rules decide.";
        }

        return null;
    }

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
