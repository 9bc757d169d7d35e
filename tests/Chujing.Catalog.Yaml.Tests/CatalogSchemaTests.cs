using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Chujing.TestSupport;
using Json.Schema;
using YamlDotNet.RepresentationModel;

using Chujing.Domain.Catalog;

namespace Chujing.Catalog.Yaml.Tests;

/// <summary>The published JSON Schema (catalogs/catalog.schema.json) and the loader agree on the shipped catalogs.</summary>
public sealed class CatalogSchemaTests
{
    // The schema has an $id, and the library keeps one registration per id: build it once.
    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromText(File.ReadAllText(Path.Combine(RepositoryPaths.Catalogs, "catalog.schema.json"))));

    public static TheoryData<string> ShippedFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(RepositoryPaths.Catalogs, "*.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(RepositoryPaths.Catalogs, file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ShippedFiles))]
    public void ShippedCatalog_IsValidAgainstTheSchema(string relativePath)
    {
        var schema = Schema.Value;
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(Path.Combine(RepositoryPaths.Catalogs, relativePath))));
        var json = JsonSerializer.SerializeToElement(ToJson(stream.Documents[0].RootNode));

        var result = schema.Evaluate(json, new EvaluationOptions { OutputFormat = OutputFormat.List });

        Assert.True(result.IsValid, string.Join("\n", (result.Details ?? []).Where(d => d.Errors is not null)
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")).Take(20)));
    }

    [Theory]
    [MemberData(nameof(ShippedFiles))]
    public void WrittenCatalog_IsValidAgainstTheSchema(string relativePath)
    {
        var id = Path.ChangeExtension(relativePath, null).Replace('\\', '/');
        var written = CatalogWriter.Write(CatalogLoader.LoadDirectories([RepositoryPaths.Catalogs]).ValueOrThrow().Find(id)!);
        var stream = new YamlStream();
        stream.Load(new StringReader(written));

        var result = Schema.Value.Evaluate(JsonSerializer.SerializeToElement(ToJson(stream.Documents[0].RootNode)), new EvaluationOptions { OutputFormat = OutputFormat.List });

        Assert.True(result.IsValid, string.Join("\n", (result.Details ?? []).Where(d => d.Errors is not null)
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")).Take(20)));
    }

    [Fact]
    public void Schema_RejectsAnUnknownProperty()
    {
        var schema = Schema.Value;
        var json = JsonSerializer.SerializeToElement(new JsonObject { ["id"] = "a/b", ["family"] = "national", ["titel"] = "x" });

        Assert.False(schema.Evaluate(json).IsValid);
    }

    /// <summary>YAML to JSON with YAML 1.2 core-schema scalars: plain true/false/null/integers typed, the rest strings.</summary>
    private static JsonNode? ToJson(YamlNode node) => node switch
    {
        YamlMappingNode map => new JsonObject(map.Children.Select(p => KeyValuePair.Create(((YamlScalarNode)p.Key).Value!, ToJson(p.Value)))),
        YamlSequenceNode seq => new JsonArray(seq.Children.Select(ToJson).ToArray()),
        YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain } s => s.Value switch
        {
            null or "" or "~" or "null" => null,
            "true" => JsonValue.Create(true),
            "false" => JsonValue.Create(false),
            var v when long.TryParse(v, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) => JsonValue.Create(n),
            var v => JsonValue.Create(v),
        },
        YamlScalarNode s => JsonValue.Create(s.Value),
        _ => throw new InvalidOperationException(node.GetType().Name),
    };
}
