using Chujing.Documents.Materials;
using Chujing.Documents.Model;
using Chujing.Domain.Catalog;

namespace Chujing.Documents;

/// <summary>
/// Which documents a filing needs, by its decision's pathway: the filing form always; for a standard contract or
/// certification the contract's annex and the PIPIA report; for a security assessment the declaration form and the
/// self-assessment report. Pure and thread-safe.
/// </summary>
public static class FilingMaterials
{
    public const string FilingForm = "filing-form";
    public const string ContractAnnex = "contract-annex";
    public const string PipiaReport = "pipia-report";
    public const string AssessmentDeclaration = "assessment-declaration";
    public const string SelfAssessmentReport = "self-assessment-report";

    /// <summary>The filing's documents, in the order they are listed.</summary>
    /// <param name="filing">The filing's facts.</param>
    /// <param name="edition">The filing's list edition, for names of scenario, fields and items; null when unknown.</param>
    public static IReadOnlyList<FilingMaterial> For(FilingFacts filing, CatalogEdition? edition)
    {
        ArgumentNullException.ThrowIfNull(filing);
        var catalog = new CatalogFacts(filing, edition);
        List<FilingMaterial> materials = [Materials.FilingForm.Build(filing, catalog)];
        switch (filing.Pathway)
        {
            case Pathway.StandardContractOrCertification:
                materials.Add(Materials.ContractAnnex.Build(filing, catalog));
                materials.Add(Materials.PipiaReport.Build(filing, catalog));
                break;
            case Pathway.SecurityAssessment:
                materials.Add(Materials.AssessmentDeclaration.Build(filing, catalog));
                materials.Add(Materials.SelfAssessmentReport.Build(filing, catalog));
                break;
        }

        return materials;
    }

    /// <summary>One of <see cref="For"/>'s documents by name, or null when the filing has no such document.</summary>
    public static FilingMaterial? Find(FilingFacts filing, CatalogEdition? edition, string name) =>
        For(filing, edition).FirstOrDefault(m => string.Equals(m.Name, name, StringComparison.Ordinal));
}
