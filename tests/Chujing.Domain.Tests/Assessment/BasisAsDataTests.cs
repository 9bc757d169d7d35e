using System.Reflection;
using Chujing.Domain.Assessment;
using Chujing.Domain.Catalog;
using static Chujing.Domain.Tests.Assessment.Shipped;

namespace Chujing.Domain.Tests.Assessment;

/// <summary>Explanations as data: inputs with their bands, kinds, confidence, ids from one place, Chinese beside English.</summary>
public sealed class BasisAsDataTests
{
    public static TheoryData<string> Examples()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Chujing.TestSupport.RepositoryPaths.Of("examples"), "*.json").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void EveryExampleEntry_HasChineseBesideEnglish(string example)
    {
        var bytes = File.ReadAllBytes(Chujing.TestSupport.RepositoryPaths.Of("examples", example));
        var d = Assess(ActivityReader.Read(bytes, example).ValueOrThrow());

        Assert.All(d.Basis, b =>
        {
            Assert.False(string.IsNullOrWhiteSpace(b.ExplanationZh), b.Rule);
            Assert.False(string.IsNullOrWhiteSpace(b.Explanation), b.Rule);
        });
    }

    [Fact]
    public void HeadcountEntry_NamesTheCounterItsValueAndTheBandWithItsBounds()
    {
        var d = Assess(National(50_000, 20_000));

        var entry = Assert.Single(d.Basis, b => b.Rule == "art7-2-security-assessment");
        var input = Assert.Single(entry.Inputs);
        Assert.Equal("persons.sensitive", input.Fact);
        Assert.Equal(20_000, input.Count);
        Assert.Equal(10_000, input.Band!.AtLeast);
        Assert.Null(input.Band.Below);
        Assert.Equal(BasisKind.Rule, entry.Kind);
        Assert.Equal(Confidence.ConfirmedTwoSources, entry.Confidence);
        var exempt = Assert.Single(d.Basis, b => b.Rule == "art5-4-under-100000");
        Assert.Equal(100_000, Assert.Single(exempt.Inputs).Band!.Below);
    }

    [Fact]
    public void ListNotApplicable_NamesTheFactThatDecided()
    {
        var d = Assess(Beijing("bj-pharma-clinical-trial", [], sensitive: 10, approved: false));

        var entry = Assert.Single(d.Basis, b => b.Kind == BasisKind.ListNotApplicable);
        Assert.Equal("beijing-ftz/2024#not-applicable", entry.Rule);
        Assert.Equal(BasisInput.Of("processor.listApproved", false), Assert.Single(entry.Inputs));
        Assert.NotNull(d.List!.ReasonZh);
    }

    [Fact]
    public void ImportantData_NamesTheFlag()
    {
        var d = Assess(National(0, 0, importantData: true));

        Assert.All(d.Basis.Where(b => b.Pathway == Pathway.SecurityAssessment), b => Assert.Contains(BasisInput.Of("importantData", true), b.Inputs));
    }

    [Fact]
    public void EveryEngineNote_FormatsInBothLanguages()
    {
        var notes = typeof(AssessmentEngine).Assembly.GetType("Chujing.Domain.Assessment.EngineNotes")!
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => f.GetValue(null))
            .ToArray();
        Assert.True(notes.Length > 30);
        object?[] args = ["a", "b", "c", "d", "e"];
        foreach (var note in notes)
        {
            var type = note!.GetType();
            var en = (string)type.GetMethod("En")!.Invoke(note, [args])!;
            var zh = (string)type.GetMethod("Zh")!.Invoke(note, [args])!;
            Assert.DoesNotContain("{", en, StringComparison.Ordinal);
            Assert.DoesNotContain("{", zh, StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace((string)type.GetProperty("Title")!.GetValue(note)!));
        }
    }
}
