using Chujing.Domain.Catalog;
using YamlDotNet.RepresentationModel;

namespace Chujing.Catalog.Yaml;

/// <summary>
/// Builds one <see cref="CatalogEdition"/> from its YAML tree: metadata, sources, national rules, and the entries of
/// either family. Structural problems are reported through the <see cref="YamlNodeReader"/>; cross-references are
/// checked afterwards by <see cref="CatalogEdition.Validate"/>.
/// </summary>
internal sealed partial class EditionReader
{
    private static readonly string[] RootKeys =
    [
        "id", "family", "title", "titleEn", "editionLabel", "issued", "effective", "supersedes", "issuers",
        "applicability", "coverage", "sources", "rules", "domains", "categories", "referenceCriteria", "duties", "notes",
        "signed", "facts",
    ];

    private static readonly string[] ApplicabilityKeys =
        ["zone", "zoneName", "eligibility", "eligibilityNote", "ciioExcluded", "requiresApproval", "citation", "provenance", "note", "zoneGroups"];

    private static readonly string[] CoverageKeys = ["items", "scenarios", "fields", "categories", "subcategories", "importantDataItems", "personalInformationItems", "note", "provenance"];
    private static readonly string[] SourceKeys = ["id", "title", "url", "date", "note"];
    private static readonly string[] ProvenanceKeys = ["sources", "confidence", "note"];
    private static readonly string[] ThresholdKeys = ["counter", "atLeast", "below", "pathway", "note"];
    internal static readonly string[] FamilyNames = ["national", "scenario", "category"];
    internal static readonly string[] ConfidenceNames = ["confirmed-two-sources", "one-source", "unverified"];
    internal static readonly string[] CounterNames = ["personal", "sensitive"];

    private readonly YamlNodeReader _read;

    public EditionReader(YamlNodeReader reader) => _read = reader;

    /// <summary>Positions of entries, for the validator's located diagnostics.</summary>
    public Dictionary<object, YamlNode> Locations { get; } = new(ReferenceEqualityComparer.Instance);

    /// <summary>Where <paramref name="entry"/> was written (line and column of its node), or (0, 0).</summary>
    public (int Line, int Column) Locate(object entry) =>
        Locations.TryGetValue(entry, out var node) ? ((int)node.Start.Line, (int)node.Start.Column) : (0, 0);

    public CatalogEdition? Read(YamlNode root, string contentHash, string sourcePath)
    {
        var map = _read.Mapping(root, null!, RootKeys);
        if (map is null)
        {
            return null;
        }

        var id = _read.String(map, "id", "edition", required: true) ?? "?";
        var family = _read.Enum(map, "family", id, true, FamilyNames, ParseFamily);
        var title = _read.String(map, "title", id, required: true);
        var effective = _read.Date(map, "effective", id, required: true);
        var edition = new CatalogEdition
        {
            Id = id,
            Family = family ?? CatalogFamily.Scenario,
            Title = title ?? string.Empty,
            TitleEn = _read.String(map, "titleEn", id, false),
            EditionLabel = _read.String(map, "editionLabel", id, false),
            Issued = _read.Date(map, "issued", id, false),
            Effective = effective ?? default,
            Supersedes = _read.String(map, "supersedes", id, false),
            Issuers = _read.StringList(map, "issuers", id),
            Applicability = ReadApplicability(YamlNodeReader.Child(map, "applicability"), id),
            Coverage = ReadCoverage(YamlNodeReader.Child(map, "coverage"), id),
            Sources = _read.Sequence(map, "sources", id).Select(n => ReadSource(n, id)).OfType<SourceDocument>().ToArray(),
            Rules = _read.Sequence(map, "rules", id).Select(ReadRule).OfType<NationalRule>().ToArray(),
            Domains = _read.Sequence(map, "domains", id).Select(ReadDomain).OfType<CatalogDomain>().ToArray(),
            Categories = _read.Sequence(map, "categories", id).Select(ReadCategory).OfType<Category>().ToArray(),
            ReferenceCriteria = _read.Sequence(map, "referenceCriteria", id).Select(ReadCriterion).OfType<ReferenceCriterion>().ToArray(),
            Duties = _read.Sequence(map, "duties", id).Select(ReadDuty).OfType<ListDuty>().ToArray(),
            Notes = _read.String(map, "notes", id, false),
            ContentHash = contentHash,
            SourcePath = sourcePath,
        };
        edition = WithReportedFacts(map, edition);
        Locations[edition] = root;
        return edition;
    }

    private Applicability? ReadApplicability(YamlNode? node, string subject)
    {
        if (node is null)
        {
            return null;
        }

        var map = _read.Mapping(node, subject + ".applicability", ApplicabilityKeys);
        if (map is null)
        {
            return null;
        }

        var s = subject + ".applicability";
        return new Applicability(
            _read.String(map, "zone", s, false),
            _read.String(map, "eligibility", s, false),
            _read.String(map, "eligibilityNote", s, false),
            _read.Bool(map, "ciioExcluded", s) ?? true,
            _read.Bool(map, "requiresApproval", s) ?? true,
            _read.String(map, "citation", s, false),
            ReadProvenance(YamlNodeReader.Child(map, "provenance"), s, required: false))
        {
            ZoneName = _read.String(map, "zoneName", s, false),
            Note = _read.String(map, "note", s, false),
        };
    }

