using System.CommandLine;
using Chujing.Assessment;
using Chujing.Catalog;
using Chujing.Catalog.Yaml;

namespace Chujing.Cli.Catalogs;

/// <summary>Loads the shipped catalogs plus any <c>--catalog-dir</c>; every problem is bad input (exit 2), all listed.</summary>
internal static class CatalogSource
{
    public static CatalogSet LoadCatalogs(this CliContext context, ParseResult parseResult)
    {
        var extra = parseResult.GetValue(context.CatalogDirs) ?? [];
        return CatalogLoader.LoadDirectories([CatalogLoader.ShippedDirectory, .. extra]).ValueOrThrow();
    }

    public static AssessmentEngine CreateEngine(this CliContext context, CatalogSet catalogs) =>
        new(catalogs, DateOnly.FromDateTime(context.Time.GetLocalNow().DateTime));
}
