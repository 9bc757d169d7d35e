using Chujing.Documents.Model;
using Chujing.Domain.Catalog;

namespace Chujing.Documents.Tests;

public sealed class FilingMaterialsTests
{
    [Fact]
    public void For_StandardContract_GivesFormAnnexAndPipiaReport() =>
        Assert.Equal([FilingMaterials.FilingForm, FilingMaterials.ContractAnnex, FilingMaterials.PipiaReport],
            FilingMaterials.For(SampleFilings.Contract(), SampleFilings.Beijing).Select(m => m.Name));

    [Fact]
    public void For_SecurityAssessment_GivesFormDeclarationAndSelfAssessment() =>
        Assert.Equal([FilingMaterials.FilingForm, FilingMaterials.AssessmentDeclaration, FilingMaterials.SelfAssessmentReport],
            FilingMaterials.For(SampleFilings.Assessment(), SampleFilings.Beijing).Select(m => m.Name));

    [Theory]
    [InlineData(Pathway.Exempt)]
    [InlineData(null)]
    public void For_ExemptOrUndecided_GivesTheFilingFormAlone(Pathway? pathway) =>
        Assert.Equal([FilingMaterials.FilingForm], FilingMaterials.For(SampleFilings.Contract(pathway, []), SampleFilings.Beijing).Select(m => m.Name));

    [Fact]
    public void EveryMaterial_OpensWithTheDraftNotice_EndsWithTheGaps_AndHasSomethingToComplete()
    {
        foreach (var filing in new[] { SampleFilings.Contract(), SampleFilings.Assessment() })
        {
            foreach (var material in FilingMaterials.For(filing, SampleFilings.Beijing))
            {
                Assert.Equal("使用说明", material.Sections[0].Heading);
                Assert.Contains("不是完整的", ((TextBlock)material.Sections[0].Blocks[0]).Text, StringComparison.Ordinal);
                Assert.Equal("尚需补充的事项", material.Sections[^1].Heading);
                Assert.NotEmpty(material.Gaps);
                Assert.Contains(material.Sections, s => s.Heading == "签字盖章");
                Assert.All(material.Sections, s => Assert.False(string.IsNullOrWhiteSpace(s.Source)));
            }
        }
    }

    [Fact]
    public void FilingForm_ForAZoneList_NamesTheScenarioAndTheListItemsOfTheFiledFields()
    {
        var form = FilingMaterials.Find(SampleFilings.Contract(), SampleFilings.Beijing, FilingMaterials.FilingForm)!;
        var section = Assert.Single(form.Sections, s => s.Heading == "负面清单事项与业务场景");
        Assert.Contains("临床试验（bj-pharma-clinical-trial）", ((TextBlock)section.Blocks[0]).Text, StringComparison.Ordinal);
        var items = Assert.IsType<GridBlock>(section.Blocks[1]);
        Assert.NotEmpty(items.Rows);
        var fieldItems = SampleFilings.Beijing.Items.Where(i => i.Fields.Any(f => f.Id is "medical-imaging" or "blood-test" or "pathology")).Select(i => i.Id).ToList();
        Assert.Equal(fieldItems.Count, items.Rows.Count);
        Assert.All(fieldItems, id => Assert.Contains(items.Rows, r => r[0].Contains(id, StringComparison.Ordinal)));
    }

    [Fact]
    public void ContractAnnex_WritesSensitiveFieldsByTheirCatalogNames_AndLeavesUnknownItemsAsGaps()
    {
        var annex = FilingMaterials.Find(SampleFilings.Contract(), SampleFilings.Beijing, FilingMaterials.ContractAnnex)!;
        var rows = annex.Sections.SelectMany(s => s.Blocks).OfType<FactTableBlock>().SelectMany(t => t.Rows).ToList();
        Assert.Equal("影像、血液检测、病理", rows.Single(r => r.Label.StartsWith("出境敏感个人信息种类", StringComparison.Ordinal)).Value);
        Assert.Equal("总部统一开展临床试验数据分析", rows.Single(r => r.Label == "处理目的").Value);
        Assert.True(rows.Single(r => r.Label == "传输方式").IsGap);
        Assert.True(rows.Single(r => r.Label == "出境后保存地点").IsGap);
    }

