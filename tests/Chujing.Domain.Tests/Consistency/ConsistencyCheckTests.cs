using Chujing.Domain.Consistency;
using Chujing.Domain.Filings;
using static Chujing.Domain.Tests.Consistency.Filings;

namespace Chujing.Domain.Tests.Consistency;

/// <summary>Each kind of deviation, with its path, severity, wording and basis.</summary>
public sealed class ConsistencyCheckTests
{
    [Fact]
    public void AnEventWithinItsFiling_HasNoDeviation() =>
        Assert.Empty(Check(Ota(), Event(fields: ["ota-type", "ota-master-module"])));

    [Theory]
    [InlineData("OTA类型")]
    [InlineData("OTA type")]
    [InlineData("update_type")]
    [InlineData("主控模块")]
    public void AFieldNamedByItsChineseNameEnglishNameOrSynonym_IsTheFiledField(string field) =>
        Assert.Empty(Check(Ota(), Event(fields: [field])));

    [Theory]
    [InlineData("update-type")]
    [InlineData("Update Type")]
    [InlineData("ota_type")]
    [InlineData("OTA  TYPE")]
    [InlineData("ota_master_module")]
    [InlineData("ＯＴＡ－ＴＹＰＥ")]
    public void AFieldWrittenWithOtherSeparatorsOrCase_IsTheFiledField(string field) =>
        Assert.Empty(Check(Ota(), Event(fields: [field])));

    [Fact]
    public void AFieldNotInTheListFiledWithOtherSeparators_IsTheFiledField() =>
        Assert.DoesNotContain(Check(Ota(fields: ["ota-type", "vehicle_batch_no"]), Event(fields: ["Vehicle-Batch No"])), d => d.Path == "fields[0]");

    [Fact]
    public void AScenarioWrittenWithOtherSeparators_IsTheFiledScenario() =>
        Assert.Empty(Check(Ota(), Event(scenario: "BJ_AUTO_OTA", fields: ["ota-type"])));

    [Fact]
    public void NoFiling_IsOneSeriousDeviationOnFiling()
    {
        var deviation = Assert.Single(Checker.Check(Event(filing: null), 3, null, null));
        Assert.Equal(DeviationKind.NoFiling, deviation.Kind);
        Assert.Equal("filing", deviation.Path);
        Assert.Equal(Severity.Serious, deviation.Severity);
        Assert.Equal(3, deviation.Event);
        Assert.True(deviation.Blocks);
        Assert.Contains(deviation.Basis, b => b.Rule == "beijing-ftz/2024#zone-group-filing");
    }

    [Fact]
    public void AFilingOfAnotherProcessor_IsNoFiling()
    {
        var other = new CheckedFiling("F-2026-0001", "91310000MA1FL4B24G", Ota().Content, null, Ota().History, Profile);
        Assert.Equal(DeviationKind.NoFiling, Assert.Single(Checker.Check(Event(), 0, Checker.Compile(other), null)).Kind);
    }

    [Theory]
    [InlineData("2026-01-09T08:00:00Z", "submitted")]
    [InlineData("2025-12-31T08:00:00Z", "predates")]
    public void BeforeApproval_IsFilingNotInForceOnTime(string time, string wording)
    {
        var deviation = Assert.Single(Check(Ota(), Event(time: time)));
        Assert.Equal(DeviationKind.FilingNotInForce, deviation.Kind);
        Assert.Equal("time", deviation.Path);
        Assert.Equal(Severity.Serious, deviation.Severity);
        Assert.Contains(wording, deviation.DetailEn, StringComparison.Ordinal);
    }

    [Fact]
    public void WhileSuspended_IsFilingNotInForceCitingThePolicy_AndInForceAgainOnceLifted()
    {
        var suspended = Ota(history: [new(Approved, FilingStatus.Approved), new(Approved.AddMonths(2), FilingStatus.Suspended), new(Approved.AddMonths(4), FilingStatus.Approved)]);
        Assert.Empty(Check(suspended, Event(time: "2026-02-01T08:00:00Z")));
        var during = Assert.Single(Check(suspended, Event(time: "2026-04-01T08:00:00Z")));
        Assert.Equal(DeviationKind.FilingNotInForce, during.Kind);
        Assert.Equal(Severity.Serious, during.Severity);
        Assert.Contains("已暂停", during.Detail, StringComparison.Ordinal);
        Assert.Contains("suspended", during.DetailEn, StringComparison.Ordinal);
        Assert.Contains(during.Basis, b => b.Rule == "chujing#filing-suspension" && b.Citation.Contains("平台政策", StringComparison.Ordinal));
        Assert.Contains(during.Basis, b => b.Rule.EndsWith("#status", StringComparison.Ordinal));

        // Lifted: exports after the reinstatement are in force again; a revocation carries no suspension basis.
        Assert.Empty(Check(suspended, Event(time: "2026-06-01T08:00:00Z")));
        var revoked = Ota(history: [new(Approved, FilingStatus.Approved), new(Approved.AddMonths(3), FilingStatus.Revoked)]);
        Assert.DoesNotContain(Check(revoked, Event(time: "2026-05-01T08:00:00Z"))[0].Basis, b => b.Rule == "chujing#filing-suspension");
    }

