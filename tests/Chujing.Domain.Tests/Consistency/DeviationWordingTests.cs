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
}
