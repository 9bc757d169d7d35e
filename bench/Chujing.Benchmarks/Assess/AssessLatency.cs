using System.Diagnostics;
using System.Globalization;
using Chujing.Domain.Assessment;

namespace Chujing.Benchmarks.Assess;

/// <summary>
/// Per-decision latency percentiles: times each decision on its own with the monotonic timestamp counter, after a
/// warm-up, and prints p50/p90/p99/p99.9. BenchmarkDotNet gives means over batches; this gives the tail of single
/// decisions. Run: <c>dotnet run -c Release --project bench/Chujing.Benchmarks -- latency</c>.
/// </summary>
public static class AssessLatency
{
    public static void Run(int decisions = 1_000_000)
    {
        var engine = new AssessmentEngine(AssessFixture.Load(10, 1_000), AssessFixture.AsOf);
        var cases = new (string Name, ExportActivity Activity)[]
        {
            ("national rules", AssessFixture.National()),
            ("beijing-ftz/2024 clinical trial", AssessFixture.Beijing()),
            ("synthetic list, 10 items", AssessFixture.InSynthetic(10)),
            ("synthetic list, 1,000 items", AssessFixture.InSynthetic(1_000)),
        };
        Console.WriteLine($"| case | decisions | p50 (µs) | p90 (µs) | p99 (µs) | p99.9 (µs) |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: |");
        foreach (var (name, activity) in cases)
        {
            for (var i = 0; i < 200_000; i++)
            {
                engine.Assess(activity);
            }

            var ticks = new long[decisions];
            for (var i = 0; i < decisions; i++)
            {
                var start = Stopwatch.GetTimestamp();
                engine.Assess(activity);
                ticks[i] = Stopwatch.GetTimestamp() - start;
            }

            Array.Sort(ticks);
            string P(double q) => (ticks[(int)Math.Min(decisions - 1, q * decisions)] * 1_000_000.0 / Stopwatch.Frequency).ToString("0.000", CultureInfo.InvariantCulture);
            Console.WriteLine($"| {name} | {decisions:N0} | {P(0.50)} | {P(0.90)} | {P(0.99)} | {P(0.999)} |");
        }
    }
}
