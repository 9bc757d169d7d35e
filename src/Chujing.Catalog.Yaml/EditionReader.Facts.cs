using Chujing.Domain.Catalog;
using YamlDotNet.RepresentationModel;

namespace Chujing.Catalog.Yaml;

/// <summary>What sources report about the edition as a whole: the signed date, facts, zone groups, who gave the counts.</summary>
internal sealed partial class EditionReader
{
    private static readonly string[] FactKeys = ["id", "text", "textEn", "citation", "provenance", "note"];

    /// <summary>The edition with its reported entries added; the keys were already checked with the rest of the edition.</summary>
    private CatalogEdition WithReportedFacts(YamlMappingNode map, CatalogEdition edition)
    {
        var id = edition.Id;
        return edition with
        {
            Signed = _read.Date(map, "signed", id, false),
            Facts = _read.Sequence(map, "facts", id).Select(ReadFact).OfType<EditionFact>().ToArray(),
            Applicability = edition.Applicability is { } a && YamlNodeReader.Child(map, "applicability") is YamlMappingNode am
                ? a with { ZoneGroups = _read.StringList(am, "zoneGroups", id + ".applicability") }
                : edition.Applicability,
            Coverage = edition.Coverage is { } c && YamlNodeReader.Child(map, "coverage") is YamlMappingNode cm
                ? c with { Provenance = ReadProvenance(YamlNodeReader.Child(cm, "provenance"), id + ".coverage", required: false) }
                : edition.Coverage,
        };
    }

    private EditionFact? ReadFact(YamlNode node)
    {
        var map = _read.Mapping(node, "facts", FactKeys);
        if (map is null)
        {
            return null;
        }

        var id = _read.String(map, "id", "facts", true) ?? "?";
        var fact = new EditionFact(
            id,
            _read.String(map, "text", id, true) ?? string.Empty,
            _read.String(map, "textEn", id, false),
            _read.String(map, "citation", id, true) ?? string.Empty,
            RequiredProvenance(map, id));
        Locations[fact] = node;
        return fact;
    }
}
