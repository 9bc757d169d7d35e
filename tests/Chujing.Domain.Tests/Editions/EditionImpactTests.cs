using Chujing.Domain.Catalog;
using Chujing.Domain.Editions;
using static Chujing.Domain.Tests.Assessment.Shipped;

namespace Chujing.Domain.Tests.Editions;

/// <summary>The impact of a revised list edition on filings in force: crossed bands and changed pathways.</summary>
public sealed class EditionImpactTests
{
    private const string ClinicalTrial = "bj-pharma-clinical-trial";
    private const string TrialSubjects = "bj-pharma-pi-clinical-trial-subjects";
    private static readonly DateOnly Day = new(2026, 11, 27);

    private const string GroupHealth = "bj-pharma-id-group-health";

    /// <summary>The Beijing edition with <paramref name="item"/> (of a scenario or of its domain) re-banded at 5,000 sensitive persons.</summary>
    private static CatalogEdition Revised(string item, bool lowerBand = true)
    {
        var beijing = Catalogs.Find("beijing-ftz/2024")!;
        ListItem Rebanded(ListItem i) => i.Id != item ? i : i with
        {
            Thresholds = lowerBand
                ? [new Threshold(Counter.Sensitive, null, 5_000, Pathway.StandardContractOrCertification), new Threshold(Counter.Sensitive, 5_000, null, Pathway.SecurityAssessment)]
                : [new Threshold(Counter.Sensitive, 5_000, null, Pathway.SecurityAssessment)],
        };
        var domains = beijing.Domains.Select(d => d with
        {
            Items = [.. d.Items.Select(Rebanded)],
            Scenarios = [.. d.Scenarios.Select(s => s with { Items = [.. s.Items.Select(Rebanded)] })],
        });
        return beijing with { Id = "beijing-ftz/2026", Supersedes = beijing.Id, Domains = [.. domains] };
    }

    private static ImpactSubject Subject(IReadOnlyList<string> fields, long sensitive) =>
        new("f-1", "91110000000000001X", "daxing", Beijing(ClinicalTrial, fields, sensitive: sensitive), ApprovedForRevision: true);

    [Fact]
    public void Analyse_ScenarioOwnItemWithoutFieldsRebanded_ReportsTheCrossedBandAndTheNewPathway()
    {
        var report = EditionImpact.Analyse(Catalogs, Revised(TrialSubjects), Day, [Subject([], 9_000)]).ValueOrThrow();

        Assert.Equal([TrialSubjects], report.ChangedItems);
        var filing = Assert.Single(report.Filings);
        Assert.Equal(Pathway.StandardContractOrCertification, filing.Before);
        Assert.Equal(Pathway.SecurityAssessment, filing.After);
        Assert.Equal([$"{TrialSubjects}: sensitive 5,000 以上 → security-assessment"], filing.BandsCrossed);
        Assert.Equal([$"{TrialSubjects}: sensitive 不满 50,000 → standard-contract-or-certification"], filing.BandsLeft);
    }

    [Theory]
    [InlineData("Medical imaging")]
    [InlineData("医学影像")]
    [InlineData("MEDICAL-IMAGING")]
    public void Analyse_FieldNamedAsTheEngineKnowsIt_CountsTheItemsBands(string field)
    {
        var report = EditionImpact.Analyse(Catalogs, Revised(GroupHealth, lowerBand: false), Day, [Subject([field], 9_000)]).ValueOrThrow();

        var filing = Assert.Single(report.Filings);
        Assert.Equal(Pathway.StandardContractOrCertification, filing.Before);
        Assert.Equal(Pathway.SecurityAssessment, filing.After);
        Assert.Equal([$"{GroupHealth}: sensitive 5,000 以上 → security-assessment"], filing.BandsCrossed);
        Assert.Empty(filing.NoLongerListed);
    }

    [Fact]
    public void Analyse_NoPersonsCounted_AnItemWithoutFieldsIsNotCrossed()
    {
        var report = EditionImpact.Analyse(Catalogs, Revised(TrialSubjects), Day, [Subject([], 0)]).ValueOrThrow();

        Assert.Equal(1, report.Reevaluated);
        Assert.Empty(report.Filings);
    }
}
