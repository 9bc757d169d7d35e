using Chujing.Domain.Assessment;
using Chujing.Domain.Catalog;
using Chujing.Catalog.Yaml;
using Chujing.TestSupport;

namespace Chujing.Domain.Tests.Assessment;

/// <summary>The catalogs that ship in catalogs/, loaded once, and an engine over them.</summary>
internal static class Shipped
{
    private static readonly Lazy<CatalogSet> LazyCatalogs = new(() => CatalogLoader.LoadDirectories([RepositoryPaths.Catalogs]).ValueOrThrow());

    public static CatalogSet Catalogs => LazyCatalogs.Value;

    public static AssessmentEngine Engine { get; } = new(Catalogs, new DateOnly(2026, 11, 27));

    public static ExportActivity National(long personal, long sensitive, bool ciio = false, bool importantData = false, Exemption? exemption = null) =>
        new(new ProcessorProfile(ciio, null, false, false), null, null, exemption, importantData, new PersonCounts(personal, sensitive), [], []);

    public static ExportActivity Beijing(
        string? scenario, IReadOnlyList<string> fields, long personal = 0, long sensitive = 0, bool ciio = false, string? zone = "beijing",
        bool approved = true, bool autonomousDriving = false, bool importantData = false, IReadOnlyList<string>? exceptions = null) =>
        new(new ProcessorProfile(ciio, zone, approved, autonomousDriving), "beijing-ftz/2024", scenario, null, importantData,
            new PersonCounts(personal, sensitive), fields, exceptions ?? []);

    public static Decision Assess(ExportActivity activity) => Engine.Assess(activity).ValueOrThrow();
}
