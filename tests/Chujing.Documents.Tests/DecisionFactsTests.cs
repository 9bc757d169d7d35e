using Chujing.Documents.Model;
using Chujing.Domain.Catalog;

namespace Chujing.Documents.Tests;

public sealed class DecisionFactsTests
{
    /// <summary>An archived decision as <c>chujing assess --json</c> prints it for the Beijing clinical trial example (abridged).</summary>
    private const string ClinicalTrialDecision = """
        {"pathway":"standard-contract-or-certification","confidence":"unverified",
         "list":{"edition":"beijing-ftz/2024","applied":true},
         "strict":{"pathway":"security-assessment","minConfidence":"confirmed-two-sources","rules":["art7-2-security-assessment"],"citations":["《促进和规范数据跨境流动规定》第七条第一款第（二）项、第二款"]},
         "basis":[
          {"rule":"beijing-ftz/2024#bj-pharma-id-group-health","citation":"清单 重要数据第1类","explanation":"Not reached.","pathway":"exempt","title":"一定规模以上的群体诊疗数据","explanationZh":"本活动未达到，清单不涉及该数据。","kind":"list-item","confidence":"confirmed-two-sources"},
          {"rule":"beijing-ftz/2024#bj-pharma-pi-clinical-trial-subjects","citation":"清单 临床试验场景 个人信息","explanation":"The list's bands are reached.","pathway":"standard-contract-or-certification","title":"临床试验场景出境的个人信息","explanationZh":"达到清单规定的人数阈值。","kind":"list-item","confidence":"unverified"}]}
        """;

    private const string NotApplicableDecision = """
        {"pathway":"standard-contract-or-certification","confidence":"confirmed-two-sources",
         "list":{"edition":"beijing-ftz/2024","applied":false,"reason":"does not apply","reasonZh":"数据处理者未获所在自贸组团批准使用清单，按国家规定判断。"},
         "basis":[{"rule":"beijing-ftz/2024#not-applicable","citation":"管理办法","explanation":"does not apply","title":"负面清单不适用","explanationZh":"清单不适用。","kind":"list-not-applicable"}]}
        """;

    private static readonly IReadOnlyList<BasisFact> ClinicalTrialBasis =
    [
        new("beijing-ftz/2024#bj-pharma-id-group-health", "一定规模以上的群体诊疗数据", "清单 重要数据第1类", "Not reached."),
        new("beijing-ftz/2024#bj-pharma-pi-clinical-trial-subjects", "临床试验场景出境的个人信息", "清单 临床试验场景 个人信息", "The list's bands are reached."),
    ];

    private static FilingFacts With(string decision, IReadOnlyList<BasisFact> basis, IReadOnlyList<string>? fields = null)
    {
        var f = SampleFilings.Contract(basis: basis);
        return new FilingFacts(f.Id, f.Status, f.Processor, f.ProcessorName, f.ZoneGroup, f.Title, f.ListEdition, f.Scenario, fields ?? f.Fields, f.Recipients,
            f.Purpose, f.ImportantData, f.PersonsPersonal, f.PersonsSensitive, f.RetentionMonths, f.SecurityMeasures, f.ValidFrom, f.ValidUntil, f.Pathway, f.Basis)
        {
            Decision = DecisionFacts.Read(decision),
        };
    }

    private static List<string> Texts(FilingMaterial m) =>
        [.. m.Sections.SelectMany(s => s.Blocks).SelectMany(b => b switch
        {
            TextBlock t => [t.Text],
            ToCompleteBlock g => [g.Text],
            GridBlock g => g.Rows.SelectMany(r => r),
            FactTableBlock t => t.Rows.Select(r => r.Label + "=" + r.Value),
            _ => Enumerable.Empty<string>(),
        })];

    [Fact]
    public void Read_TakesConfidenceStrictListAndChineseExplanations()
    {
        var d = DecisionFacts.Read(ClinicalTrialDecision)!;
        Assert.Equal(Confidence.Unverified, d.Confidence);
        Assert.Equal(Pathway.SecurityAssessment, d.StrictPathway);
        Assert.True(d.ListApplied);
        Assert.Equal("达到清单规定的人数阈值。", d.Entries[1].ExplanationZh);
    }

