using Chujing.Domain.Diagnostics;

namespace Chujing.Domain.Tests.Diagnostics;

/// <summary>Many of the same problem are said once with how many and the first few; no list runs over the limit.</summary>
public sealed class DiagnosticSummaryTests
{
    [Fact]
    public void SameProblemAtManyEntries_OneDiagnosticWithCountAndFirstThree_InItsPlace()
    {
        List<Diagnostic> problems =
        [
            Diagnostic.ForField(null, "title", "must be at most 200 characters"),
            .. Enumerable.Range(1, 199).Select(i => Diagnostic.ForField(null, $"fields[{i}]", "is filed twice (as fields[0])")),
            Diagnostic.ForField(null, "purpose", "the purpose of the export is required"),
        ];

        var summary = DiagnosticSummary.Collapse(problems);

        Assert.Equal(3, summary.Count);
        Assert.Equal("title", summary[0].Subject);
        Assert.Equal("fields", summary[1].Subject);
        Assert.Equal("is filed twice (as fields[0]) (199 times: fields[1], fields[2], fields[3] and 196 more)", summary[1].Message);
        Assert.Equal("purpose", summary[2].Subject);
    }

    [Fact]
    public void FewRepeats_AndDifferentWording_AreKeptAsTheyAre()
    {
        List<Diagnostic> problems =
        [
            Diagnostic.ForField(null, "fields[1]", "is filed twice (as fields[0])"),
            Diagnostic.ForField(null, "fields[2]", "is filed twice (as fields[0])"),
            Diagnostic.ForField(null, "fields[3]", "is filed twice (as fields[0])"),
            Diagnostic.ForField(null, "fields[5]", "is filed twice (as fields[4])"),
        ];

        Assert.Same(problems, DiagnosticSummary.Collapse(problems));
    }

    [Fact]
    public void EveryElementOfAnArrayBody_CollapsesToTheBody_KeepingItsKind()
    {
        var problems = Enumerable.Range(0, 500).Select(i => Diagnostic.ForField(DiagnosticKind.Required, null, $"[{i}].country", "is required")).ToList();
        var only = Assert.Single(DiagnosticSummary.Collapse(problems));
        Assert.Equal("body", only.Subject);
        Assert.Equal(DiagnosticKind.Required, only.Kind);
        Assert.Equal("is required (500 times: [0].country, [1].country, [2].country and 497 more)", only.Message);
    }

    [Fact]
    public void ManyDifferentProblems_CutToTheLimit_TheLastSayingHowManyWereLeftOut()
    {
        var problems = Enumerable.Range(0, 250).Select(i => Diagnostic.ForField(null, $"f{i}", $"problem {i}")).ToList();
        var summary = DiagnosticSummary.Collapse(problems);
        Assert.Equal(DiagnosticSummary.MaxMessages, summary.Count);
        Assert.Equal("f98", summary[^2].Subject);
        Assert.Equal("and 151 more problems not listed; correct these and send again", summary[^1].Message);
    }
}
