using System.Text;
using System.Text.Json;
using Chujing.Domain.Catalog;
using Chujing.Catalog.Yaml;
using Chujing.TestSupport;

namespace Chujing.Catalog.Yaml.Tests;

/// <summary>YAML → model → YAML: nothing the model holds is lost, and the writer's own output is a fixed point.</summary>
public sealed class CatalogWriterTests
{
    public static TheoryData<string> ShippedEditions()
    {
        var data = new TheoryData<string>();
        foreach (var edition in CatalogLoader.LoadDirectories([RepositoryPaths.Catalogs]).ValueOrThrow().Editions)
        {
            data.Add(edition.Id);
        }

        return data;
    }

    /// <summary>Every property of the model, hash and file aside, as JSON: an oracle that does not use the writer.</summary>
    private static string Model(CatalogEdition edition) =>
        JsonSerializer.Serialize(edition with { ContentHash = string.Empty, SourcePath = null }, new JsonSerializerOptions { WriteIndented = true });

    private static CatalogEdition Load(string text, string id) =>
        CatalogLoader.LoadText(text, id + ".yaml", id) is { IsSuccess: true } r ? r.Value : throw new InvalidOperationException(string.Join("\n", CatalogLoader.LoadText(text, id + ".yaml", id).Diagnostics) + "\n" + text);

    [Theory]
    [MemberData(nameof(ShippedEditions))]
    public void Write_ShippedEdition_LoadsBackToTheSameModel_AndIsAFixedPoint(string id)
    {
        var shipped = CatalogLoader.LoadDirectories([RepositoryPaths.Catalogs]).ValueOrThrow().Find(id)!;

        var written = CatalogWriter.Write(shipped);
        var reloaded = Load(written, id);

        Assert.Equal(Model(shipped), Model(reloaded));
        Assert.Equal(written, CatalogWriter.Write(reloaded));
    }

    [Fact]
    public void Write_EveryShippedEdition_LoadsUnchangedFromACatalogDirectory()
    {
        var shipped = CatalogLoader.LoadDirectories([RepositoryPaths.Catalogs]).ValueOrThrow();
        var dir = Directory.CreateTempSubdirectory("chujing-written-");
        try
        {
            foreach (var edition in shipped.Editions)
            {
                var file = Path.Combine(dir.FullName, edition.Jurisdiction, edition.Id[(edition.Jurisdiction.Length + 1)..] + ".yaml");
                Directory.CreateDirectory(Path.GetDirectoryName(file)!);
                File.WriteAllText(file, CatalogWriter.Write(edition), new UTF8Encoding(false));
            }

            var loaded = CatalogLoader.LoadDirectories([dir.FullName]);

            Assert.True(loaded.IsSuccess, string.Join("\n", loaded.Diagnostics));
            Assert.Equal(shipped.Editions.Select(Model), loaded.Value.Editions.Select(Model));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData("null")]
    [InlineData("~")]
    [InlineData("true")]
    [InlineData("10000")]
    [InlineData("0x1F")]
    [InlineData("名称: 说明 #1")]
    [InlineData("- 列表样")]
    [InlineData("a, b [c]")]
    [InlineData("两行\n文字 \"引号\" \\ 反斜杠")]
    [InlineData("'单引号'")]
    public void Write_TextThatYamlWouldReadOtherwise_IsQuotedAndReadsBackTheSame(string text)
    {
        var list = Load(TestCatalogs.MinimalList, "x-ftz/2024");
        var item = list.Items.Single();
        var edited = list with
        {
            Notes = text,
            Domains = [list.Domains[0] with { Scenarios = [list.Scenarios.Single() with { Items = [item with { Name = text, Fields = [item.Fields[0] with { Synonyms = [text, "name"] }] }] }] }],
        };

        var reloaded = Load(CatalogWriter.Write(edited), "x-ftz/2024");

        Assert.Equal(text, reloaded.Notes);
        Assert.Equal(text, reloaded.Items.Single().Name);
        Assert.Equal([text, "name"], reloaded.Items.Single().Fields[0].Synonyms);
    }
}