    [Fact]
    public void EveryDocument_ShowsTheConfidence_AndTheStricterAnswerBesideThePathway_AsNotSettled()
    {
        foreach (var m in FilingMaterials.For(With(ClinicalTrialDecision, ClinicalTrialBasis), SampleFilings.Beijing).Where(m => m.Name != FilingMaterials.ContractAnnex))
        {
            var texts = Texts(m);
            Assert.Contains(texts, t => t.StartsWith("可信度：未经核实", StringComparison.Ordinal));
            Assert.Contains(texts, t => t.StartsWith("按已确证条目：数据出境安全评估", StringComparison.Ordinal) && t.Contains("第七条第一款第（二）项", StringComparison.Ordinal));
            Assert.Contains(m.Gaps, g => g.Text.Contains("不是确定结论", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void BasisGrid_WritesTheChineseExplanationFirst()
    {
        var form = FilingMaterials.Find(With(ClinicalTrialDecision, ClinicalTrialBasis), SampleFilings.Beijing, FilingMaterials.FilingForm)!;
        Assert.Contains(Texts(form), t => t.StartsWith("达到清单规定的人数阈值。", StringComparison.Ordinal));
        var bare = FilingMaterials.Find(SampleFilings.Contract(), SampleFilings.Beijing, FilingMaterials.FilingForm)!;
        Assert.Contains(Texts(bare), t => t.StartsWith("（仅有英文说明 English only）", StringComparison.Ordinal));
    }

    [Fact]
    public void ListSection_ShowsTheItemThatDecided_AndMarksTheOtherNotReached()
    {
        var form = FilingMaterials.Find(With(ClinicalTrialDecision, ClinicalTrialBasis), SampleFilings.Beijing, FilingMaterials.FilingForm)!;
        var grid = Assert.IsType<GridBlock>(form.Sections.Single(s => s.Heading == "负面清单事项与业务场景").Blocks[1]);
        Assert.Equal(2, grid.Rows.Count);
        Assert.StartsWith("未达到", grid.Rows.Single(r => r[0].Contains("bj-pharma-id-group-health", StringComparison.Ordinal))[1], StringComparison.Ordinal);
        Assert.Contains("决定路径", grid.Rows.Single(r => r[0].Contains("bj-pharma-pi-clinical-trial-subjects", StringComparison.Ordinal))[1], StringComparison.Ordinal);
    }

    [Fact]
    public void ListSection_WhenTheListDoesNotApply_SaysSoAndWhy_NeverOffList()
    {
        var basis = new[] { new BasisFact("beijing-ftz/2024#not-applicable", "负面清单不适用", "管理办法", "does not apply") };
        var texts = Texts(FilingMaterials.Find(With(NotApplicableDecision, basis), SampleFilings.Beijing, FilingMaterials.FilingForm)!);
        Assert.Contains(texts, t => t.StartsWith("本清单不适用于本次出境：数据处理者未获所在自贸组团批准使用清单", StringComparison.Ordinal));
        Assert.DoesNotContain(texts, t => t.Contains("清单外数据", StringComparison.Ordinal));
    }

    [Fact]
    public void ListSection_WithoutFields_IsAGap_NeverOffList()
    {
        var form = FilingMaterials.Find(With(ClinicalTrialDecision, ClinicalTrialBasis, fields: []), SampleFilings.Beijing, FilingMaterials.FilingForm)!;
        Assert.DoesNotContain(Texts(form), t => t.Contains("清单外数据", StringComparison.Ordinal));
        Assert.Contains(form.Gaps, g => g.Text.Contains("未填写出境字段", StringComparison.Ordinal));
    }

    [Fact]
    public void FilingForm_DoesNotCiteArticle6AsWhatRequiresTheFormItself()
    {
        var form = FilingMaterials.Find(SampleFilings.Contract(), SampleFilings.Beijing, FilingMaterials.FilingForm)!;
        Assert.StartsWith("自贸组团的备案做法", form.RequiredBy, StringComparison.Ordinal);
    }
}
