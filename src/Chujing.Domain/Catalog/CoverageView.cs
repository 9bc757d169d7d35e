namespace Chujing.Domain.Catalog;

/// <summary>What the official edition has (<see cref="Declared"/>) beside what the catalog encodes.</summary>
public sealed record CoverageView(Coverage? Declared, Coverage Encoded)
{
    public static CoverageView Of(CatalogEdition e) => new(e.Coverage, e.Encoded);

    /// <summary><c>items 20/48 · scenarios 8/23 · fields 41/198</c>; only the counts that apply to the family.</summary>
    public string Describe(CatalogFamily family)
    {
        static string Pair(string name, int? known, int? declared) =>
            $"{name} {known ?? 0}/{(declared is null ? "?" : declared.Value.ToString(System.Globalization.CultureInfo.InvariantCulture))}";

        return family switch
        {
            CatalogFamily.Scenario => string.Join(" · ",
                Pair("items", Encoded.Items, Declared?.Items),
                Pair("scenarios", Encoded.Scenarios, Declared?.Scenarios),
                Pair("fields", Encoded.Fields, Declared?.Fields)),
            CatalogFamily.Category => string.Join(" · ",
                Pair("categories", Encoded.Categories, Declared?.Categories),
                Pair("sub-categories", Encoded.Subcategories, Declared?.Subcategories)),
            _ => "complete",
        };
    }
}
