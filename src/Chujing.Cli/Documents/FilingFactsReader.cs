using System.Text.Json;
using Chujing.Cli.Check;
using Chujing.Documents;
using Chujing.Documents.Model;
using Chujing.Domain.Catalog;
using Chujing.Domain.Diagnostics;
using Chujing.Domain.Filings;
using Chujing.Domain.Identifiers;
using Chujing.Web.Documents;

namespace Chujing.Cli.Documents;

/// <summary>
/// Reads a filing as <c>GET /api/filings/{id}</c> returns it into the facts its documents are filled from. The
/// registered content is validated as the platform validates it (<see cref="FilingContent"/>); <c>pathway</c>,
/// <c>basis</c> and <c>yearPersons</c> are optional (a draft has none). Every problem names the file and the field.
/// </summary>
internal static partial class FilingFactsReader
{
    /// <summary>The platform's filing ids: <c>F-</c>, the Beijing year, <c>-</c>, a number of at least four digits.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^F-[0-9]{4}-[0-9]{4,9}$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex FilingId { get; }

    /// <summary>Every property <c>GET /api/filings/{id}</c> returns; anything else is refused, as the platform refuses it.</summary>
    private static readonly HashSet<string> Known = new(StringComparer.Ordinal)
    {
        "id", "status", "processor", "processorName", "zoneGroup", "title", "listEdition", "scenario", "fields", "recipients", "purpose",
        "importantData", "persons", "yearPersons", "retentionMonths", "securityMeasures", "validFrom", "validUntil", "pathway", "basis",
        "assessment", "reviewNote", "createdAt", "updatedAt", "submittedAt", "decidedAt", "outOfDate", "reassessedPathway", "stillRequired",
        "pathwayReference", "pathwayDate", "version", "allowedActions", "statusHistory",
    };

    public static FilingFacts Read(byte[] json, string source, CatalogSet catalogs)
    {
        using var document = FilingDocument.Parse(json, source);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidInputException(new Diagnostic(source, 0, 0, null, "a filing must be a JSON object, as GET /api/filings/{id} returns it"));
        }

        var problems = new List<Diagnostic>();
        problems.AddRange(root.EnumerateObject().Where(p => !Known.Contains(p.Name)).Take(FilingFacts.MaxListLength)
            .Select(p => Diagnostic.ForField(source, p.Name, "is not a property of a filing as GET /api/filings/{id} returns it")));
        var id = FilingDocument.Text(root, "id", source, problems);
        if (id is not null && !FilingId.IsMatch(id))
        {
            problems.Add(Diagnostic.ForField(source, "id", $"'{id}' is not a filing id; the platform numbers filings F-<year>-<number> (F-2026-0001)"));
        }

        var processor = FilingDocument.Text(root, "processor", source, problems);
        var recipients = new List<FilingRecipient>();
        if (root.TryGetProperty("recipients", out var list) && list.ValueKind == JsonValueKind.Array)
        {
            var i = 0;
            foreach (var r in list.EnumerateArray())
            {
                recipients.Add(new FilingRecipient(
                    FilingDocument.Text(r, "name", source, problems, $"recipients[{i}].") ?? string.Empty,
                    FilingDocument.Text(r, "country", source, problems, $"recipients[{i}].") ?? string.Empty));
                i++;
            }
        }

        var persons = root.TryGetProperty("persons", out var p) && p.ValueKind == JsonValueKind.Object ? p : default;
        var content = FilingContent.Create(
            FilingDocument.Text(root, "listEdition", source, problems),
            FilingDocument.Text(root, "scenario", source, problems),
            FilingDocument.Strings(root, "fields", source, problems),
            recipients,
            FilingDocument.Text(root, "purpose", source, problems),
            root.TryGetProperty("importantData", out var important) && important.ValueKind == JsonValueKind.True,
            FilingDocument.Whole(persons, "personal", source, problems, "persons."),
            FilingDocument.Whole(persons, "sensitive", source, problems, "persons."),
            (int)Math.Clamp(FilingDocument.Whole(root, "retentionMonths", source, problems), 0, int.MaxValue),
            FilingDocument.Text(root, "securityMeasures", source, problems),
            FilingDocument.Date(root, "validFrom", source, problems),
            FilingDocument.Date(root, "validUntil", source, problems));
        if (!content.IsSuccess)
        {
            problems.AddRange(content.Diagnostics.Select(d => d with { Source = source }));
        }

        if (processor is { Length: > 0 } && Uscc.Validate(processor, "processor", source) is { } uscc)
        {
            problems.Add(uscc);
        }

        var status = Status(root, source, problems);
        var zoneGroup = ZoneGroup(root, source, problems);
        if (content.IsSuccess)
        {
            CatalogIds(content.Value, catalogs, source, problems);
        }