    [Fact]
    public void DataTable_WithTheProcessorsYear_ShowsThePersonsTheDecisionAdded()
    {
        var f = SampleFilings.Contract();
        var withYear = new FilingFacts(f.Id, f.Status, f.Processor, f.ProcessorName, f.ZoneGroup, f.Title, f.ListEdition, f.Scenario, f.Fields, f.Recipients,
            f.Purpose, f.ImportantData, f.PersonsPersonal, f.PersonsSensitive, f.RetentionMonths, f.SecurityMeasures, f.ValidFrom, f.ValidUntil, f.Pathway, f.Basis, 1200, 8532);
        static IEnumerable<FactRow> Rows(FilingFacts facts) =>
            FilingMaterials.Find(facts, SampleFilings.Beijing, FilingMaterials.FilingForm)!.Sections.SelectMany(s => s.Blocks).OfType<FactTableBlock>().SelectMany(t => t.Rows);
        Assert.Equal("1,200 / 8,532", Rows(withYear).Single(r => r.Label.StartsWith("评估时加计", StringComparison.Ordinal)).Value);
        Assert.DoesNotContain(Rows(f), r => r.Label.StartsWith("评估时加计", StringComparison.Ordinal));
    }

    [Fact]
    public void Categories_ShowEveryFiledField_AndAGap_NeverNoneWhilePersonsAreExported()
    {
        var f = SampleFilings.Contract();
        var noFields = new FilingFacts(f.Id, f.Status, f.Processor, f.ProcessorName, f.ZoneGroup, f.Title, f.ListEdition, f.Scenario, [], f.Recipients,
            f.Purpose, f.ImportantData, f.PersonsPersonal, f.PersonsSensitive, f.RetentionMonths, f.SecurityMeasures, f.ValidFrom, f.ValidUntil, f.Pathway, f.Basis);
        List<FactRow> Rows(FilingFacts facts) =>
            [.. FilingMaterials.Find(facts, SampleFilings.Beijing, FilingMaterials.ContractAnnex)!.Sections.SelectMany(s => s.Blocks).OfType<FactTableBlock>().SelectMany(t => t.Rows)];
        Assert.Equal("影像、血液检测、病理", Rows(f).Single(r => r.Label == "出境个人信息种类").Value);
        Assert.True(Rows(noFields).Single(r => r.Label == "出境个人信息种类").IsGap);
        Assert.True(Rows(noFields).Single(r => r.Label.StartsWith("出境敏感个人信息种类", StringComparison.Ordinal)).IsGap);
    }

    [Fact]
    public void ContractAnnex_RetentionDates_AreAGapListedInStillToAdd_AndChujingsOwnSectionsCiteNoMeasures()
    {
        var annex = FilingMaterials.Find(SampleFilings.Contract(), SampleFilings.Beijing, FilingMaterials.ContractAnnex)!;
        Assert.True(annex.Sections.SelectMany(s => s.Blocks).OfType<FactTableBlock>().SelectMany(t => t.Rows).Single(r => r.Label == "出境后保存起止日期").IsGap);
        var still = Assert.IsType<GridBlock>(annex.Sections[^1].Blocks[1]);
        Assert.Contains(still.Rows, r => r[1].StartsWith("出境后保存起止日期", StringComparison.Ordinal));
        Assert.All(annex.Sections.Where(s => s.Heading is "合同双方" or "签字盖章"), s => Assert.DoesNotContain("标准合同办法", s.Source, StringComparison.Ordinal));
    }

    [Fact]
    public void Find_ADocumentThePathwayDoesNotNeed_IsNull() =>
        Assert.Null(FilingMaterials.Find(SampleFilings.Exempt(), SampleFilings.Beijing, FilingMaterials.ContractAnnex));

    [Fact]
    public void For_WithoutTheEdition_WritesTheIdsAsFiled() =>
        Assert.Contains(FilingMaterials.For(SampleFilings.Contract(), null)[0].Sections.SelectMany(s => s.Blocks).OfType<FactTableBlock>().SelectMany(t => t.Rows),
            r => r.Value == "medical-imaging、blood-test、pathology");
}
