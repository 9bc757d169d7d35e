using System.CommandLine;
using Chujing.Catalog.Yaml;
using Chujing.Domain.Assessment;
using Chujing.Domain.Calendar;
using Chujing.Domain.Catalog;

namespace Chujing.Cli.Catalogs;

/// <summary>Loads the shipped catalogs plus any <c>--catalog-dir</c>; every problem is bad input (exit 2), all listed.</summary>
internal static class CatalogSource
{
    public static CatalogSet LoadCatalogs(this CliContext context, ParseResult parseResult)
    {
        var extra = parseResult.GetValue(context.CatalogDirs) ?? [];
        var set = CatalogLoader.LoadShippedAnd(extra).ValueOrThrow();
        foreach (var id in set.Replaced)
        {
            context.Error.WriteLine($"{CliText.NotePrefix}--catalog-dir 中的 {id} 取代了内置的同名版本 · {id} from --catalog-dir replaces the shipped edition of that id");
        }

        foreach (var (id, supersedes) in set.Unresolved)
        {
            context.Error.WriteLine($"{CliText.NotePrefix}--catalog-dir 中的 {id} 修订 {supersedes}，而后者未加载（加入其文件即可比较） · {id} from --catalog-dir supersedes {supersedes}, which is not loaded (add its file to compare them)");
        }

        return set;
    }

    public static AssessmentEngine CreateEngine(this CliContext context, CatalogSet catalogs) =>
        new(catalogs, RegulatoryCalendar.Today(context.Time));
}
