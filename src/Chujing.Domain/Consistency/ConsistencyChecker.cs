using System.Collections.Concurrent;
using Chujing.Domain.Assessment;
using Chujing.Domain.Catalog;
using Chujing.Domain.Evidence;

namespace Chujing.Domain.Consistency;

/// <summary>
/// Compares actual exports with their filings (验证实际数据出境情况与备案内容的一致性). Pure: an event, the filing it
/// names (content and status history), the list edition the filing is pinned to and the year's counts in; zero or
/// more <see cref="Deviation"/>s out. Immutable and thread-safe; compile a filing once (<see cref="Compile"/>) and
/// check any number of events against it.
/// </summary>
public sealed class ConsistencyChecker
{
    private readonly CatalogSet _catalogs;
    private readonly ICountryNames? _countries;
    private readonly ConcurrentDictionary<string, ListVocabulary?> _vocabularies = new(StringComparer.Ordinal);

    /// <param name="engine">Decides band crossings (the same engine that assesses filings).</param>
    /// <param name="catalogs">The editions filings are pinned to.</param>
    /// <param name="countries">The names a sentence gives destinations by; without them a destination reads as its code.</param>
    public ConsistencyChecker(AssessmentEngine engine, CatalogSet catalogs, ICountryNames? countries = null)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(catalogs);
        Engine = engine;
        _catalogs = catalogs;
        _countries = countries;
        NoFilingBasis = [.. catalogs.Editions.Select(ConsistencyBasis.ZoneGroupFiling).OfType<DeviationBasis>().Take(1), ConsistencyBasis.Commentary];
        SensitiveRule = engine.National.Rules.FirstOrDefault(r => r.Id == "art8-standard-contract-or-certification") is { } rule
            ? new DeviationBasis(engine.National.Id + "#" + rule.Id, rule.Citation)
            : null;
    }

    internal AssessmentEngine Engine { get; }

    /// <summary>
    /// <paramref name="code"/> as a sentence names it: 美国（United States） in Chinese, United States (美国) in
    /// English; the code as given when no name is known.
    /// </summary>
    internal string CountryLabel(string code, bool english) =>
        _countries?.Find(code) is { } name
            ? english ? $"{name.NameEn} ({name.Name})" : $"{name.Name}（{name.NameEn}）"
            : code;

    /// <summary>What an export without a filing breaks: the zone-group filing duty of the lists, and the consistency check.</summary>
    internal IReadOnlyList<DeviationBasis> NoFilingBasis { get; }

    /// <summary>The national rule that sensitive personal information from the first person needs a pathway.</summary>
    internal DeviationBasis? SensitiveRule { get; }

    /// <summary>Prepares <paramref name="filing"/> for checking: its vocabulary from the pinned edition, its recipients, its baseline decision.</summary>
    public FilingCheck Compile(CheckedFiling filing)
    {
        ArgumentNullException.ThrowIfNull(filing);
        var edition = filing.Content.ListEdition;
        var vocabulary = _vocabularies.GetOrAdd(edition, id => _catalogs.Find(id) is { } e ? new ListVocabulary(e) : null);
        return new FilingCheck(this, filing, vocabulary);
    }

    /// <summary>
    /// The deviations of event <paramref name="index"/>: against <paramref name="filing"/> (the compiled filing the
    /// event names; null when it names none, or one that does not exist; a filing of another id or another processor
    /// counts as none). Without
    /// <paramref name="counts"/> (the processor's counts for the event's Beijing year) the count kinds are skipped;
    /// <paramref name="filingCounts"/> are the distinct persons sent under the filing itself that year, which its own
    /// figures are compared with (the processor's counts stand in for them when they are not known).
    /// </summary>
    public IReadOnlyList<Deviation> Check(ExportEvent exportEvent, int index, FilingCheck? filing, YearCounts? counts, YearCounts? filingCounts = null)
    {
        ArgumentNullException.ThrowIfNull(exportEvent);
        return filing is null
            || !string.Equals(filing.Filing.Id, exportEvent.Filing, StringComparison.Ordinal)
            || !string.Equals(filing.Filing.Processor, exportEvent.Processor, StringComparison.Ordinal)
            ? [NoFiling(exportEvent, index, filing is not null && string.Equals(filing.Filing.Id, exportEvent.Filing, StringComparison.Ordinal) ? filing : null)]
            : filing.Check(exportEvent, index, counts, filingCounts);
    }

    private Deviation NoFiling(ExportEvent e, int index, FilingCheck? other)
    {
        var (zh, en) = e.Filing is null
            ? ("该出境事件未注明备案编号，按负面清单出境须先完成备案。", "The export names no filing; exporting under the list needs a filing first.")
            : other is null
                ? ($"该出境事件注明的备案 {e.Filing} 不存在或不属于本数据处理者。", $"The filing {e.Filing} the export names does not exist or is not this processor's.")
                : ($"备案 {e.Filing} 属于另一数据处理者，不能作为本次出境的依据。", $"The filing {e.Filing} belongs to another processor and cannot cover this export.");
        return new Deviation(index, DeviationKind.NoFiling, "filing", SeverityTable.Of(DeviationKind.NoFiling), zh, en, other?.NotInForceBasis ?? NoFilingBasis);
    }
}
