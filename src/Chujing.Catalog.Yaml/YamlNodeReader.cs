using System.Globalization;
using Chujing.Domain.Diagnostics;
using Chujing.Domain.Text;
using YamlDotNet.RepresentationModel;

using Chujing.Domain.Catalog;

namespace Chujing.Catalog.Yaml;

/// <summary>
/// Typed, located reads from a YAML node tree. Every problem becomes a <see cref="Diagnostic"/> with file, line,
/// column and the id of the entry concerned; reads go on after a problem so that one load reports them all.
/// </summary>
internal sealed class YamlNodeReader
{
    private readonly string _source;

    public YamlNodeReader(string source) => _source = source;

    public List<Diagnostic> Diagnostics { get; } = [];

    public void Report(YamlNode? node, string? subject, string message, string? suggestion = null) =>
        Diagnostics.Add(new Diagnostic(_source, node is null ? 0 : (int)node.Start.Line, node is null ? 0 : (int)node.Start.Column, subject, message, suggestion));

    /// <summary>The node as a mapping whose keys are all in <paramref name="allowed"/>; null (reported) otherwise.</summary>
    public YamlMappingNode? Mapping(YamlNode? node, string subject, IReadOnlyCollection<string> allowed)
    {
        if (node is not YamlMappingNode map)
        {
            Report(node, subject, "expected a mapping (key: value lines)");
            return null;
        }

        // Name the entry by its id when it has one, so that "unknown property" says which item it is in.
        if (map.Children.TryGetValue(new YamlScalarNode("id"), out var idNode) && idNode is YamlScalarNode { Value: { Length: > 0 } id })
        {
            subject = id;
        }

        foreach (var key in map.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? string.Empty;
            if (!allowed.Contains(name))
            {
                Report(key, subject, $"unknown property '{name}'", Suggestions.Phrase(name, allowed));
            }
        }

        return map;
    }

    public static YamlNode? Child(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    public string? String(YamlMappingNode map, string key, string subject, bool required)
    {
        var node = Child(map, key);
        if (node is null || IsNull(node))
        {
            if (required)
            {
                Report(map, subject, $"'{key}' is required");
            }

            return null;
        }

        if (node is not YamlScalarNode scalar)
        {
            Report(node, subject, $"'{key}' must be text");
            return null;
        }

        var text = scalar.Value?.Trim();
        if (required && string.IsNullOrEmpty(text))
        {
            Report(node, subject, $"'{key}' must not be empty");
            return null;
        }

        return string.IsNullOrEmpty(text) ? null : text;
    }

    public long? Long(YamlMappingNode map, string key, string subject)
    {
        var node = Child(map, key);
        if (node is null || IsNull(node))
        {
            return null;
        }

        if (node is YamlScalarNode { Value: { } text } &&
            long.TryParse(text.Replace("_", string.Empty, StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        Report(node, subject, $"'{key}' must be a whole number ≥ 0, not '{(node as YamlScalarNode)?.Value}'");
        return null;
    }

    public bool? Bool(YamlMappingNode map, string key, string subject)
    {
        var node = Child(map, key);
        if (node is null || IsNull(node))
        {
            return null;
        }

        if (node is YamlScalarNode { Value: "true" or "false" } scalar)
        {
            return scalar.Value == "true";
        }

        Report(node, subject, $"'{key}' must be true or false");
        return null;
    }

    public DateOnly? Date(YamlMappingNode map, string key, string subject, bool required)
    {
        var text = String(map, key, subject, required);
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Report(Child(map, key), subject, $"'{key}' must be a date written yyyy-mm-dd, not '{text}'");
        return null;
    }

    public IReadOnlyList<YamlNode> Sequence(YamlMappingNode map, string key, string subject)
    {
        var node = Child(map, key);
        if (node is null || IsNull(node))
        {
            return [];
        }

        if (node is YamlSequenceNode sequence)
        {
            return sequence.Children.ToArray();
        }

        Report(node, subject, $"'{key}' must be a list");
        return [];
    }

    public IReadOnlyList<string> StringList(YamlMappingNode map, string key, string subject)
    {
        var items = new List<string>();
        foreach (var node in Sequence(map, key, subject))
        {
            if (node is YamlScalarNode { Value: { Length: > 0 } text })
            {
                items.Add(text.Trim());
            }
            else
            {
                Report(node, subject, $"every entry of '{key}' must be text");
            }
        }

        return items;
    }

    /// <summary>Reads an enumerated text value; reports the allowed spellings with a suggestion.</summary>
    public T? Enum<T>(YamlMappingNode map, string key, string subject, bool required, IReadOnlyList<string> names, Func<string, T?> parse)
        where T : struct
    {
        var text = String(map, key, subject, required);
        if (text is null)
        {
            return null;
        }

        var value = parse(text);
        if (value is null)
        {
            Report(Child(map, key), subject, $"'{key}' is '{text}', not one of {string.Join(", ", names)}", Suggestions.Phrase(text, names));
        }

        return value;
    }

    private static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain, Value: null or "" or "~" or "null" };
}