        var pathway = Pathway(root, source, problems);
        var decision = root.TryGetProperty("assessment", out var assessment) ? DecisionFacts.Read(assessment) : null;
        if (pathway is { } stated && assessment.ValueKind == JsonValueKind.Object && assessment.TryGetProperty("pathway", out var decided)
            && PathwayNames.TryParse(decided.ValueKind == JsonValueKind.String ? decided.GetString() : null, out var archived) && archived != stated)
        {
            problems.Add(Diagnostic.ForField(source, "pathway",
                $"'{stated.ToName()}' differs from the decision the filing archives (assessment.pathway '{archived.ToName()}'); assess the filing again"));
        }
        var year = root.TryGetProperty("yearPersons", out var y) && y.ValueKind == JsonValueKind.Object ? y : default;
        var yearPersonal = year.ValueKind == JsonValueKind.Object ? FilingDocument.Whole(year, "personal", source, problems, "yearPersons.") : 0;
        var yearSensitive = year.ValueKind == JsonValueKind.Object ? FilingDocument.Whole(year, "sensitive", source, problems, "yearPersons.") : 0;
        var basis = Basis(root, source, problems);
        if (problems.Count > 0)
        {
            throw new InvalidInputException(problems);
        }

        var c = content.Value;
        return new FilingFacts(
            id!, status, processor!, Optional(root, "processorName"), zoneGroup, Optional(root, "title"),
            c.ListEdition, c.Scenario, c.Fields, [.. c.Recipients.Select(r => new RecipientFact(r.Name, r.Country, Web.Documents.FilingFactsMapping.CountryLabel(r.Country)))], c.Purpose, c.ImportantData,
            c.PersonsPersonal, c.PersonsSensitive, c.RetentionMonths, c.SecurityMeasures, c.ValidFrom, c.ValidUntil, pathway, basis,
            yearPersonal, yearSensitive)
        {
            Decision = decision,
        };
    }

    private static string Status(JsonElement root, string source, List<Diagnostic> problems)
    {
        var text = Optional(root, "status");
        if (text.Length == 0)
        {
            return string.Empty;
        }

        if (FilingNames.TryParse<FilingStatus>(text, out var status))
        {
            return FilingLabels.Status(status);
        }

        problems.Add(Diagnostic.ForField(source, "status", $"'{text}' is not a filing status; one of {string.Join(", ", Enum.GetValues<FilingStatus>().Select(FilingNames.Of))}"));
        return text;
    }

    private static string ZoneGroup(JsonElement root, string source, List<Diagnostic> problems)
    {
        var text = Optional(root, "zoneGroup");
        if (text.Length == 0)
        {
            return string.Empty;
        }

        if (FilingFactsMapping.ZoneGroupLabel(text) is { } label)
        {
            return label;
        }

        problems.Add(Diagnostic.ForField(source, "zoneGroup", $"'{text}' is not a Beijing zone group; one of {string.Join(", ", Chujing.Persistence.Processors.ZoneGroup.Beijing.Select(z => z.Id))}"));
        return text;
    }

    /// <summary>The list edition, scenario and fields must be the shipped catalogs' ids, as the platform requires.</summary>
    private static void CatalogIds(FilingContent content, CatalogSet catalogs, string source, List<Diagnostic> problems)
    {
        if (catalogs.Find(content.ListEdition) is not { } edition)
        {
            problems.Add(Diagnostic.ForField(source, "listEdition", $"'{content.ListEdition}' is not a list edition of the shipped catalogs"));
            return;
        }

        if (content.Scenario.Length > 0 && !edition.Scenarios.Any(s => s.Id == content.Scenario))
        {
            problems.Add(Diagnostic.ForField(source, "scenario", $"'{content.Scenario}' is not a scenario of '{edition.Id}'"));
        }

        var fields = edition.Items.SelectMany(i => i.Fields).SelectMany(f => new[] { f.Id, f.Name }).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < content.Fields.Count; i++)
        {
            if (!fields.Contains(content.Fields[i]))
            {
                problems.Add(Diagnostic.ForField(source, $"fields[{i}]", $"'{content.Fields[i]}' is not a field of '{edition.Id}'"));
            }
        }
    }

    private static Pathway? Pathway(JsonElement root, string source, List<Diagnostic> problems)
    {
        if (!root.TryGetProperty("pathway", out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (PathwayNames.TryParse(value.ValueKind == JsonValueKind.String ? value.GetString() : null, out var pathway))
        {
            return pathway;
        }

        problems.Add(Diagnostic.ForField(source, "pathway", $"must be one of {string.Join(", ", PathwayNames.All)}, or null"));
        return null;
    }

    private static List<BasisFact> Basis(JsonElement root, string source, List<Diagnostic> problems)
    {
        var basis = new List<BasisFact>();
        if (!root.TryGetProperty("basis", out var entries) || entries.ValueKind == JsonValueKind.Null)
        {
            return basis;
        }

        if (entries.ValueKind != JsonValueKind.Array || entries.GetArrayLength() > FilingFacts.MaxListLength)
        {
            problems.Add(Diagnostic.ForField(source, "basis", $"must be an array of at most {FilingFacts.MaxListLength} rules"));
            return basis;
        }

        var i = 0;
        foreach (var entry in entries.EnumerateArray())
        {
            var rule = FilingDocument.Text(entry, "rule", source, problems, $"basis[{i}].");
            var citation = FilingDocument.Text(entry, "citation", source, problems, $"basis[{i}].");
            if (rule is { Length: > 0 } && citation is not null)
            {
                basis.Add(new BasisFact(rule, Optional(entry, "title"), citation, Optional(entry, "explanation")));
            }
            else if (rule is not null)
            {
                problems.Add(Diagnostic.ForField(source, $"basis[{i}].rule", "must not be empty"));
            }

            i++;
        }

        return basis;
    }

    private static string Optional(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : string.Empty;
}
