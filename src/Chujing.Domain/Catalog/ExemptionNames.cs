using Chujing.Domain.Text;

namespace Chujing.Domain.Catalog;

/// <summary>The spellings of <see cref="Exemption"/> in activities and catalogs (<see cref="KebabNames"/>).</summary>
public static class ExemptionNames
{
    public static IReadOnlyList<string> All { get; } = KebabNames.All<Exemption>();

    public static string ToName(this Exemption exemption) => KebabNames.Of(exemption);

    public static bool TryParse(string? text, out Exemption exemption) => KebabNames.TryParse(text, out exemption);
}
