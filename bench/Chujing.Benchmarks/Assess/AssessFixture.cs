using System.Globalization;
using Chujing.Domain.Assessment;
using Chujing.Domain.Catalog;
using Chujing.Catalog.Yaml;

namespace Chujing.Benchmarks.Assess;

/// <summary>
/// The shipped catalogs plus synthetic scenario-based editions of 10 and 1,000 items, and the activities the
/// benchmarks decide. The synthetic editions show whether a decision stays flat as a list grows.
/// </summary>
public static class AssessFixture
{
    public static readonly DateOnly AsOf = new(2026, 11, 27);

    public static CatalogSet Load(params int[] syntheticSizes)
    {
        var root = FindCatalogs();
        var shipped = CatalogLoader.LoadDirectories([root]).ValueOrThrow().Editions;
        return CatalogSet.Create(shipped.Concat(syntheticSizes.Select(Synthetic))).ValueOrThrow();
    }

    /// <summary>An edition of <paramref name="items"/> personal-information items in 10-item scenarios, each with 4 fields and 2 bands.</summary>
    public static CatalogEdition Synthetic(int items)
    {
        var provenance = new Provenance(["synthetic"], Confidence.Unverified);
        var scenarios = Enumerable.Range(0, Math.Max(1, items / 10)).Select(s => new Scenario(
            $"s{s}", $"场景{s}", null, null,
            Enumerable.Range(0, Math.Min(10, items)).Select(i => new ListItem(
                $"s{s}-i{i}", ItemKind.PersonalInformation, $"条目{s}-{i}", null, null, Pathway.StandardContractOrCertification,
                [new Threshold(Counter.Personal, 200_000, 2_000_000, Pathway.StandardContractOrCertification), new Threshold(Counter.Personal, 2_000_000, null, Pathway.SecurityAssessment)],
                true,
                Enumerable.Range(0, 4).Select(f => new CatalogField($"s{s}-i{i}-f{f}", $"字段{s}-{i}-{f}", null, false, [], [])).ToArray(),
                [], "synthetic", provenance)).ToArray(),
            "synthetic", provenance)).ToArray();
        return new CatalogEdition
        {
            Id = "synthetic-ftz/" + items.ToString(CultureInfo.InvariantCulture),
            Family = CatalogFamily.Scenario,
            Title = "synthetic",
            Effective = AsOf,
            Applicability = new Applicability("synthetic", null, null, true, true, "synthetic", provenance),
            Sources = [new SourceDocument("synthetic", "synthetic", null, null)],
            Domains = [new CatalogDomain("d", "领域", null, [], scenarios, null, null)],
            ContentHash = "sha256:synthetic",
        };
    }

    public static ExportActivity National() =>
        new(new ProcessorProfile(false, null, false, false), null, null, null, false, new PersonCounts(150_000, 20), [], []);

    public static ExportActivity Beijing() =>
        new(new ProcessorProfile(false, "beijing", true, false), "beijing-ftz/2024", "bj-pharma-clinical-trial", null, false,
            new PersonCounts(0, 30_000), ["medical-imaging", "blood-test"], []);

    /// <summary>An activity naming two fields of the last scenario of a synthetic edition.</summary>
    public static ExportActivity InSynthetic(int items)
    {
        var s = Math.Max(1, items / 10) - 1;
        return new(new ProcessorProfile(false, "synthetic", true, false), "synthetic-ftz/" + items.ToString(CultureInfo.InvariantCulture), $"s{s}", null, false,
            new PersonCounts(300_000, 0), [$"s{s}-i3-f1", $"字段{s}-7-2"], []);
    }

    private static string FindCatalogs()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "catalogs");
            if (File.Exists(Path.Combine(dir.FullName, "Chujing.slnx")) && Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("catalogs/ not found above " + AppContext.BaseDirectory);
    }
}
