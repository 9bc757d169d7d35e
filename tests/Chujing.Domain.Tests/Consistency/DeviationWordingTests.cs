using Chujing.Domain.Consistency;
using Chujing.Domain.Filings;
using static Chujing.Domain.Tests.Consistency.Filings;

namespace Chujing.Domain.Tests.Consistency;

/// <summary>
/// The one-sentence explanations name scenarios, list items, list editions, pathways and statuses as people read them
/// (Chinese in the Chinese sentence, English in the English one); kinds, paths and rules keep their codes.
/// </summary>
public sealed class DeviationWordingTests
{
    [Fact]
    public void ScenarioNotFiled_NamesBothScenariosInEachLanguage()
    {
        var deviation = Assert.Single(Check(Ota(), Event(scenario: "bj-pharma-clinical-trial", fields: [])));
        Assert.Equal("出境场景“临床试验”不是备案的场景“OTA在线升级”。", deviation.Detail);
        Assert.Equal("The scenario 'Clinical trials' is not the filed scenario 'Over-the-air (OTA) updates'.", deviation.DetailEn);
        Assert.Contains(deviation.Basis, b => b.Rule == "filing:F-2026-0001#scenario" && b.Citation == "备案 F-2026-0001（业务场景）");
    }

    [Fact]
    public void ScenarioNotFiled_AScenarioTheListDoesNotKnow_ReadsAsGiven()
    {
        var deviation = Assert.Single(Check(Ota(), Event(scenario: "marketing", fields: [])));
        Assert.Equal("出境场景“marketing”不是备案的场景“OTA在线升级”。", deviation.Detail);
    }

    [Fact]
    public void FieldNotFiled_NamesTheFieldAndItsListItem()
    {
        var deviation = Assert.Single(Check(Ota(), Event(fields: ["ota-type", "connected-terminal"])));
        Assert.Equal("出境字段“connected-terminal（联网终端）”是清单条目“〔释义〕涉及车辆控制的在线升级（OTA）数据；包含电子控制单元（ECU）的售后数据”列明的字段，备案未申报。", deviation.Detail);
        Assert.DoesNotContain("bj-auto-id-ota-vehicle-control", deviation.DetailEn, StringComparison.Ordinal);
        Assert.StartsWith("The field 'connected-terminal' (Connected terminal) is named by the list item '", deviation.DetailEn, StringComparison.Ordinal);
        Assert.Contains(deviation.Basis, b => b.Rule == "beijing-ftz/2024#bj-auto-id-ota-vehicle-control");
    }

    [Fact]
    public void FieldNotListed_NamesTheListByItsTitle()
    {
        var deviation = Assert.Single(Check(Ota(), Event(fields: ["shoe-size"])));
        Assert.Equal("出境字段“shoe-size”既不在备案中，也不是所依据清单“中国（北京）自由贸易试验区数据出境管理清单（负面清单）（2024版）”的字段。", deviation.Detail);
        Assert.Equal("The field 'shoe-size' is neither filed nor a field of the list 'Data Export Management List (Negative List) of the China (Beijing) Pilot FTZ (2024 Edition)'.", deviation.DetailEn);
    }

    [Fact]
    public void FilingNotInForce_NamesTheStatusInWords()
    {
        var history = new FilingStatusChange[] { new(Approved.AddDays(-5), FilingStatus.Draft), new(Approved.AddDays(-1), FilingStatus.UnderReview) };
        var deviation = Assert.Single(Check(Ota(history: history), Event(time: "2026-01-09T08:00:00Z")));
        Assert.Contains("was under review, not approved", deviation.DetailEn, StringComparison.Ordinal);
        Assert.Contains("“审核中”", deviation.Detail, StringComparison.Ordinal);
        Assert.Contains(deviation.Basis, b => b.Citation == "备案 F-2026-0001（状态）");
    }

