using System.Text.Json;
using Chujing.Domain.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Chujing.Catalog.Yaml;

/// <summary>
/// Applies an edit to one item of an edition's YAML tree: the JSON properties replace the item's properties of the
/// same name (null removes one), so any property the catalog format has can be edited and the loader judges the
/// result. An item that does not exist is added to the scenario the edit names (<c>"scenario"</c>); removing an item
/// takes it out of the list.
/// </summary>
public static class ItemPatch
{
    private static readonly YamlScalarNode IdKey = new("id");

    /// <summary>The edited YAML text, or why the edit cannot be applied.</summary>
    public static Result<string> Apply(string yaml, string itemId, JsonElement patch)
    {
        if (patch.ValueKind != JsonValueKind.Object)
        {
            return Result<string>.Failure(Diagnostic.ForField(null, "body", "an item edit is a JSON object of the item's properties"));
        }

        var stream = Load(yaml);
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        var item = FindItem(root, itemId)?.Item;
        var properties = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var property in patch.EnumerateObject())
        {
            if (!properties.TryAdd(property.Name, property.Value))
            {
                return Result<string>.Failure(Diagnostic.ForField(null, property.Name, $"'{property.Name}' is given twice"));
            }
        }

        if (properties.TryGetValue("id", out var id) && (id.ValueKind != JsonValueKind.String || id.GetString() != itemId))
        {
            return Result<string>.Failure(Diagnostic.ForField(null, itemId, "an item's id cannot be changed; remove the item and add one with the new id"));
        }

        if (item is null)
        {
            var scenarioId = properties.TryGetValue("scenario", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString() : null;
            if (scenarioId is null)
            {
                return Result<string>.Failure(Diagnostic.ForField(null, itemId, $"the edition has no item '{itemId}'; to add one, name its 'scenario'"));
            }

            if (FindScenario(root, scenarioId) is not { } scenario)
            {
                return Result<string>.Failure(Diagnostic.ForField(null, "scenario", $"the edition has no scenario '{scenarioId}'"));
            }

            item = new YamlMappingNode { { "id", new YamlScalarNode(itemId) { Style = ScalarStyle.DoubleQuoted } } };
            ItemsOf(scenario).Add(item);
        }

        foreach (var (name, value) in properties.Where(p => p.Key is not ("id" or "scenario")))
        {
            var key = new YamlScalarNode(name);
            if (value.ValueKind == JsonValueKind.Null)
            {
                item.Children.Remove(key);
            }
            else
            {
                item.Children[key] = ToYaml(value);
            }
        }

        return Result<string>.Success(Save(stream));
    }

    /// <summary>The YAML without the item (moved out of the list), or why not.</summary>
    public static Result<string> Remove(string yaml, string itemId)
    {
        var stream = Load(yaml);
        if (FindItem((YamlMappingNode)stream.Documents[0].RootNode, itemId) is not { } found)
        {
            return Result<string>.Failure(Diagnostic.ForField(null, itemId, $"the edition has no item '{itemId}'"));
        }

        found.Owner.Children.Remove(found.Item);
        return Result<string>.Success(Save(stream));
    }

    private static YamlStream Load(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return stream;
    }

    private static string Save(YamlStream stream)
    {
        using var writer = new StringWriter();
        stream.Save(writer, assignAnchors: false);
        return writer.ToString();
    }

    /// <summary>Items of scenarios and of domains, and the sub-categories of a category-based list.</summary>
    private static (YamlSequenceNode Owner, YamlMappingNode Item)? FindItem(YamlMappingNode root, string itemId)
    {
        foreach (var domain in Entries(root, "domains"))
        {
            foreach (var owner in Entries(domain, "scenarios").Append(domain).Select(n => Sequence(n, "items")).OfType<YamlSequenceNode>())
            {
                if (owner.Children.OfType<YamlMappingNode>().FirstOrDefault(i => IdOf(i) == itemId) is { } item)
                {
                    return (owner, item);
                }
            }
        }

        foreach (var owner in Entries(root, "categories").Select(c => Sequence(c, "subcategories")).OfType<YamlSequenceNode>())
        {
            if (owner.Children.OfType<YamlMappingNode>().FirstOrDefault(i => IdOf(i) == itemId) is { } item)
            {
                return (owner, item);
            }
        }

        return null;
    }

    private static YamlMappingNode? FindScenario(YamlMappingNode root, string scenarioId) =>
        Entries(root, "domains").SelectMany(d => Entries(d, "scenarios")).FirstOrDefault(s => IdOf(s) == scenarioId)
        ?? Entries(root, "categories").FirstOrDefault(c => IdOf(c) == scenarioId);

    private static YamlSequenceNode ItemsOf(YamlMappingNode scenario)
    {
        var key = new YamlScalarNode(scenario.Children.ContainsKey(new YamlScalarNode("subcategories")) ? "subcategories" : "items");
        if (scenario.Children.TryGetValue(key, out var node) && node is YamlSequenceNode sequence)
        {
            return sequence;
        }

        sequence = [];
        scenario.Children[key] = sequence;
        return sequence;
    }

    private static IEnumerable<YamlMappingNode> Entries(YamlMappingNode map, string key) =>
        Sequence(map, key)?.Children.OfType<YamlMappingNode>() ?? [];

    private static YamlSequenceNode? Sequence(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) ? node as YamlSequenceNode : null;

    private static string? IdOf(YamlMappingNode map) => map.Children.TryGetValue(IdKey, out var node) ? (node as YamlScalarNode)?.Value : null;

    /// <summary>JSON values as YAML nodes: text stays text (quoted), numbers and booleans plain, null as YAML null.</summary>
    private static YamlNode ToYaml(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => new YamlMappingNode(value.EnumerateObject().Select(p => new KeyValuePair<YamlNode, YamlNode>(new YamlScalarNode(p.Name), ToYaml(p.Value)))),
        JsonValueKind.Array => new YamlSequenceNode(value.EnumerateArray().Select(ToYaml)),
        JsonValueKind.String => new YamlScalarNode(value.GetString()) { Style = ScalarStyle.DoubleQuoted },
        JsonValueKind.True => new YamlScalarNode("true"),
        JsonValueKind.False => new YamlScalarNode("false"),
        JsonValueKind.Number => new YamlScalarNode(value.GetRawText()),
        _ => new YamlScalarNode("null"),
    };
}
