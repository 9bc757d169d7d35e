using Chujing.Catalog.Yaml;
using Chujing.Domain.Catalog;
using Chujing.Domain.Diagnostics;
using Chujing.Persistence.Editions;

namespace Chujing.Web.Editions;

/// <summary>An edition's stored YAML to the model and back, with the loader's own validation.</summary>
public static class EditionText
{
    /// <summary>The stored edition as the model (its content hash is that of the stored text).</summary>
    public static Result<CatalogEdition> Parse(EditionRecord record) => Load(record.Yaml, record.Id);

    /// <summary>
    /// Loads YAML as the CLI's <c>--catalog-dir</c> would (same validator, same messages). The diagnostics keep the
    /// entry ids and drop line numbers, which would point into text the user never saw.
    /// </summary>
    public static Result<CatalogEdition> Load(string yaml, string id)
    {
        var loaded = CatalogLoader.LoadText(yaml, id, id);
        return loaded.IsSuccess
            ? loaded
            : Result<CatalogEdition>.Failure([.. loaded.Diagnostics.Select(d => d with { Source = null, Line = 0, Column = 0 })]);
    }

    /// <summary>The model as YAML, and that YAML loaded back (so what is stored is exactly what the CLI would load).</summary>
    public static Result<(string Yaml, CatalogEdition Edition)> Write(CatalogEdition edition)
    {
        var yaml = CatalogWriter.Write(edition);
        var loaded = Load(yaml, edition.Id);
        return loaded.IsSuccess ? Result<(string, CatalogEdition)>.Success((yaml, loaded.Value)) : Result<(string, CatalogEdition)>.Failure(loaded.Diagnostics);
    }
}
