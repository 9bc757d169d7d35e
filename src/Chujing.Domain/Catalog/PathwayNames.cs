using Chujing.Domain.Text;

namespace Chujing.Domain.Catalog;

/// <summary>The spelling of pathways in catalogs and JSON (<see cref="KebabNames"/>, as in docs/contracts.md).</summary>
public static class PathwayNames
{
    public const string Exempt = "exempt";
    public const string StandardContractOrCertification = "standard-contract-or-certification";
    public const string SecurityAssessment = "security-assessment";
    public const string OtherLawfulRoute = "other-lawful-route";

    /// <summary>Every pathway spelling, for suggestions.</summary>
    public static IReadOnlyList<string> All { get; } = KebabNames.All<Pathway>();

    public static string ToName(this Pathway pathway) => KebabNames.Of(pathway);

    public static bool TryParse(string? text, out Pathway pathway) => KebabNames.TryParse(text, out pathway);

    /// <summary>The stricter of two CAC pathways (<see cref="Pathway.OtherLawfulRoute"/> is not a CAC pathway).</summary>
    public static Pathway Stricter(Pathway a, Pathway b) => (Pathway)Math.Max((int)a, (int)b);
}
