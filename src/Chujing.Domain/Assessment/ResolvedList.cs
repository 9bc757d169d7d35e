using Chujing.Domain.Catalog;

namespace Chujing.Domain.Assessment;

/// <summary>The list part of an activity with every id resolved: the scenario, the items its fields name, the exceptions claimed.</summary>
internal sealed record ResolvedList(
    CompiledList List,
    CompiledScenario? Scenario,
    IReadOnlyList<CompiledItem> Items,
    IReadOnlyList<CompiledItem> Assumed,
    IReadOnlyDictionary<CompiledItem, ItemException> Claimed,
    bool Named)
{
    /// <summary>The exclusion id the engine knows for autonomous-driving firms.</summary>
    public const string AutonomousDrivingExclusion = "autonomous-driving";

    /// <summary>Why a domain's part of the list excludes this processor (a basis entry), or null.</summary>
    public BasisEntry? ExcludedReason(ProcessorProfile processor)
    {
        if (!processor.AutonomousDriving)
        {
            return null;
        }

        var domains = Scenario?.Domain is { } d ? [d] : Items.Select(i => i.Domain).OfType<CatalogDomain>().Distinct();
        foreach (var domain in domains)
        {
            var exclusion = domain.Exclusions.FirstOrDefault(e => string.Equals(e.Id, AutonomousDrivingExclusion, StringComparison.Ordinal));
            if (exclusion is not null)
            {
                return List.NotApplicable(EngineNotes.ListExcluded, [List.TitleEn, domain.NameEn ?? domain.Name, exclusion.Citation],
                    [List.Edition.Title, domain.Name, exclusion.Citation], BasisInput.Of("processor.autonomousDriving", true));
            }
        }

        return null;
    }
}
