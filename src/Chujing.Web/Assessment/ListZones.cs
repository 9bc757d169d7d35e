using Chujing.Domain.Catalog;
using Chujing.Domain.Diagnostics;

namespace Chujing.Web.Assessment;

/// <summary>
/// Which free-trade zone's lists the platform's processors may use: every processor is registered in a zone group of
/// <see cref="Zone"/>, so a list whose catalog applicability names another zone (<c>tianjin-ftz/2024</c>) is refused
/// for applications and filings. Editions without a zone (the national rules) or unknown editions are left to the
/// assessment, which names unknown ids with suggestions.
/// </summary>
public sealed class ListZones(CatalogSet? catalogs)
{
    /// <summary>The zone of the platform's processors, as catalogs name it.</summary>
    public const string Zone = "beijing";

    /// <summary>A 422 diagnostic on <c>listEdition</c> when <paramref name="edition"/> belongs to another zone; null otherwise.</summary>
    public Diagnostic? Refusal(string? edition)
    {
        if (string.IsNullOrWhiteSpace(edition) || catalogs?.Find(edition.Trim()) is not { Applicability.Zone: { } zone } found
            || string.Equals(zone, Zone, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return Diagnostic.ForField(null, "listEdition", $"'{found.Id}' applies to processors of the {found.Applicability!.ZoneName ?? zone} free-trade zone; yours is in the Beijing zone");
    }
}
