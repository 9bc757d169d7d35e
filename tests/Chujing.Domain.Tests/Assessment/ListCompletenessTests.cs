using Chujing.Domain.Assessment;
using Chujing.Domain.Catalog;
using Chujing.Catalog.Yaml;
using Chujing.TestSupport;
using static Chujing.Domain.Tests.Assessment.Shipped;

namespace Chujing.Domain.Tests.Assessment;

/// <summary>
/// Art. 6 says data outside a list is exempt. The engine says so only when the catalog holds the whole list; for
/// an edition encoded in part, personal information that meets no item is decided on the national bands.
/// </summary>
public sealed class ListCompletenessTests
{

    private static AssessmentEngine EngineWithCompleteList()
    {
        var list = CatalogLoader.LoadText(TestCatalogs.MinimalList, "x.yaml", "x-ftz/2024").ValueOrThrow();
        return new AssessmentEngine(CatalogSet.Create(Catalogs.Editions.Append(list)).ValueOrThrow(), new DateOnly(2026, 11, 27));
    }

    private static ExportActivity InX(IReadOnlyList<string> fields, long personal) =>
        new(new ProcessorProfile(false, "x", true, false), "x-ftz/2024", "sc1", null, false, new PersonCounts(personal, 0), fields, []);

    [Fact]
    public void CompleteList_DataItDoesNotName_IsExemptUnderArticle6_WhateverTheCount()
    {
        var result = EngineWithCompleteList().Assess(InX([], 3_000_000)).Value;

        Assert.Equal(Pathway.Exempt, result.Pathway);
        Assert.Contains(result.Basis, b => b.Rule == "art6-ftz-negative-list");
        Assert.Contains(result.Duties, d => d.Id.StartsWith("x-ftz/2024#", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(9, Pathway.Exempt)]
    [InlineData(10, Pathway.StandardContractOrCertification)]
    public void CompleteList_RelaxedBand_DecidesTheNamedField(long personal, Pathway expected)
    {
        var result = EngineWithCompleteList().Assess(InX(["name"], personal)).Value;

        Assert.Equal(expected, result.Pathway);
        Assert.Contains(result.Basis, b => b.Rule == "x-ftz/2024#i1");
    }

    [Fact]
    public void IncompleteList_PersonalInformationMeetingNoItem_IsDecidedOnTheNationalBands()
    {
        var result = Assess(Beijing("bj-auto-ota", [], personal: 2_000_000, sensitive: 20_000));

        Assert.Equal(Pathway.SecurityAssessment, result.Pathway);
        Assert.Contains(result.Basis, b => b.Rule == "beijing-ftz/2024#incomplete");
        Assert.Contains(result.Basis, b => b.Rule == "art7-2-security-assessment");
        Assert.Equal(Pathway.SecurityAssessment, result.Headroom.Personal.Pathway);
    }

    [Fact]
    public void IncompleteCategoryList_PersonalInformation_IsDecidedOnTheNationalBands()
    {
        var tianjin = Catalogs.Find("tianjin-ftz/2024")!;
        var activity = new ExportActivity(new ProcessorProfile(false, "tianjin", true, false), tianjin.Id, tianjin.Categories[^1].Id, null, false,
            new PersonCounts(200_000, 0), [], []);

        Assert.Equal(Pathway.StandardContractOrCertification, Assess(activity).Pathway);
    }

    [Fact]
    public void Exemption_DoesNotCancelImportantDataTheListNames()
    {
        var activity = Beijing("bj-auto-ota", ["ota-type"]) with { Exemption = Exemption.Emergency };

        var result = Assess(activity);

        Assert.Equal(Pathway.SecurityAssessment, result.Pathway);
        Assert.Contains(result.Basis, b => b.Rule == "art5-3-emergency");
        Assert.Contains(result.Basis, b => b.Rule == "beijing-ftz/2024#bj-auto-id-ota-vehicle-control");
    }

    [Fact]
    public void Exemption_KeepsTheHumanGeneticResourcesRoute()
    {
        var genetic = Catalogs.Find("beijing-ftz/2024")!.Items.First(i => i.Pathway == Pathway.OtherLawfulRoute);
        var activity = Beijing(null, [genetic.Fields[0].Id], sensitive: 10) with { Exemption = Exemption.CrossBorderHr };

        var result = Assess(activity);

        Assert.Equal(Pathway.Exempt, result.Pathway);
        Assert.Contains(result.Duties, d => d.Id.EndsWith("#other-route", StringComparison.Ordinal));
    }

    [Fact]
    public void ListNotApplicable_ImportantDataItNames_IsNotedForTheProcessor()
    {
        var result = Assess(Beijing("bj-auto-ota", ["ota-type"], autonomousDriving: true));

        Assert.False(result.List!.Applied);
        Assert.Contains(result.Basis, b => b.Rule.EndsWith("#published", StringComparison.Ordinal) && b.Pathway is null);
    }

    [Fact]
    public void ItemWithUnknownBands_CitesTheNationalArticleThatDecides()
    {
        // The clinical-trial figure rests on one source: on confirmed entries only, the national bands decide.
        var result = Engine.Assess(Beijing("bj-pharma-clinical-trial", ["medical-imaging"], sensitive: 30_000), null, Confidence.ConfirmedTwoSources).ValueOrThrow();

        Assert.Equal(Pathway.SecurityAssessment, result.Pathway);
        Assert.Contains(result.Basis, b => b.Rule == "art7-2-security-assessment");
    }

    [Fact]
    public void CiioWithImportantDataOnly_CitesArticle7Paragraph1()
    {
        var result = Assess(National(0, 0, ciio: true, importantData: true));

        Assert.Contains(result.Basis, b => b.Rule == "art7-1-ciio" && b.Pathway == Pathway.SecurityAssessment);
    }

    [Fact]
    public void CiioSendingNothing_DoesNotCiteTheNonCiioSmallVolumeRule()
    {
        var entry = Assert.Single(Assess(National(0, 0, ciio: true)).Basis);

        Assert.DoesNotContain("第五条", entry.Citation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("北京")]
    [InlineData("BEIJING")]
    public void ZoneByChineseNameOrAnyCase_AppliesTheList(string zone)
    {
        var activity = Beijing("bj-auto-ota", ["ota-type"], zone: zone);

        Assert.True(Assess(activity).List!.Applied);
    }

    [Fact]
    public void ZoneTypo_IsAnErrorWithSuggestion()
    {
        var d = Assert.Single(Engine.Assess(Beijing("bj-auto-ota", ["ota-type"], zone: "beiijng")).Diagnostics);

        Assert.Equal("processor.freeTradeZone", d.Subject);
        Assert.Equal("'beijing'", d.Suggestion);
    }

    [Fact]
    public void FieldSynonym_NamesTheField()
    {
        var field = Catalogs.Find("beijing-ftz/2024")!.Items.SelectMany(i => i.Fields).First(f => f.Synonyms.Count > 0 && f.Id == "ota-type");

        Assert.True(Engine.Assess(Beijing("bj-auto-ota", [field.Synonyms[0]])).IsSuccess);
    }

    [Fact]
    public void FieldOfAnotherScenario_SaysWhereItBelongs()
    {
        var d = Assert.Single(Engine.Assess(Beijing("bj-pharma-clinical-trial", ["ota-type"])).Diagnostics);

        Assert.Contains("'bj-auto-ota'", d.Message, StringComparison.Ordinal);
    }
}