    private Coverage? ReadCoverage(YamlNode? node, string subject)
    {
        if (node is null)
        {
            return null;
        }

        var map = _read.Mapping(node, subject + ".coverage", CoverageKeys);
        if (map is null)
        {
            return null;
        }

        var s = subject + ".coverage";
        return new Coverage(
            (int?)_read.Long(map, "items", s),
            (int?)_read.Long(map, "scenarios", s),
            (int?)_read.Long(map, "fields", s),
            (int?)_read.Long(map, "categories", s),
            (int?)_read.Long(map, "subcategories", s))
        {
            ImportantDataItems = (int?)_read.Long(map, "importantDataItems", s),
            PersonalInformationItems = (int?)_read.Long(map, "personalInformationItems", s),
            Note = _read.String(map, "note", s, false),
        };
    }

    private SourceDocument? ReadSource(YamlNode node, string subject)
    {
        var map = _read.Mapping(node, subject + ".sources", SourceKeys);
        if (map is null)
        {
            return null;
        }

        var id = _read.String(map, "id", subject + ".sources", true);
        var title = _read.String(map, "title", id ?? subject, true);
        var source = id is null || title is null
            ? null
            : new SourceDocument(id, title, _read.String(map, "url", id, false), _read.Date(map, "date", id, false)) { Note = _read.String(map, "note", id, false) };
        if (source is not null)
        {
            Locations[source] = node;
        }

        return source;
    }

    /// <summary>Reads <c>provenance: {sources: [...], confidence: ...}</c>; reports it missing when required.</summary>
    private Provenance? ReadProvenance(YamlNode? node, string subject, bool required)
    {
        if (node is null)
        {
            if (required)
            {
                _read.Report(null, subject, "'provenance' is required (sources and confidence)");
            }

            return null;
        }

        var map = _read.Mapping(node, subject, ProvenanceKeys);
        if (map is null)
        {
            return null;
        }

        var confidence = _read.Enum(map, "confidence", subject, true, ConfidenceNames, ParseConfidence);
        var provenance = new Provenance(_read.StringList(map, "sources", subject), confidence ?? Confidence.Unverified) { Note = _read.String(map, "note", subject, false) };
        Locations[provenance] = node;
        return provenance;
    }

    private Provenance RequiredProvenance(YamlMappingNode map, string subject)
    {
        var node = YamlNodeReader.Child(map, "provenance");
        if (node is null)
        {
            _read.Report(map, subject, "'provenance' is required (sources and confidence)");
        }

        return ReadProvenance(node, subject, required: false) ?? new Provenance([], Confidence.Unverified);
    }

    private List<Threshold> ReadThresholds(YamlMappingNode map, string subject)
    {
        var thresholds = new List<Threshold>();
        foreach (var node in _read.Sequence(map, "thresholds", subject))
        {
            var t = _read.Mapping(node, subject, ThresholdKeys);
            if (t is null)
            {
                continue;
            }

            var counter = _read.Enum(t, "counter", subject, true, CounterNames, ParseCounter);
            var atLeast = _read.Long(t, "atLeast", subject);
            var below = _read.Long(t, "below", subject);
            var pathway = _read.Enum(t, "pathway", subject, true, PathwayNames.All, ParsePathway);
            if (counter is null || pathway is null)
            {
                continue;
            }

            if (atLeast is 0 || below is 0)
            {
                _read.Report(node, subject, "a threshold bound must be 1 or more (0 persons means nothing was sent)");
                continue;
            }

            if (atLeast is not null && below is not null && atLeast >= below)
            {
                _read.Report(node, subject, $"thresholds out of order: atLeast {atLeast} (以上) is not below {below} (不满)");
                continue;
            }

            var threshold = new Threshold(counter.Value, atLeast, below, pathway.Value) { Note = _read.String(t, "note", subject, false) };
            Locations[threshold] = node;
            thresholds.Add(threshold);
        }

        return thresholds;
    }

    private static CatalogFamily? ParseFamily(string text) => text switch
    {
        "national" => CatalogFamily.National,
        "scenario" => CatalogFamily.Scenario,
        "category" => CatalogFamily.Category,
        _ => null,
    };

    private static Confidence? ParseConfidence(string text) => text switch
    {
        "confirmed-two-sources" => Confidence.ConfirmedTwoSources,
        "one-source" => Confidence.OneSource,
        "unverified" => Confidence.Unverified,
        _ => null,
    };

    private static Counter? ParseCounter(string text) => text switch
    {
        "personal" => Counter.Personal,
        "sensitive" => Counter.Sensitive,
        _ => null,
    };

    private static Pathway? ParsePathway(string text) => PathwayNames.TryParse(text, out var p) ? p : null;
}
