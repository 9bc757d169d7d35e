using BenchmarkDotNet.Running;
using Chujing.Benchmarks.Assess;

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

BenchmarkSwitcher.FromAssembly(typeof(AssessBenchmarks).Assembly).Run(args);
