using Chujing.Domain.Catalog;
using YamlDotNet.RepresentationModel;

namespace Chujing.Catalog.Yaml;

/// <summary>The entries: national rules, domains, scenarios, items, fields, categories.</summary>
internal sealed partial class EditionReader
{
    private static readonly string[] RuleKeys =
    [
        "id", "role", "appliesTo", "exemption", "coversImportantData", "pathway", "thresholds", "period",
        "extensionWindow", "extension", "yieldsTo", "title", "titleEn", "text", "textEn", "explanation", "citation", "provenance", "note",
        "explanationZh", "elements", "onlyForLegalBasis",
    ];

    private static readonly string[] ElementKeys = ["id", "test", "title", "titleEn", "citation", "from", "note"];
    private static readonly string[] ElementTestNames = [.. System.Enum.GetValues<ElementTest>().Select(Chujing.Domain.Filings.FilingNames.Of)];
    private static readonly string[] LegalBasisNames = [.. System.Enum.GetValues<LegalBasis>().Select(Chujing.Domain.Filings.FilingNames.Of)];

    private static readonly string[] DomainKeys = ["id", "name", "nameEn", "exclusions", "scenarios", "items", "citation", "provenance", "note"];
    private static readonly string[] ScenarioKeys = ["id", "name", "nameEn", "description", "items", "citation", "provenance", "note"];

    private static readonly string[] ItemKeys =
    [
        "id", "kind", "name", "nameEn", "description", "pathway", "thresholds", "thresholdsKnown", "fields",
        "exceptions", "citation", "provenance", "note", "reportedThreshold", "scenarioScope", "scenarios",
    ];

    private static readonly string[] FieldKeys = ["id", "name", "nameEn", "sensitive", "detectors", "synonyms", "provenance", "note"];
    private static readonly string[] ExceptionKeys = ["id", "text", "textEn", "effect", "citation", "provenance", "note"];
    private static readonly string[] ExclusionKeys = ["id", "text", "textEn", "citation", "provenance", "note"];
    private static readonly string[] CategoryKeys = ["id", "name", "nameEn", "subcategories", "citation", "provenance", "note"];

    private static readonly string[] SubcategoryKeys =
        ["id", "name", "nameEn", "features", "examples", "kind", "pathway", "citation", "provenance", "note"];

    internal static readonly string[] ScopeNamesOfItems = ["all", "listed", "unknown"];
    private static readonly string[] PeriodKeys = ["value", "unit"];
    internal static readonly string[] RoleNames = ["important-data", "exemption", "ciio", "headcount", "ftz-list", "validity", "filing", "duty", "handled-volume"];
    internal static readonly string[] ScopeNames = ["any", "ciio", "non-ciio"];
    internal static readonly string[] KindNames = ["important-data", "personal-information"];
    internal static readonly string[] UnitNames = ["days", "working-days", "months", "years"];

    private NationalRule? ReadRule(YamlNode node)
    {
        var map = _read.Mapping(node, "rules", RuleKeys);
        if (map is null)
        {
            return null;
        }

        var id = _read.String(map, "id", "rules", true) ?? "?";
        var role = _read.Enum(map, "role", id, true, RoleNames, ParseRole);
        var scope = _read.Enum(map, "appliesTo", id, false, ScopeNames, ParseScope) ?? RuleScope.Any;
        Exemption? exemption = null;
        var exemptionText = _read.String(map, "exemption", id, role == RuleRole.Exemption);
        if (exemptionText is not null)
        {
            exemption = _read.Enum<Exemption>(map, "exemption", id, true, ExemptionNames.All, t => ExemptionNames.TryParse(t, out var e) ? e : null);
        }

        var title = _read.String(map, "title", id, true);
        var explanation = _read.String(map, "explanation", id, true);
        var citation = _read.String(map, "citation", id, true);
        var rule = new NationalRule(
            id,
            role ?? RuleRole.Duty,
            scope,
            exemption,
            _read.Bool(map, "coversImportantData", id) ?? false,
            _read.Enum(map, "pathway", id, false, PathwayNames.All, ParsePathway),
            ReadThresholds(map, id),
            ReadPeriod(YamlNodeReader.Child(map, "period"), id),
            ReadPeriod(YamlNodeReader.Child(map, "extensionWindow"), id),
            title ?? string.Empty,
            _read.String(map, "titleEn", id, false),
            _read.String(map, "text", id, false),
            explanation ?? string.Empty,
            citation ?? string.Empty,
            RequiredProvenance(map, id))
        {
            YieldsTo = _read.StringList(map, "yieldsTo", id),
            Extension = ReadPeriod(YamlNodeReader.Child(map, "extension"), id),
            TextEn = _read.String(map, "textEn", id, false),
            Note = _read.String(map, "note", id, false),
            ExplanationZh = _read.String(map, "explanationZh", id, false),
            Elements = _read.Sequence(map, "elements", id).Select(n => ReadElement(n, id, citation ?? string.Empty)).OfType<ExemptionElement>().ToArray(),
            OnlyForLegalBasis = _read.Enum(map, "onlyForLegalBasis", id, false, LegalBasisNames,
                t => Chujing.Domain.Filings.FilingNames.TryParse<LegalBasis>(t, out var b) ? b : (LegalBasis?)null),
        };
        Locations[rule] = node;
        return rule;
    }