    [Fact]
    public void WhileRevokedOrAfterValidity_IsFilingNotInForce()
    {
        var revoked = Ota(history: [new(Approved, FilingStatus.Approved), new(Approved.AddMonths(3), FilingStatus.Revoked)]);
        Assert.Empty(Check(revoked, Event(time: "2026-03-01T08:00:00Z")));
        Assert.Equal(DeviationKind.FilingNotInForce, Assert.Single(Check(revoked, Event(time: "2026-05-01T08:00:00Z"))).Kind);
        Assert.Contains("已撤销", Check(revoked, Event(time: "2026-05-01T08:00:00Z"))[0].Detail, StringComparison.Ordinal);

        // The validity ends on 2027-12-31 in Beijing: 16:00 UTC on that day is already 2028-01-01 there.
        Assert.Empty(Check(Ota(), Event(time: "2027-12-31T15:59:59Z")));
        Assert.Equal(DeviationKind.FilingNotInForce, Assert.Single(Check(Ota(), Event(time: "2027-12-31T16:00:00Z"))).Kind);
    }

    [Fact]
    public void AnotherScenario_IsScenarioNotFiled_ButItsChineseNameIsTheSame()
    {
        Assert.Empty(Check(Ota(), Event(scenario: "OTA在线升级")));
        var deviation = Assert.Single(Check(Ota(), Event(scenario: "bj-pharma-clinical-trial", fields: [])));
        Assert.Equal((DeviationKind.ScenarioNotFiled, "scenario", Severity.Major), (deviation.Kind, deviation.Path, deviation.Severity));
        Assert.Contains(deviation.Basis, b => b.Rule == "filing:F-2026-0001#scenario");
    }

