using Chujing.Domain.Catalog;
using YamlDotNet.RepresentationModel;

namespace Chujing.Catalog.Yaml;

/// <summary>The informative entries: reference criteria, list duties and reported figures.</summary>
internal sealed partial class EditionReader
{
    private static readonly string[] CriterionKeys = ["id", "text", "textEn", "counter", "persons", "citation", "provenance", "note"];
    private static readonly string[] DutyKeys = ["id", "text", "textEn", "explanation", "citation", "provenance", "note"];
    private static readonly string[] ReportedKeys = ["persons", "quote", "citation", "provenance", "note"];

    private ReferenceCriterion? ReadCriterion(YamlNode node)
    {
        var map = _read.Mapping(node, "referenceCriteria", CriterionKeys);
        if (map is null)
        {
            return null;
        }

        var id = _read.String(map, "id", "referenceCriteria", true) ?? "?";
        var text = _read.String(map, "text", id, false);
        var textEn = _read.String(map, "textEn", id, false);
        if (text is null && textEn is null)
        {
            _read.Report(node, id, "a reference criterion needs 'text' (Chinese) or 'textEn'");
        }

        var criterion = new ReferenceCriterion(
            id,
            text,
            textEn,
            _read.Enum<Counter>(map, "counter", id, false, ["personal", "sensitive"], t => t == "personal" ? Counter.Personal : t == "sensitive" ? Counter.Sensitive : null),
            _read.Long(map, "persons", id),
            _read.String(map, "citation", id, true) ?? string.Empty,
            RequiredProvenance(map, id))
        {
            Note = _read.String(map, "note", id, false),
        };
        Locations[criterion] = node;
        return criterion;
    }

    private ListDuty? ReadDuty(YamlNode node)
    {
        var map = _read.Mapping(node, "duties", DutyKeys);
        if (map is null)
        {
            return null;
        }

        var id = _read.String(map, "id", "duties", true) ?? "?";
        var duty = new ListDuty(
            id,
            _read.String(map, "text", id, true) ?? string.Empty,
            _read.String(map, "textEn", id, false),
            _read.String(map, "explanation", id, true) ?? string.Empty,
            _read.String(map, "citation", id, true) ?? string.Empty,
            RequiredProvenance(map, id))
        {
            Note = _read.String(map, "note", id, false),
        };
        Locations[duty] = node;
        return duty;
    }

    private ReportedThreshold? ReadReported(YamlNode? node, string subject)
    {
        if (node is null)
        {
            return null;
        }

        var map = _read.Mapping(node, subject + ".reportedThreshold", ReportedKeys);
        if (map is null)
        {
            return null;
        }

        var persons = _read.Long(map, "persons", subject);
        var citation = _read.String(map, "citation", subject, true);
        var provenance = RequiredProvenance(map, subject);
        return persons is null || citation is null
            ? null
            : new ReportedThreshold(persons.Value, _read.String(map, "quote", subject, false), citation, provenance) { Note = _read.String(map, "note", subject, false) };
    }
}
