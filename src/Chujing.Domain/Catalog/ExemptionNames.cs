namespace Chujing.Domain.Catalog;

/// <summary>The spellings of <see cref="Exemption"/> in activities and catalogs.</summary>
public static class ExemptionNames
{
    public static IReadOnlyList<string> All { get; } =
        ["trade-without-personal-data", "foreign-collected", "contract-with-individual", "cross-border-hr", "emergency", "statutory-duty"];

    public static string ToName(this Exemption exemption) => All[(int)exemption];

    public static bool TryParse(string? text, out Exemption exemption)
    {
        for (var i = 0; i < All.Count; i++)
        {
            if (string.Equals(All[i], text, StringComparison.Ordinal))
            {
                exemption = (Exemption)i;
                return true;
            }
        }

        exemption = default;
        return false;
    }
}
