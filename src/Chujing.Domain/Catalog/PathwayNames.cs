namespace Chujing.Domain.Catalog;

/// <summary>The spelling of pathways, counters and kinds in catalogs and JSON (kebab-case, as in CONTRACTS).</summary>
public static class PathwayNames
{
    public const string Exempt = "exempt";
    public const string StandardContractOrCertification = "standard-contract-or-certification";
    public const string SecurityAssessment = "security-assessment";
    public const string OtherLawfulRoute = "other-lawful-route";

    /// <summary>Every pathway spelling, for suggestions.</summary>
    public static IReadOnlyList<string> All { get; } = [Exempt, StandardContractOrCertification, SecurityAssessment, OtherLawfulRoute];

    public static string ToName(this Pathway pathway) => pathway switch
    {
        Pathway.Exempt => Exempt,
        Pathway.StandardContractOrCertification => StandardContractOrCertification,
        Pathway.SecurityAssessment => SecurityAssessment,
        Pathway.OtherLawfulRoute => OtherLawfulRoute,
        _ => throw new ArgumentOutOfRangeException(nameof(pathway)),
    };

    public static bool TryParse(string? text, out Pathway pathway)
    {
        switch (text)
        {
            case Exempt: pathway = Pathway.Exempt; return true;
            case StandardContractOrCertification: pathway = Pathway.StandardContractOrCertification; return true;
            case SecurityAssessment: pathway = Pathway.SecurityAssessment; return true;
            case OtherLawfulRoute: pathway = Pathway.OtherLawfulRoute; return true;
            default: pathway = default; return false;
        }
    }

    /// <summary>The stricter of two CAC pathways (<see cref="Pathway.OtherLawfulRoute"/> is not a CAC pathway).</summary>
    public static Pathway Stricter(Pathway a, Pathway b) => (Pathway)Math.Max((int)a, (int)b);
}