    [Fact]
    public void PersonsOverFiled_FilingOfSensitiveOnly_SaysThePersonalCountWasExceededWithBothFigures()
    {
        var deviations = Check(ClinicalTrial(0, 9_000), Event("F-2026-0002", recipient: "Novum Pharma AG", country: "CH", scenario: null, fields: []), new YearCounts(2026, 120, 9_000));
        var deviation = Assert.Single(deviations, d => d.Kind == DeviationKind.PersonsOverFiled);
        Assert.Equal("2026 年向境外提供的人数超过备案申报：个人信息人数备案申报 0 人，实际已达 120 人。", deviation.Detail);
        Assert.Equal("More persons were sent abroad in 2026 than filed — personal information: 0 persons filed, 120 actually sent.", deviation.DetailEn);
        Assert.Contains(deviation.Basis, b => b.Rule == "filing:F-2026-0002#persons.personal");
    }

    [Fact]
    public void PersonsOverFiled_FilingOfPersonalOnly_SaysTheSensitiveCountWasExceededWithBothFigures()
    {
        var deviations = Check(ClinicalTrial(9_000, 0), Event("F-2026-0002", recipient: "Novum Pharma AG", country: "CH", scenario: null, fields: [], sensitive: true), new YearCounts(2026, 9_000, 30));
        var deviation = Assert.Single(deviations, d => d.Kind == DeviationKind.PersonsOverFiled);
        Assert.Equal("2026 年向境外提供的人数超过备案申报：敏感个人信息人数备案申报 0 人，实际已达 30 人。", deviation.Detail);
        Assert.DoesNotContain("个人信息人数备案申报 9,000", deviation.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void PersonsOverFiled_BothCountsExceeded_NamesBoth()
    {
        var deviations = Check(ClinicalTrial(1_000, 100), Event("F-2026-0002", recipient: "Novum Pharma AG", country: "CH", scenario: null, fields: []), new YearCounts(2026, 2_000, 150));
        var deviation = Assert.Single(deviations, d => d.Kind == DeviationKind.PersonsOverFiled);
        Assert.Equal("2026 年向境外提供的人数超过备案申报：个人信息人数备案申报 1,000 人，实际已达 2,000 人；敏感个人信息人数备案申报 100 人，实际已达 150 人。", deviation.Detail);
    }

    [Fact]
    public void CountryNotFiled_NamesTheCountriesInChineseWithEnglishBeside()
    {
        var checker = new ConsistencyChecker(Assessment.Shipped.Engine, Assessment.Shipped.Catalogs, new TableCountryNames());
        var deviation = Assert.Single(checker.Check(Event(country: "US"), 0, checker.Compile(Ota()), null));
        Assert.Equal("备案的接收方“Autowerk GmbH”位于德国（Germany），不在美国（United States）。", deviation.Detail);
        Assert.Equal("The filed recipient 'Autowerk GmbH' is in Germany (德国), not in United States (美国).", deviation.DetailEn);
        Assert.Equal((DeviationKind.CountryNotFiled, "country"), (deviation.Kind, deviation.Path));
    }

    [Fact]
    public void CountryNotFiled_ForAnUnfiledRecipient_NamesTheDestination_AndAnUnknownCodeReadsAsGiven()
    {
        var checker = new ConsistencyChecker(Assessment.Shipped.Engine, Assessment.Shipped.Catalogs, new TableCountryNames());
        var deviations = checker.Check(Event(recipient: "Shadow Analytics Ltd", country: "US"), 0, checker.Compile(Ota()), null);
        Assert.Contains(deviations, d => d.Kind == DeviationKind.CountryNotFiled && d.Detail == "出境目的地“美国（United States）”不是任何备案接收方所在的国家或地区。");
        var unknown = checker.Check(Event(recipient: "Shadow Analytics Ltd", country: "FR"), 0, checker.Compile(Ota()), null);
        Assert.Contains(unknown, d => d.Kind == DeviationKind.CountryNotFiled && d.Detail.Contains("“FR”", StringComparison.Ordinal));
    }

    /// <summary>A host's table of names, as the platform gives its own.</summary>
    private sealed class TableCountryNames : ICountryNames
    {
        private readonly Dictionary<string, CountryName> _names = new(StringComparer.Ordinal)
        {
            ["US"] = new("US", "美国", "United States"),
            ["DE"] = new("DE", "德国", "Germany"),
        };

        public CountryName? Find(string code) => _names.GetValueOrDefault(code);
    }
}
