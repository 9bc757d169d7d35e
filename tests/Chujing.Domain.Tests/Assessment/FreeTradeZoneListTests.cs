using Chujing.Domain.Assessment;
using Chujing.Domain.Catalog;
using static Chujing.Domain.Tests.Assessment.Shipped;

namespace Chujing.Domain.Tests.Assessment;

/// <summary>Eligibility for the Beijing list one condition at a time, and the list's effect inside a scenario.</summary>
public sealed class FreeTradeZoneListTests
{
    private const string Ota = "bj-auto-ota";

    [Fact]
    public void Assess_EligibleProcessor_AppliesTheListAndReportsTheZoneGroupFiling()
    {
        var result = Assess(Beijing(Ota, ["ota-type"]));

        Assert.True(result.List!.Applied);
        Assert.Contains(result.Duties, d => d.Id.StartsWith("beijing-ftz/2024#", StringComparison.Ordinal));
        Assert.Contains(result.Catalogs, c => c.Id == "beijing-ftz/2024");
    }

    public static TheoryData<string, ExportActivity> Ineligible() => new()
    {
        { "ciio", Beijing(Ota, ["ota-type"], 150_000, ciio: true) },
        { "other zone", Beijing(Ota, ["ota-type"], 150_000, zone: "tianjin") },
        { "no zone", Beijing(Ota, ["ota-type"], 150_000, zone: null) },
        { "not approved", Beijing(Ota, ["ota-type"], 150_000, approved: false) },
        { "autonomous driving", Beijing(Ota, ["ota-type"], 150_000, autonomousDriving: true) },
    };

    [Theory]
    [MemberData(nameof(Ineligible))]
    public void Assess_IneligibleProcessor_NationalRulesDecideAndBasisSaysWhy(string condition, ExportActivity activity)
    {
        var result = Assess(activity);

        Assert.False(result.List!.Applied, condition);
        var note = Assert.Single(result.Basis, b => b.Rule == "beijing-ftz/2024#not-applicable");
        Assert.Equal(result.List.Reason, note.Explanation);
        var expected = activity.Processor.Ciio ? Pathway.SecurityAssessment : Pathway.StandardContractOrCertification;
        Assert.Equal(expected, result.Pathway);
        Assert.DoesNotContain(result.Basis, b => b.Rule == "beijing-ftz/2024#bj-auto-id-ota-vehicle-control");
    }

    [Fact]
    public void Assess_ListedImportantData_MakesTheAnswerStricter()
    {
        var national = Assess(Beijing(Ota, ["ota-type"], approved: false));
        var listed = Assess(Beijing(Ota, ["ota-type"]));

        Assert.Equal(Pathway.Exempt, national.Pathway);
        Assert.Equal(Pathway.SecurityAssessment, listed.Pathway);
        Assert.Contains(listed.Basis, b => b.Rule == "beijing-ftz/2024#bj-auto-id-ota-vehicle-control");
    }

    [Fact]
    public void Assess_ClaimedOtaException_ExemptsTheOtaData()
    {
        var result = Assess(Beijing(Ota, ["ota-type"], exceptions: ["miit-filed-tamper-proof"]));

        Assert.Equal(Pathway.Exempt, result.Pathway);
        Assert.Contains(result.Basis, b => b.Rule.EndsWith("/miit-filed-tamper-proof", StringComparison.Ordinal));
    }