    [Fact]
    public void AListedFieldNotFiled_IsFieldNotFiledOnItsIndex_WithTheListItemAsBasis()
    {
        var deviation = Assert.Single(Check(Ota(), Event(fields: ["ota-type", "联网终端"])));
        Assert.Equal((DeviationKind.FieldNotFiled, "fields[1]", Severity.Major), (deviation.Kind, deviation.Path, deviation.Severity));
        Assert.Contains(deviation.Basis, b => b.Rule == "beijing-ftz/2024#bj-auto-id-ota-vehicle-control" && b.Citation.Contains("负面清单", StringComparison.Ordinal));
        Assert.Contains("联网终端", deviation.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void AFieldNeitherFiledNorListed_IsFieldNotListed_General_AndDoesNotBlock()
    {
        var deviation = Assert.Single(Check(Ota(), Event(fields: ["shoe-size"])));
        Assert.Equal((DeviationKind.FieldNotListed, Severity.General), (deviation.Kind, deviation.Severity));
        Assert.False(deviation.Blocks);
    }

    [Fact]
    public void AnotherRecipient_IsRecipientNotFiled_ButSpacingAndWidthDoNotCount()
    {
        Assert.Empty(Check(Ota(), Event(recipient: "  ＡＵＴＯＷＥＲＫ   gmbh ")));
        var deviation = Assert.Single(Check(Ota(), Event(recipient: "Shadow Analytics Ltd")));
        Assert.Equal((DeviationKind.RecipientNotFiled, "recipient", Severity.Serious), (deviation.Kind, deviation.Path, deviation.Severity));
    }

    [Fact]
    public void AFiledRecipientInAnotherCountry_IsCountryNotFiled()
    {
        var deviation = Assert.Single(Check(Ota(), Event(country: "JP")));
        Assert.Equal((DeviationKind.CountryNotFiled, "country", Severity.Major), (deviation.Kind, deviation.Path, deviation.Severity));
        Assert.Contains("DE", deviation.DetailEn, StringComparison.Ordinal);
    }

    [Fact]
    public void SensitiveUnderAFilingWithoutSensitivePersons_IsSensitiveNotFiled_CitingArticle8()
    {
        Assert.Empty(Check(Ota(sensitive: 10), Event(sensitive: true)));
        var deviation = Assert.Single(Check(Ota(), Event(sensitive: true)));
        Assert.Equal((DeviationKind.SensitiveNotFiled, "sensitive", Severity.Serious), (deviation.Kind, deviation.Path, deviation.Severity));
        Assert.Contains(deviation.Basis, b => b.Citation == "《促进和规范数据跨境流动规定》第八条");
    }

    [Fact]
    public void CountsOverTheFiledPersons_IsPersonsOverFiled()
    {
        Assert.Empty(Check(ClinicalTrial(50_000, 0), Event("F-2026-0002", recipient: "Novum Pharma AG", country: "CH", scenario: null, fields: []), new YearCounts(2026, 50_000, 0)));
        var deviation = Assert.Single(Check(ClinicalTrial(50_000, 0), Event("F-2026-0002", recipient: "Novum Pharma AG", country: "CH", scenario: null, fields: []), new YearCounts(2026, 60_000, 0)));
        Assert.Equal((DeviationKind.PersonsOverFiled, "persons", Severity.Major), (deviation.Kind, deviation.Path, deviation.Severity));
        Assert.Contains("60,000", deviation.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void PersonsOverFiled_IsTheEventsOwnCount_NotTheOtherKindsOverrun()
    {
        var filing = ClinicalTrial(1_000, 9_000);
        var overInPersonal = new YearCounts(2026, 1_200, 8_500);
        var sensitiveEvent = Event("F-2026-0002", recipient: "Novum Pharma AG", country: "CH", scenario: null, fields: [], sensitive: true, persons: 1);
        var personalEvent = Event("F-2026-0002", recipient: "Novum Pharma AG", country: "CH", scenario: null, fields: [], persons: 1);

        Assert.DoesNotContain(Check(filing, sensitiveEvent, overInPersonal), d => d.Kind == DeviationKind.PersonsOverFiled);
        var personal = Assert.Single(Check(filing, personalEvent, overInPersonal), d => d.Kind == DeviationKind.PersonsOverFiled);
        Assert.Contains(personal.Basis, b => b.Rule == "filing:F-2026-0002#persons.personal");

        var sensitive = Assert.Single(Check(filing, sensitiveEvent, new YearCounts(2026, 0, 9_001)), d => d.Kind == DeviationKind.PersonsOverFiled);
        Assert.Contains(sensitive.Basis, b => b.Rule == "filing:F-2026-0002#persons.sensitive");
        Assert.DoesNotContain(Check(filing, personalEvent, new YearCounts(2026, 0, 9_001)), d => d.Kind == DeviationKind.PersonsOverFiled);
    }

    [Fact]
    public void CountsPastTheNationalBand_IsBandCrossed_DecidedByTheEngineWithArticle8()
    {
        var e = Event("F-2026-0002", recipient: "Novum Pharma AG", country: "CH", scenario: null, fields: []);
        var deviations = Check(ClinicalTrial(50_000, 0), e, new YearCounts(2026, 150_000, 0));
        var crossed = Assert.Single(deviations, d => d.Kind == DeviationKind.BandCrossed);
        Assert.Equal(Severity.Serious, crossed.Severity);
        Assert.Contains("the export needs 'Standard contract or certification', stricter than the filing's 'Exempt'.", crossed.DetailEn, StringComparison.Ordinal);
        Assert.Contains(crossed.Basis, b => b.Citation == "《促进和规范数据跨境流动规定》第八条");
        Assert.Contains(deviations, d => d.Kind == DeviationKind.PersonsOverFiled);
    }

    [Fact]
    public void WithoutCounts_TheCountKindsAreSkipped() =>
        Assert.Empty(Check(ClinicalTrial(50_000, 0), Event("F-2026-0002", recipient: "Novum Pharma AG", country: "CH", scenario: null, fields: [])));

    [Fact]
    public void TheSeverityTable_GradesEveryKindWithARationaleInBothLanguages()
    {
        foreach (var kind in Enum.GetValues<DeviationKind>())
        {
            var rule = SeverityTable.RuleOf(kind);
            Assert.Equal(kind, rule.Kind);
            Assert.False(string.IsNullOrWhiteSpace(rule.Rationale));
            Assert.False(string.IsNullOrWhiteSpace(rule.RationaleEn));
        }

        Assert.Equal(Severity.Serious, SeverityTable.Of(DeviationKind.NoFiling));
        Assert.Equal(Severity.Serious, SeverityTable.Of(DeviationKind.FilingNotInForce));
    }
}
