using System.Reflection;

namespace Chujing.ArchitectureTests;

/// <summary>The assemblies built from src/, loaded through the CLI that references them all.</summary>
internal static class Assemblies
{
    public static Assembly Domain { get; } = typeof(Chujing.Domain.Catalog.Pathway).Assembly;

    public static Assembly Web { get; } = typeof(Chujing.Web.PlatformApp).Assembly;

    public static IReadOnlyList<Assembly> All { get; } =
    [
        Domain,
        typeof(Chujing.Catalog.Yaml.CatalogLoader).Assembly,
        typeof(Chujing.Scanning.TableReader).Assembly,
        typeof(Chujing.Evidence.EvidenceLedger).Assembly,
        typeof(Chujing.Persistence.ChujingDbContext).Assembly,
        typeof(Chujing.Documents.FilingMaterials).Assembly,
        Web,
        Assembly.Load("chujing"),
    ];

    /// <summary>Types written in the source, without the ones the compiler generates.</summary>
    public static IEnumerable<Type> SourceTypes(Assembly assembly) =>
        assembly.GetTypes().Where(t => !t.Name.Contains('<', StringComparison.Ordinal) && t.Namespace is { } ns && ns.StartsWith("Chujing", StringComparison.Ordinal));
}
