using BenchmarkDotNet.Running;
using Chujing.Benchmarks.Assess;

if (args is ["impact", ..])
{
    Chujing.Benchmarks.Editions.ImpactHarness.Run();
    return;
}

if (args is ["latency", ..])
{
    AssessLatency.Run();
    return;
}

if (args is ["check", ..])
{
    Chujing.Benchmarks.Consistency.ConsistencyLatency.Run();
    return;
}

if (args is ["raw-copy", ..])
{
    Chujing.Benchmarks.Ledger.RawCopyCeiling.Run(args);
    return;
}

if (args is ["spot-check", ..])
{
    Chujing.Benchmarks.SpotChecks.SpotCheckScale.Run(args);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(AssessBenchmarks).Assembly).Run(args);
