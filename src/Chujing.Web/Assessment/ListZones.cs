using Chujing.Domain.Assessment;
using Chujing.Domain.Catalog;
using Chujing.Domain.Diagnostics;
using Chujing.Persistence.Processors;

namespace Chujing.Web.Assessment;

/// <summary>
/// Which free-trade zone's lists the platform's processors may use: every processor is registered in a zone group of
/// <see cref="Zone"/> (<see cref="PlatformOptions.Zone"/>), so a list whose catalog applicability names another zone
/// (<c>tianjin-ftz/2024</c>) is refused for applications and filings. Editions without a zone (the national rules) or
/// unknown editions are left to the assessment, which names unknown ids with suggestions.
/// </summary>
/// <param name="platform">The editions published in the platform, which processors may apply to use like the shipped ones.</param>
public sealed class ListZones(CatalogSet? catalogs, string zone, Editions.PlatformCatalogs? platform = null)
{
    private CatalogEdition? Find(string id) => platform?.Find(id) ?? catalogs?.Find(id);

    /// <summary>The zone of the platform's processors, as catalogs name it (e.g. <c>beijing</c>).</summary>
    public string Zone { get; } = zone;

    /// <summary>The zone's newest shipped list edition, offered as the default on forms; null when no catalog names the zone.</summary>
    public string? DefaultList => catalogs?.Editions
        .Where(e => e.Family != CatalogFamily.National && string.Equals(e.Applicability?.Zone, Zone, StringComparison.OrdinalIgnoreCase))
        .MaxBy(e => e.Effective)?.Id;

    /// <summary>The facts about <paramref name="processor"/> that the rules ask; every processor is registered in <see cref="Zone"/>.</summary>
    public ProcessorProfile Profile(Processor processor)
    {
        ArgumentNullException.ThrowIfNull(processor);
        return new ProcessorProfile(processor.Ciio, Zone, processor.ListApproved, AutonomousDriving: false);
    }

    /// <summary>A 422 diagnostic on <c>listEdition</c> when <paramref name="edition"/> belongs to another zone; null otherwise.</summary>
    public Diagnostic? Refusal(string? edition)
    {
        if (string.IsNullOrWhiteSpace(edition) || Find(edition.Trim()) is not { Applicability.Zone: { } other } found
            || string.Equals(other, Zone, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return Diagnostic.ForField(null, "listEdition", $"'{found.Id}' applies to processors of the {found.Applicability!.ZoneName ?? other} free-trade zone; yours is in the {Zone} zone");
    }

    /// <summary>
    /// The shipped list editions of the platform's zone (not the national rules, not another zone's lists), newest
    /// effective date first: what the forms offer (an edition published in the platform is reached by moving a filing
    /// onto it, and may be applied for by id).
    /// </summary>
    public IReadOnlyList<CatalogEdition> Lists =>
        catalogs is null ? [] : [.. catalogs.Editions
            .Where(e => e.Family != CatalogFamily.National && (e.Applicability?.Zone is null || string.Equals(e.Applicability.Zone, Zone, StringComparison.OrdinalIgnoreCase)))
            .OrderByDescending(e => e.Effective).ThenBy(e => e.Id, StringComparer.Ordinal)];

    /// <summary>
    /// A 422 diagnostic on <c>listEdition</c> when <paramref name="edition"/> is not a list one can apply to use: the
    /// national rules (which apply to everyone without approval) or an edition the platform does not serve. Null when
    /// it is a list, or when no catalog is loaded (nothing to check against).
    /// </summary>
    public Diagnostic? NotAList(string? edition)
    {
        if (catalogs is null || string.IsNullOrWhiteSpace(edition))
        {
            return null;
        }

        var id = edition.Trim();
        var lists = Lists.Select(e => e.Id).ToList();
        return Find(id) switch
        {
            null => Diagnostic.ForField(null, "listEdition", $"'{id}' is not an edition this platform serves", Chujing.Domain.Text.Suggestions.Phrase(id, lists)),
            { Family: CatalogFamily.National } => Diagnostic.ForField(null, "listEdition", $"'{id}' holds the national rules, which apply without approval; apply for a list edition such as {string.Join(", ", lists)}"),
            _ => null,
        };
    }
}