    [Fact]
    public void Assess_DataTheListDoesNotName_IsExemptUnderArticle6_WithTheFilingDutyKept()
    {
        var result = Assess(Beijing(Ota, [], personal: 0));

        Assert.Equal(Pathway.Exempt, result.Pathway);
        Assert.Contains(result.Basis, b => b.Rule == "art6-ftz-negative-list" && b.Pathway == Pathway.Exempt);
        Assert.Contains(result.Duties, d => d.Id.StartsWith("beijing-ftz/2024#", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(30_000, Pathway.StandardContractOrCertification)]
    [InlineData(49_999, Pathway.StandardContractOrCertification)]
    [InlineData(50_000, Pathway.SecurityAssessment)]
    public void Assess_ClinicalTrialReportedBand_IsApplied_WithTheStrictAnswerBeside(long sensitive, Pathway expected)
    {
        var result = Assess(Beijing("bj-pharma-clinical-trial", [], sensitive: sensitive));

        Assert.Equal(expected, result.Pathway);
        Assert.Contains(result.Basis, b => b.Rule.EndsWith("#fields-unknown", StringComparison.Ordinal));
        var entry = Assert.Single(result.Basis, b => b.Rule == "beijing-ftz/2024#bj-pharma-pi-clinical-trial-subjects");
        Assert.Equal(Confidence.Unverified, entry.Confidence);
        Assert.Equal(50_000, Assert.Single(entry.Inputs).Band!.Below ?? Assert.Single(entry.Inputs).Band!.AtLeast);
        Assert.Equal(Confidence.Unverified, result.Confidence);
        Assert.Equal(Pathway.SecurityAssessment, result.Strict!.Pathway);
        Assert.Contains("art7-2-security-assessment", result.Strict.Rules);
    }

    [Fact]
    public void Assess_ClinicalTrial_MinConfidenceConfirmed_SetsTheFigureAsideAndTheNationalBandsDecide()
    {
        var result = Engine.Assess(Beijing("bj-pharma-clinical-trial", [], sensitive: 30_000), null, Confidence.ConfirmedTwoSources).ValueOrThrow();

        Assert.Equal(Pathway.SecurityAssessment, result.Pathway);
        Assert.Contains(result.Basis, b => b.Kind == BasisKind.BelowMinConfidence);
        Assert.Contains(result.Basis, b => b.Rule == "art7-2-security-assessment");
        Assert.Null(result.Strict);
    }

    [Fact]
    public void Assess_ClinicalTrial_NonSensitiveCounter_HasNoFigure_SoTheNationalBandsDecideIt()
    {
        var result = Assess(Beijing("bj-pharma-clinical-trial", [], personal: 200_000, sensitive: 10));

        Assert.Equal(Pathway.StandardContractOrCertification, result.Pathway);
        Assert.Contains(result.Basis, b => b.Rule.EndsWith("#counter-unbanded", StringComparison.Ordinal));
        Assert.Contains(result.Basis, b => b.Rule == "art8-standard-contract-or-certification");
        Assert.Equal(1_000_000, result.Headroom.Personal.Next);
        Assert.Equal(50_000, result.Headroom.Sensitive.Next);
    }

    [Theory]
    [InlineData(99_999, Pathway.Exempt)]
    [InlineData(100_000, Pathway.SecurityAssessment)]
    public void Assess_ImportantDataItemWithAGroupSizeBand_IsImportantDataOnlyInsideTheBand(long sensitive, Pathway expected)
    {
        var result = Assess(Beijing("bj-pharma-drug-rd", ["medical-imaging"], sensitive: sensitive));

        var entry = Assert.Single(result.Basis, b => b.Rule == "beijing-ftz/2024#bj-pharma-id-group-health");
        Assert.Equal(expected, entry.Pathway);
    }

    [Fact]
    public void Assess_GeneticData_ReportsTheHumanGeneticResourcesRoute()
    {
        var genetic = Catalogs.Find("beijing-ftz/2024")!.Items.First(i => i.Pathway == Pathway.OtherLawfulRoute);
        var result = Assess(Beijing(null, [genetic.Fields.Count > 0 ? genetic.Fields[0].Id : genetic.Id], sensitive: 10));

        Assert.Contains(result.Duties, d => d.Id.EndsWith("#other-route", StringComparison.Ordinal));
        Assert.Contains(result.Basis, b => b.Explanation.Contains("another lawful route", StringComparison.Ordinal));
    }

    [Fact]
    public void Assess_ListWithoutScenarioOrFields_LetsNationalRulesDecide()
    {
        var result = Assess(Beijing(null, [], personal: 150_000));

        Assert.Equal(Pathway.StandardContractOrCertification, result.Pathway);
        Assert.Contains(result.Basis, b => b.Rule == "beijing-ftz/2024#no-scenario");
    }

    [Fact]
    public void Assess_UnknownScenario_IsAnErrorWithTheNearestIdSuggested()
    {
        var result = Engine.Assess(Beijing("bj-auto-otta", []), "a.json");

        var d = Assert.Single(result.Diagnostics);
        Assert.Equal("scenario", d.Subject);
        Assert.Contains("bj-auto-ota", d.Suggestion, StringComparison.Ordinal);
    }

    [Fact]
    public void Assess_UnknownField_IsAnErrorNamingItsIndex()
    {
        var result = Engine.Assess(Beijing(Ota, ["ota-type", "ota-tipe"]), "a.json");

        var d = Assert.Single(result.Diagnostics);
        Assert.Equal("fields[1]", d.Subject);
        Assert.Contains("ota-type", d.Suggestion, StringComparison.Ordinal);
    }

    [Fact]
    public void Assess_UnknownEdition_IsAnErrorWithSuggestion()
    {
        var activity = Beijing(Ota, []) with { List = "beijing-ftz/2042" };

        var d = Assert.Single(Engine.Assess(activity).Diagnostics);
        Assert.Equal("list", d.Subject);
        Assert.Contains("beijing-ftz/2024", d.Suggestion, StringComparison.Ordinal);
    }

    [Fact]
    public void Assess_NationalEditionAsList_IsAnError()
    {
        var activity = Beijing(null, []) with { List = "cn-national/2024" };

        Assert.Contains("national rules", Assert.Single(Engine.Assess(activity).Diagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Assess_CategoryBasedList_DecidesBySubcategory()
    {
        var tianjin = Catalogs.Find("tianjin-ftz/2024")!;
        var sub = tianjin.Categories.SelectMany(c => c.Subcategories).First();
        var activity = new ExportActivity(new ProcessorProfile(false, "tianjin", true, false), tianjin.Id, null, null, false,
            new PersonCounts(0, 0), [sub.Id], []);

        var result = Assess(activity);

        Assert.True(result.List!.Applied);
        Assert.Contains(result.Basis, b => b.Rule == "tianjin-ftz/2024#" + sub.Id);
    }
}