    /// <summary>One element of an exemption; without its own citation it cites the rule's.</summary>
    private ExemptionElement? ReadElement(YamlNode node, string rule, string ruleCitation)
    {
        var map = _read.Mapping(node, rule + ".elements", ElementKeys);
        if (map is null)
        {
            return null;
        }

        var id = _read.String(map, "id", rule + ".elements", true) ?? "?";
        var subject = rule + ".elements." + id;
        var test = _read.Enum(map, "test", subject, true, ElementTestNames,
            t => Chujing.Domain.Filings.FilingNames.TryParse<ElementTest>(t, out var e) ? e : (ElementTest?)null);
        var title = _read.String(map, "title", subject, true);
        return test is null || title is null
            ? null
            : new ExemptionElement(id, test.Value, title, _read.String(map, "titleEn", subject, false),
                _read.String(map, "citation", subject, false) ?? ruleCitation, _read.Date(map, "from", subject, false));
    }

    private Period? ReadPeriod(YamlNode? node, string subject)
    {
        if (node is null)
        {
            return null;
        }

        var map = _read.Mapping(node, subject, PeriodKeys);
        if (map is null)
        {
            return null;
        }

        var value = _read.Long(map, "value", subject);
        var unit = _read.Enum(map, "unit", subject, true, UnitNames, ParseUnit);
        if (value is null or < 1 or > 1000 || unit is null)
        {
            _read.Report(node, subject, "a period needs a value from 1 to 1000 and a unit");
            return null;
        }

        return new Period((int)value, unit.Value);
    }

    private CatalogDomain? ReadDomain(YamlNode node)
    {
        var map = _read.Mapping(node, "domains", DomainKeys);
        if (map is null)
        {
            return null;
        }

        var id = _read.String(map, "id", "domains", true) ?? "?";
        var domain = new CatalogDomain(
            id,
            _read.String(map, "name", id, true) ?? string.Empty,
            _read.String(map, "nameEn", id, false),
            _read.Sequence(map, "exclusions", id).Select(n => ReadExclusion(n, id)).OfType<Exclusion>().ToArray(),
            _read.Sequence(map, "scenarios", id).Select(ReadScenario).OfType<Scenario>().ToArray(),
            _read.String(map, "citation", id, false),
            ReadProvenance(YamlNodeReader.Child(map, "provenance"), id, required: false))
        {
            Items = _read.Sequence(map, "items", id).Select(ReadItem).OfType<ListItem>().ToArray(),
            Note = _read.String(map, "note", id, false),
        };
        Locations[domain] = node;
        return domain;
    }

    private Exclusion? ReadExclusion(YamlNode node, string subject)
    {
        var map = _read.Mapping(node, subject + ".exclusions", ExclusionKeys);
        if (map is null)
        {
            return null;
        }

        var id = _read.String(map, "id", subject + ".exclusions", true) ?? "?";
        var exclusion = new Exclusion(
            id,
            _read.String(map, "text", id, true) ?? string.Empty,
            _read.String(map, "textEn", id, false),
            _read.String(map, "citation", id, true) ?? string.Empty,
            RequiredProvenance(map, id))
        {
            Note = _read.String(map, "note", id, false),
        };
        Locations[exclusion] = node;
        return exclusion;
    }

    private Scenario? ReadScenario(YamlNode node)
    {
        var map = _read.Mapping(node, "scenarios", ScenarioKeys);
        if (map is null)
        {
            return null;
        }

        var id = _read.String(map, "id", "scenarios", true) ?? "?";
        var scenario = new Scenario(
            id,
            _read.String(map, "name", id, true) ?? string.Empty,
            _read.String(map, "nameEn", id, false),
            _read.String(map, "description", id, false),
            _read.Sequence(map, "items", id).Select(ReadItem).OfType<ListItem>().ToArray(),
            _read.String(map, "citation", id, true) ?? string.Empty,
            RequiredProvenance(map, id))
        {
            Note = _read.String(map, "note", id, false),
        };
        Locations[scenario] = node;
        return scenario;
    }

