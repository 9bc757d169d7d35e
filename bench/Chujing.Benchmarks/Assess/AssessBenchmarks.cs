using BenchmarkDotNet.Attributes;
using Chujing.Domain.Assessment;

namespace Chujing.Benchmarks.Assess;

/// <summary>One decision, explanation included, over the compiled catalogs.</summary>
[MemoryDiagnoser]
public class AssessBenchmarks
{
    private AssessmentEngine _engine = null!;
    private ExportActivity _national = null!;
    private ExportActivity _beijing = null!;
    private ExportActivity _synthetic10 = null!;
    private ExportActivity _synthetic1000 = null!;

    [GlobalSetup]
    public void Setup()
    {
        _engine = new AssessmentEngine(AssessFixture.Load(10, 1_000), AssessFixture.AsOf);
        _national = AssessFixture.National();
        _beijing = AssessFixture.Beijing();
        _synthetic10 = AssessFixture.InSynthetic(10);
        _synthetic1000 = AssessFixture.InSynthetic(1_000);
    }

    [Benchmark(Baseline = true)]
    public Decision NationalRules() => _engine.Assess(_national).Value;

    [Benchmark]
    public Decision BeijingClinicalTrial() => _engine.Assess(_beijing).Value;

    [Benchmark]
    public Decision Synthetic10Items() => _engine.Assess(_synthetic10).Value;

    [Benchmark]
    public Decision Synthetic1000Items() => _engine.Assess(_synthetic1000).Value;
}