    private ListItem? ReadItem(YamlNode node)
    {
        var map = _read.Mapping(node, "items", ItemKeys);
        if (map is null)
        {
            return null;
        }

        var id = _read.String(map, "id", "items", true) ?? "?";
        var item = new ListItem(
            id,
            _read.Enum(map, "kind", id, true, KindNames, ParseKind) ?? ItemKind.PersonalInformation,
            _read.String(map, "name", id, true) ?? string.Empty,
            _read.String(map, "nameEn", id, false),
            _read.String(map, "description", id, false),
            _read.Enum(map, "pathway", id, false, PathwayNames.All, ParsePathway),
            ReadThresholds(map, id),
            _read.Bool(map, "thresholdsKnown", id) ?? true,
            _read.Sequence(map, "fields", id).Select(n => ReadField(n, id)).OfType<CatalogField>().ToArray(),
            _read.Sequence(map, "exceptions", id).Select(n => ReadException(n, id)).OfType<ItemException>().ToArray(),
            _read.String(map, "citation", id, true) ?? string.Empty,
            RequiredProvenance(map, id))
        {
            Reported = ReadReported(YamlNodeReader.Child(map, "reportedThreshold"), id),
            Scope = _read.Enum(map, "scenarioScope", id, false, ScopeNamesOfItems, t => Array.IndexOf(ScopeNamesOfItems, t) is var i and >= 0 ? (ScenarioScope?)i : null),
            ScenarioIds = _read.StringList(map, "scenarios", id),
            Note = _read.String(map, "note", id, false),
        };
        Locations[item] = node;
        return item;
    }

    private CatalogField? ReadField(YamlNode node, string itemId)
    {
        var map = _read.Mapping(node, itemId + ".fields", FieldKeys);
        if (map is null)
        {
            return null;
        }

        var id = _read.String(map, "id", itemId + ".fields", true) ?? "?";
        var field = new CatalogField(
            id,
            _read.String(map, "name", itemId + "." + id, true) ?? string.Empty,
            _read.String(map, "nameEn", itemId + "." + id, false),
            _read.Bool(map, "sensitive", itemId + "." + id) ?? false,
            _read.StringList(map, "detectors", itemId + "." + id),
            _read.StringList(map, "synonyms", itemId + "." + id))
        {
            Provenance = ReadProvenance(YamlNodeReader.Child(map, "provenance"), itemId + "." + id, required: false),
            Note = _read.String(map, "note", itemId + "." + id, false),
        };
        Locations[field] = node;
        return field;
    }

    private ItemException? ReadException(YamlNode node, string itemId)
    {
        var map = _read.Mapping(node, itemId + ".exceptions", ExceptionKeys);
        if (map is null)
        {
            return null;
        }

        var id = _read.String(map, "id", itemId + ".exceptions", true) ?? "?";
        var exception = new ItemException(
            id,
            _read.String(map, "text", id, true) ?? string.Empty,
            _read.String(map, "textEn", id, false),
            _read.Enum(map, "effect", id, true, PathwayNames.All, ParsePathway) ?? Pathway.Exempt,
            _read.String(map, "citation", id, true) ?? string.Empty,
            RequiredProvenance(map, id))
        {
            Note = _read.String(map, "note", id, false),
        };
        Locations[exception] = node;
        return exception;
    }

    private Category? ReadCategory(YamlNode node)
    {
        var map = _read.Mapping(node, "categories", CategoryKeys);
        if (map is null)
        {
            return null;
        }

        var id = _read.String(map, "id", "categories", true) ?? "?";
        var category = new Category(
            id,
            _read.String(map, "name", id, true) ?? string.Empty,
            _read.String(map, "nameEn", id, false),
            _read.Sequence(map, "subcategories", id).Select(ReadSubcategory).OfType<Subcategory>().ToArray(),
            _read.String(map, "citation", id, false),
            ReadProvenance(YamlNodeReader.Child(map, "provenance"), id, required: false))
        {
            Note = _read.String(map, "note", id, false),
        };
        Locations[category] = node;
        return category;
    }

    private Subcategory? ReadSubcategory(YamlNode node)
    {
        var map = _read.Mapping(node, "subcategories", SubcategoryKeys);
        if (map is null)
        {
            return null;
        }

        var id = _read.String(map, "id", "subcategories", true) ?? "?";
        var sub = new Subcategory(
            id,
            _read.String(map, "name", id, true) ?? string.Empty,
            _read.String(map, "nameEn", id, false),
            _read.String(map, "features", id, false),
            _read.StringList(map, "examples", id),
            _read.Enum(map, "kind", id, true, KindNames, ParseKind) ?? ItemKind.ImportantData,
            _read.Enum(map, "pathway", id, true, PathwayNames.All, ParsePathway) ?? Pathway.SecurityAssessment,
            _read.String(map, "citation", id, true) ?? string.Empty,
            RequiredProvenance(map, id))
        {
            Note = _read.String(map, "note", id, false),
        };
        Locations[sub] = node;
        return sub;
    }

    private static RuleRole? ParseRole(string text) => Array.IndexOf(RoleNames, text) is var i and >= 0 ? (RuleRole)i : null;

    private static RuleScope? ParseScope(string text) => Array.IndexOf(ScopeNames, text) is var i and >= 0 ? (RuleScope)i : null;

    private static ItemKind? ParseKind(string text) => Array.IndexOf(KindNames, text) is var i and >= 0 ? (ItemKind)i : null;

    private static PeriodUnit? ParseUnit(string text) => Array.IndexOf(UnitNames, text) is var i and >= 0 ? (PeriodUnit)i : null;
}
